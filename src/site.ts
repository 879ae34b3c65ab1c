/** The site's settings, in one place. */
export const SITE = {
  /** Public origin; canonical and share URLs are built from it. */
  url: 'https://news-analysis.example',
  /** Name in the header and in titles. */
  name: 'Newsroom Lens',
  /** One line under the name. */
  tagline: 'Verbatim news copies with who acted when, who said what, and who is who.',
  /** Language of the site's own words. */
  lang: 'en',
} as const;
