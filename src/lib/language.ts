/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan, Mende Kikakui, Old Hungarian. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend', 'Hung']);

/** How a copy's language is marked up: `lang`, `dir`, the Open Graph locale and its English name. */
export interface LanguageView {
  /** The BCP 47 tag as the editor wrote it ("ar", "no", "en-GB"). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** `og:locale` ("ar_EG", "no_NO", "en_GB"): language and likeliest region. */
  ogLocale: string;
  /** "Arabic", "Norwegian". */
  name: string;
}

/** The markup of a language tag; its script (given, or the likeliest for the language) decides the direction. */
export function languageView(tag: string): LanguageView {
  const locale = new Intl.Locale(tag).maximize();
  const region = locale.region ? `_${locale.region}` : '';
  return {
    lang: tag,
    dir: locale.script && RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr',
    ogLocale: `${locale.language}${region}`,
    name: new Intl.DisplayNames(['en'], { type: 'language' }).of(locale.language) ?? tag,
  };
}
