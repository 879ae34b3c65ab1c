import { describe, expect, it } from 'vitest';
import { languageView } from '../../src/lib/language.ts';
import { drawable } from '../../src/lib/share/og-image.ts';

describe('a copy’s language', () => {
  it('gives right-to-left scripts dir="rtl", from the tag’s likeliest script', () => {
    for (const tag of ['ar', 'he', 'fa-IR', 'ur', 'az-Arab']) expect(languageView(tag).dir, tag).toBe('rtl');
    for (const tag of ['en', 'en-GB', 'no', 'zh', 'sr-Cyrl']) expect(languageView(tag).dir, tag).toBe('ltr');
  });

  it('keeps the tag as written and derives the Open Graph locale and the name', () => {
    expect(languageView('no')).toEqual({ lang: 'no', dir: 'ltr', ogLocale: 'no_NO', name: 'Norwegian' });
    expect(languageView('ar')).toMatchObject({ ogLocale: 'ar_EG', name: 'Arabic' });
  });
});

describe('preview cards', () => {
  it('draw Latin text only: satori lays out no right-to-left script', () => {
    expect(drawable('Kim Jong Un’s “visit” — 9 Sep 2023')).toBe(true);
    expect(drawable('مجلس بلدية بيروت')).toBe(false);
  });
});
