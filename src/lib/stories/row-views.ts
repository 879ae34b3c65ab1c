import type { EventRow, QuoteReading, QuoteRow, WordingSegment } from '../../schemas/comparison.ts';
import { formatDateRange } from '../timeline-layout.ts';

/** A copy as the rows name it: outlet and its article page. */
export interface CopyRef {
  outlet: string;
  /** `/articles/<slug>/`, when the copy has a page. */
  href: string | undefined;
}

/** One run of marked-up wording; `gap` is the space after it, kept outside `<ins>` and `<del>`. */
export interface MarkView {
  kind: WordingSegment['kind'];
  body: string;
  gap: string;
}

/** One copy's quote in a row. */
export interface ReadingView {
  /** Element id of the reading (`<row>--<n>`). */
  id: string;
  outlet: string;
  reference: boolean;
  /** "Longest wording", "Partial quote, word for word", "Partial quote, worded differently" or "". */
  note: string;
  /** "Speaker given: …" or "No speaker given". */
  speaker: string;
  marks: MarkView[];
  /** The differences in words ("inserted “yes”", "“must” changed to “should”"). */
  differences: string[];
  /** The quote's paragraph in the copy's page (its anchor there). */
  href: string | undefined;
  paragraphLabel: string;
}

/** One row of "Quotes across copies". */
export interface QuoteRowView {
  id: string;
  speaker: string;
  /** The speaker's entity page, when registered. */
  speakerHref: string | undefined;
  verbatim: boolean;
  label: string;
  outlets: string;
  readings: ReadingView[];
}

/** One copy's telling of an event. */
export interface TellingView {
  outlet: string;
  dateLabel: string;
  phrase: string;
  summary: string;
  href: string | undefined;
  paragraphLabel: string;
}

/** One row of "Events across copies". */
export interface EventRowView {
  id: string;
  /** The first telling's date ("Wed 22 Nov 2023"). */
  dateLabel: string;
  summary: string;
  actors: string;
  disagreement: boolean;
  outlets: string;
  tellings: TellingView[];
}

/** A run's words without the punctuation at its ends, in quotation marks. */
const quoted = (text: string) => `“${text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}”`;

/** The word differences of a reading as short sentences in reading order, for lists and screen readers. */
export function differenceList(segments: readonly WordingSegment[]): string[] {
  const list: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1];
    if (segment.kind === 'same') continue;
    if (next && next.kind !== 'same' && next.kind !== segment.kind) {
      const [from, to] = segment.kind === 'dropped' ? [segment, next] : [next, segment];
      list.push(`${quoted(from.text)} changed to ${quoted(to.text)}`);
      i++;
    } else list.push(`${segment.kind} ${quoted(segment.text)}`);
  }
  return list;
}

/** Segments with their trailing space split off, so that underlines and strike-throughs end at the word. */
export function markViews(segments: readonly WordingSegment[]): MarkView[] {
  return segments.map((segment, i) => {
    const body = segment.text.trimEnd();
    const gap = segment.text.slice(body.length) || (segment.kind === 'dropped' && i < segments.length - 1 ? ' ' : '');
    return { kind: segment.kind, body, gap };
  });
}

function readingNote(reading: QuoteReading): string {
  if (reading.reference) return 'Longest wording';
  if (!reading.fragment) return '';
  return reading.contained ? 'Partial quote, word for word' : 'Partial quote, worded differently';
}

/** The view of a quote row; `copy` names each slug's outlet and page, `entityHref` a registered speaker's page. */
export function quoteRowView(
  row: QuoteRow,
  copy: (slug: string) => CopyRef,
  entityHref: (id: string | null) => string | undefined,
): QuoteRowView {
  return {
    id: row.id,
    speaker: row.speaker?.name ?? 'Speaker not stated',
    speakerHref: entityHref(row.speaker?.entity ?? null),
    verbatim: row.verbatim,
    label: row.verbatim ? 'Verbatim in all copies' : 'Wording differs',
    outlets: row.copies.map((slug) => copy(slug).outlet).join(', '),
    readings: row.readings.map((reading, i) => {
      const ref = copy(reading.copy);
      return {
        id: `${row.id}--${i + 1}`,
        outlet: ref.outlet,
        reference: reading.reference,
        note: readingNote(reading),
        speaker: reading.speaker ? `Speaker given: ${reading.speaker}` : 'No speaker given',
        marks: markViews(reading.segments),
        differences: differenceList(reading.segments),
        href: ref.href && `${ref.href}#${reading.paragraph}`,
        paragraphLabel: `paragraph ${reading.paragraphNumber}`,
      };
    }),
  };
}

/** The view of an event row; `entityName` names actors. */
export function eventRowView(
  row: EventRow,
  copy: (slug: string) => CopyRef,
  entityName: (id: string) => string,
): EventRowView {
  const first = row.mentions[0]!;
  return {
    id: row.id,
    dateLabel: formatDateRange(first.start, first.end, first.precision).label,
    summary: first.summary,
    actors: row.actors.map(entityName).join(', '),
    disagreement: row.dateDisagreement,
    outlets: row.copies.map((slug) => copy(slug).outlet).join(', '),
    tellings: row.mentions.map((mention) => {
      const ref = copy(mention.copy);
      return {
        outlet: ref.outlet,
        dateLabel: formatDateRange(mention.start, mention.end, mention.precision).label,
        phrase: mention.phrase,
        summary: mention.summary,
        href: ref.href && `${ref.href}#${mention.paragraph}`,
        paragraphLabel: `paragraph ${mention.paragraphNumber}`,
      };
    }),
  };
}
