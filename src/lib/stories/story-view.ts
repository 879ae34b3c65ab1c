import type { Comparison } from '../../schemas/comparison.ts';
import { formatLongDay } from '../dates.ts';
import { KIND_LABELS } from '../entity-cards.ts';
import { entityPageHref } from '../corpus-article.ts';
import { eventRowView, quoteRowView, type CopyRef, type EventRowView, type QuoteRowView } from './row-views.ts';
import type { StoryComparison } from './story-corpus.ts';

/** One copy in "Coverage". */
export interface CoverageView extends CopyRef {
  title: string;
  day: string;
  dateLabel: string;
  /** "223 words, 7 paragraphs". */
  length: string;
  url: string | undefined;
  /** Why a copy is listed but not aligned (another language), else undefined. */
  notAligned: string | undefined;
}

/** One cell of the entity × copy matrix: mentions and the first one's paragraph; null when not named. */
export type MatrixCell = { mentions: number; href: string | undefined; label: string } | null;

/** "Who is named where". */
export interface MatrixView {
  columns: { slug: string; outlet: string }[];
  rows: { id: string; name: string; kind: string; href: string | undefined; key: boolean; cells: MatrixCell[] }[];
}

/** What one copy alone reports. */
export interface OnlyHereView {
  outlet: string;
  quotes: { href: string; label: string }[];
  events: { href: string; label: string }[];
  entities: { name: string; href: string | undefined }[];
}

/** Everything the story page shows, computed once. */
export interface StoryPageView {
  id: string;
  href: string;
  title: string;
  summary: string;
  /** "4 copies from 4 outlets, 22 November 2023". */
  byline: string;
  /** When there is nothing to compare: why. */
  notice: string | undefined;
  keyEntities: { name: string; href: string | undefined }[];
  coverage: CoverageView[];
  quoteRows: QuoteRowView[];
  eventRows: EventRowView[];
  matrix: MatrixView;
  onlyHere: OnlyHereView[];
  /** Share pages of the rows live under it: `/stories/<id>/s/`. */
  shareBase: string;
}

/** The story page's view: every row with its outlets' names and links; `registry` names registered entities. */
export function storyPageView(
  { story, comparison }: StoryComparison,
  registry: ReadonlyMap<string, string>,
): StoryPageView {
  const href = `/stories/${story.id}/`;
  const copies = new Map<string, CopyRef>(comparison.copies.map((c) => [c.slug, { outlet: c.outlet, href: c.href }]));
  const copy = (slug: string) => copies.get(slug) ?? { outlet: slug, href: undefined };
  const names = new Map([...registry, ...comparison.entities.map((e) => [e.id, e.name] as const)]);
  const entityHref = (id: string | null) => (id !== null && registry.has(id) ? entityPageHref(id) : undefined);
  const entityName = (id: string) => names.get(id) ?? id;
  const quoteRows = comparison.quoteRows.map((row) => quoteRowView(row, copy, entityHref));
  const eventRows = comparison.eventRows.map((row) => eventRowView(row, copy, entityName));
  const aligned = comparison.copies.filter((c) => c.aligned);
  const outlets = new Set(comparison.copies.map((c) => c.outlet)).size;
  const days = comparison.copies.map((c) => c.published).sort();
  return {
    id: story.id,
    href,
    title: story.title,
    summary: story.summary,
    byline: `${plural(comparison.copies.length, 'copy', 'copies')} from ${plural(outlets, 'outlet', 'outlets')}${days.length > 0 ? `, ${formatLongDay(days[0]!)}` : ''}${days.length > 1 && days.at(-1) !== days[0] ? ` to ${formatLongDay(days.at(-1)!)}` : ''}`,
    notice: notice(comparison, aligned.length),
    keyEntities: story.entities.map((id) => ({ name: entityName(id), href: entityHref(id) })),
    coverage: comparison.copies.map((c) => ({
      outlet: c.outlet,
      href: c.href,
      title: c.title,
      day: c.published,
      dateLabel: formatLongDay(c.published),
      length: `${plural(c.words, 'word', 'words')}, ${plural(c.paragraphs, 'paragraph', 'paragraphs')}`,
      url: c.url,
      notAligned: c.aligned
        ? undefined
        : `In ${c.language}: listed, not aligned with the copies in ${comparison.language}.`,
    })),
    quoteRows,
    eventRows,
    matrix: {
      columns: aligned.map((c) => ({ slug: c.slug, outlet: c.outlet })),
      rows: comparison.entities.map((row) => ({
        id: row.id,
        name: row.name,
        kind: KIND_LABELS[row.kind],
        href: entityHref(row.registered ? row.id : null),
        key: row.key,
        cells: aligned.map((c) => {
          const cell = row.copies.find((x) => x.copy === c.slug);
          if (!cell) return null;
          return {
            mentions: cell.mentions,
            href: c.href && `${c.href}#${cell.paragraph}`,
            label: `${row.name}: ${plural(cell.mentions, 'mention', 'mentions')} in ${c.outlet}, first in paragraph ${cell.paragraphNumber}`,
          };
        }),
      })),
    },
    onlyHere: comparison.onlyHere.map((only) => ({
      outlet: copy(only.copy).outlet,
      quotes: only.quoteRows.map((id) => ({ href: `#${id}`, label: quoteLabel(quoteRows.find((r) => r.id === id)!) })),
      events: only.eventRows.map((id) => ({ href: `#${id}`, label: eventRows.find((r) => r.id === id)!.summary })),
      entities: only.entities.map((id) => ({ name: entityName(id), href: entityHref(id) })),
    })),
    shareBase: `${href}s/`,
  };
}

function quoteLabel(row: QuoteRowView): string {
  const text = row.readings[0]!.marks.map((m) => m.body + m.gap).join('');
  const short = text.length > 90 ? `${text.slice(0, 89).replace(/[\s\p{P}]+$/u, '')}…` : text;
  return `${row.speaker}: “${short}”`;
}

function notice(comparison: Comparison, aligned: number): string | undefined {
  if (comparison.copies.length === 0) return 'No copy names this story yet: there is nothing to compare.';
  if (aligned < 2) {
    const others = comparison.copies.length - aligned;
    return `Only one copy${others > 0 ? ` in ${comparison.language}` : ''} tells this story so far: there is nothing to compare it with.`;
  }
  return undefined;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
