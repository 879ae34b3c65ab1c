/**
 * Day words in quoted speech count from the day the words were spoken: in "“We start work today,” Jane Smith said
 * on Tuesday", "today" is that Tuesday, not the publication day. The day of speaking is a date of the quotation's
 * own sentence, outside its marks ("said on Tuesday", "Speaking on Tuesday,", "after Wednesday's game"); with none
 * there, the publication day stays the anchor.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { DateMention, Event, Quote, ResolvedDate, Span } from '../../schemas/analysis.ts';
import { parsePublished, quote, resolved, showDay } from './calendar.ts';

/** Day words that count from the moment of speaking. */
const DEICTIC = /^(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)$/i;
/** How many dates on each side of a quotation are looked at for its day of speaking (keeps run-on copy linear). */
const NEAR = 6;

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  inner.start >= outer.start && inner.end <= outer.end;

/** The item of `sorted` (by start) that contains `span`, by binary search; undefined when none does. */
function containing<T extends { span: Span }>(
  sorted: readonly T[],
  span: { start: number; end: number },
): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = sorted[mid]!;
    if (item.span.end < span.end) lo = mid + 1;
    else if (item.span.start > span.start) hi = mid - 1;
    else return within(span, item.span) ? item : undefined;
  }
  return undefined;
}

/** Index of the first item of `sorted` (by start) that starts at or after `at`. */
function firstFrom(sorted: readonly { span: Span }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The dates and events with every day word inside a quotation re-anchored on the day it was spoken. Shapes are
 * unchanged; only `start`, `end` and `reason` of those dates (and of the events they date) change.
 */
export function anchorSpokenDays(
  published: string,
  dates: readonly DateMention[],
  events: readonly Event[],
  quotes: readonly Quote[],
): { dates: DateMention[]; events: Event[] } {
  const day = parsePublished(published);
  const unchanged = { dates: [...dates], events: [...events] };
  if (!day || !dates.some((d) => DEICTIC.test(d.phrase.trim()))) return unchanged;
  const byParagraph = <T extends { span: Span }>(items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const list = map.get(item.span.paragraph);
      if (list) list.push(item);
      else map.set(item.span.paragraph, [item]);
    }
    for (const list of map.values()) list.sort((a, b) => a.span.start - b.span.start);
    return map;
  };
  const quotesIn = byParagraph(quotes);
  const datesIn = byParagraph(dates);
  const moved = new Map<DateMention, ResolvedDate>();
  for (const [paragraph, list] of datesIn) {
    const spoken = quotesIn.get(paragraph) ?? [];
    list.forEach((d, k) => {
      if (d.precision !== 'day' || !DEICTIC.test(d.phrase.trim())) return;
      const q = containing(spoken, d.span);
      if (!q) return;
      // The day of speaking: a day of the quotation's sentence outside every quotation, nearest its closing mark.
      const near = list.slice(Math.max(0, k - NEAR), k + NEAR + 1);
      const when = near
        .filter(
          (o) =>
            o !== d &&
            o.precision === 'day' &&
            within(o.span, q.sentence) &&
            !containing(spoken, o.span) &&
            !DEICTIC.test(o.phrase.trim()),
        )
        .sort((a, b) => Math.abs(a.span.start - q.span.end) - Math.abs(b.span.start - q.span.end))[0];
      if (!when || when.start === published.slice(0, 10)) return;
      const offset = differenceInCalendarDays(parsePublished(d.start)!, day);
      const speech = parsePublished(when.start)!;
      const date = addDays(speech, offset);
      const why = `${quote(d.phrase)} in words spoken ${quote(when.phrase)} (${showDay(speech)}), so ${showDay(date)}`;
      moved.set(d, resolved(date, date, 'day', why));
    });
  }
  if (moved.size === 0) return unchanged;
  // An event dated by a moved day word: the same phrase, in the sentence that holds it.
  const movedIn = byParagraph([...moved.keys()]);
  return {
    dates: dates.map((d) => (moved.has(d) ? { ...d, ...moved.get(d)! } : d)),
    events: events.map((e) => {
      const list = movedIn.get(e.paragraph) ?? [];
      for (let k = firstFrom(list, e.span.start); k < list.length && list[k]!.span.start < e.span.end; k++)
        if (list[k]!.phrase === e.phrase && within(list[k]!.span, e.span)) return { ...e, date: moved.get(list[k]!)! };
      return e;
    }),
  };
}
