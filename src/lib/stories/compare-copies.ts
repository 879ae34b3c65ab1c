import type { Analysis } from '../../schemas/analysis.ts';
import { ComparisonSchema, type Comparison, type CoverageCopy, type OnlyHere } from '../../schemas/comparison.ts';
import type { Story } from '../../schemas/story.ts';
import { entityMatrix } from './entity-matrix.ts';
import { eventRows } from './event-rows.ts';
import { quoteRows } from './quote-rows.ts';
import { wordsOf } from './words.ts';

/** One copy of a story: its metadata and the engine's validated analysis. */
export interface StoryCopy {
  slug: string;
  outlet: string;
  title: string;
  /** Publication day, `YYYY-MM-DD`. */
  published: string;
  /** BCP 47 language tag. */
  language: string;
  /** Its page on this site. */
  href?: string | undefined;
  /** Where the original lives. */
  url?: string | undefined;
  analysis: Pick<Analysis, 'paragraphs' | 'quotes' | 'events' | 'entities' | 'mentions'>;
}

/**
 * How several copies of one story compare: their coverage, their quotes and events aligned across copies,
 * who is named where, and what each copy alone reports. Copies in another language than most of them are
 * listed but not aligned. The result is validated by ComparisonSchema.
 */
export function compareCopies(copies: readonly StoryCopy[], story?: Story): Comparison {
  const ordered = [...copies].sort(
    (a, b) =>
      a.published.localeCompare(b.published) || a.outlet.localeCompare(b.outlet) || a.slug.localeCompare(b.slug),
  );
  const language = mainLanguage(ordered);
  const aligned = ordered.filter((copy) => primaryLanguage(copy.language) === language);
  const quotes = quoteRows(aligned);
  const events = eventRows(aligned);
  const entities = entityMatrix(aligned, story?.entities);
  const sole = (slugs: readonly string[]) => (slugs.length === 1 ? slugs[0] : undefined);
  const onlyHere: OnlyHere[] =
    aligned.length < 2
      ? []
      : aligned.map(({ slug }) => ({
          copy: slug,
          quoteRows: quotes.filter((row) => sole(row.copies) === slug).map((row) => row.id),
          eventRows: events.filter((row) => sole(row.copies) === slug).map((row) => row.id),
          entities: entities.filter((row) => sole(row.copies.map((c) => c.copy)) === slug).map((row) => row.id),
        }));
  return ComparisonSchema.parse({
    version: 1,
    ...(story ? { story: { id: story.id, title: story.title, summary: story.summary, entities: story.entities } } : {}),
    language,
    copies: ordered.map((copy) => coverage(copy, primaryLanguage(copy.language) === language)),
    quoteRows: quotes,
    eventRows: events,
    entities,
    onlyHere,
  });
}

function coverage(copy: StoryCopy, aligned: boolean): CoverageCopy {
  return {
    slug: copy.slug,
    outlet: copy.outlet,
    title: copy.title,
    published: copy.published,
    language: copy.language,
    words: copy.analysis.paragraphs.reduce((n, p) => n + wordsOf(p.text).length, 0),
    paragraphs: copy.analysis.paragraphs.length,
    ...(copy.href ? { href: copy.href } : {}),
    ...(copy.url ? { url: copy.url } : {}),
    aligned,
  };
}

/** "en" of "en-GB". */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The language most copies share (the first copy's on a tie); null without copies. */
function mainLanguage(copies: readonly StoryCopy[]): string | null {
  const counts = new Map<string, number>();
  for (const copy of copies)
    counts.set(primaryLanguage(copy.language), (counts.get(primaryLanguage(copy.language)) ?? 0) + 1);
  let best: string | null = null;
  for (const [language, count] of counts) if (best === null || count > counts.get(best)!) best = language;
  return best;
}
