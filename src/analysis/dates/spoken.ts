/**
 * Day words in quoted speech count from the day the words were spoken: in "“We start work today,” Jane Smith said
 * on Tuesday", "today" is that Tuesday, not the publication day. The day of speaking is a date of the quotation's
 * own sentence, outside its marks ("said on Tuesday", "Speaking on Tuesday,", "after Wednesday's game"); with none
 * there, the publication day stays the anchor.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { DateMention, Event, Quote, ResolvedDate } from '../../schemas/analysis.ts';
import { parsePublished, quote, resolved, showDay } from './calendar.ts';

/** Day words that count from the moment of speaking. */
const DEICTIC = /^(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)$/i;

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
  if (!day) return { dates: [...dates], events: [...events] };
  const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
    inner.start >= outer.start && inner.end <= outer.end;
  const quoted = (d: DateMention) =>
    quotes.some((q) => q.span.paragraph === d.span.paragraph && within(d.span, q.span));
  const moved = new Map<DateMention, ResolvedDate>();
  for (const d of dates) {
    if (d.precision !== 'day' || !DEICTIC.test(d.phrase.trim())) continue;
    const q = quotes.find((q) => q.span.paragraph === d.span.paragraph && within(d.span, q.span));
    if (!q) continue;
    // The day of speaking: a day of the quotation's sentence outside every quotation, nearest its closing mark.
    const spoken = dates
      .filter(
        (o) =>
          o !== d &&
          o.span.paragraph === d.span.paragraph &&
          o.precision === 'day' &&
          within(o.span, q.sentence) &&
          !quoted(o) &&
          !DEICTIC.test(o.phrase.trim()),
      )
      .sort((a, b) => Math.abs(a.span.start - q.span.end) - Math.abs(b.span.start - q.span.end))[0];
    if (!spoken || spoken.start === published.slice(0, 10)) continue;
    const offset = differenceInCalendarDays(parsePublished(d.start)!, day);
    const speech = parsePublished(spoken.start)!;
    const date = addDays(speech, offset);
    const why = `${quote(d.phrase)} in words spoken ${quote(spoken.phrase)} (${showDay(speech)}), so ${showDay(date)}`;
    moved.set(d, resolved(date, date, 'day', why));
  }
  if (moved.size === 0) return { dates: [...dates], events: [...events] };
  return {
    dates: dates.map((d) => (moved.has(d) ? { ...d, ...moved.get(d)! } : d)),
    events: events.map((e) => {
      const d = [...moved.keys()].find(
        (m) => m.span.paragraph === e.paragraph && m.phrase === e.phrase && within(m.span, e.span),
      );
      return d ? { ...e, date: moved.get(d)! } : e;
    }),
  };
}
