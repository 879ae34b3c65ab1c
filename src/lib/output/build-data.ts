import { z } from 'astro/zod';
import { SearchRecordSchema } from '../search-records.ts';

/** Where Astro writes the data the output step reads (never published). */
export const BUILD_DATA_DIR = 'build-data';
/** One file per article: `build-data/articles/<slug>.json`. */
export const ARTICLE_DATA_DIR = `${BUILD_DATA_DIR}/articles`;
/** The registry's search records. */
export const ENTITY_DATA_FILE = `${BUILD_DATA_DIR}/entities.json`;
/** The share page rendered by Astro with a slot token in place of each field. */
export const SHARE_TEMPLATE_FILE = `${BUILD_DATA_DIR}/share-page/index.html`;
/** Every file Astro's routes wrote this build (cached ones too), written by the outputs integration. */
export const ROUTE_OUTPUTS_FILE = `${BUILD_DATA_DIR}/route-outputs.json`;

/** A preview card: what the 1200×630 image shows. */
export const OgCardSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('article'),
    title: z.string(),
    outlet: z.string(),
    date: z.string(),
    /** The copy's language by name ("Arabic"): a card says it when its fonts cannot draw the words. */
    language: z.string(),
  }),
  z.object({
    kind: z.literal('quote'),
    text: z.string(),
    speaker: z.string(),
    article: z.string(),
    language: z.string(),
  }),
]);
export type OgCard = z.infer<typeof OgCardSchema>;

/** One share page's fields, each filled into the template's slot of the same name. */
export const SharePageSchema = z.object({
  /** The anchor of its URL, `/articles/<slug>/s/<anchor>/`. */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  description: z.string(),
  /** "Taking you to a quotation in": the words before the quoted title of the article. */
  lead: z.string(),
  /** The article's title, as printed (in the copy's own language). */
  leadTitle: z.string(),
  /** The copy's language: `lang` and `dir` of its title and words, and the Open Graph locale. */
  language: z.object({ lang: z.string(), dir: z.enum(['ltr', 'rtl']), ogLocale: z.string() }),
  /** Where a person goes on to: `/articles/<slug>/#<target>`. */
  destination: z.string().startsWith('/'),
  /** The preview image's path. */
  image: z.string().startsWith('/'),
  imageAlt: z.string(),
});
export type SharePage = z.infer<typeof SharePageSchema>;

/** What the output step makes of one article: its share pages, preview images and search records. */
export const ArticleBuildDataSchema = z.object({
  slug: z.string().min(1),
  /** `/articles/<slug>/`. */
  href: z.string().startsWith('/'),
  /** The analysis's reference in the copy store, published as `/articles/<slug>/analysis.json`. */
  analysisRef: z.string().min(1),
  shares: z.array(SharePageSchema),
  /** Each image's path in the site (no leading slash) with its card. */
  cards: z.array(z.object({ path: z.string(), card: OgCardSchema })),
  records: z.array(SearchRecordSchema),
});
export type ArticleBuildData = z.infer<typeof ArticleBuildDataSchema>;

/** The registry's search records. */
export const EntityBuildDataSchema = z.object({ records: z.array(SearchRecordSchema) });
