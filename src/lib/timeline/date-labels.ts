import { differenceInCalendarDays, format, isSameMonth, isSameYear, parseISO } from 'date-fns';
import type { Event, Precision } from '../../schemas/analysis.ts';

/** A resolved date in words, for `<time>` elements and for marks. */
export interface DateLabels {
  /** "Thu 7 Sep 2023", "Sun 10 – Wed 13 Sep 2023". */
  label: string;
  /** The first day's words inside a range ("Sun 10"); the whole label for one day. */
  startLabel: string;
  /** The last day's words inside a range ("Wed 13 Sep 2023"). */
  endLabel: string;
  /** Compact form ("7 Sep", "10–13 Sep"), with the year whenever it is not the publication's ("20–22 Mar 2023"). */
  short: string;
}

/** A resolved date as the timeline shows it. */
export interface DateView extends DateLabels {
  start: string;
  end: string;
  precision: Precision;
  /** A word for how wide or unsure the date is ("week", "4 days", "approx."); none for one day. */
  tag: string | undefined;
  /** The engine could only estimate it (precision `vague`). */
  uncertain: boolean;
}

const day = (iso: string): Date => parseISO(iso);

/**
 * A resolved date in words: one day, a range within a month, across months or years, a month, a year. The compact
 * form leaves out the year only when it is `publishedYear` (no year given: it always says the year).
 */
export function formatDateRange(start: string, end: string, precision: Precision, publishedYear?: number): DateLabels {
  const s = day(start);
  const e = day(end);
  const known = s.getFullYear() === publishedYear && e.getFullYear() === publishedYear;
  const year = known ? '' : ' yyyy';
  if (precision === 'month' || precision === 'year') {
    const label = format(s, precision === 'month' ? 'MMMM yyyy' : 'yyyy');
    return { label, startLabel: label, endLabel: label, short: format(s, precision === 'month' ? 'MMM yyyy' : 'yyyy') };
  }
  if (start === end) {
    const label = format(s, 'EEE d MMM yyyy');
    return { label, startLabel: label, endLabel: label, short: format(s, `d MMM${year}`) };
  }
  const endLabel = format(e, 'EEE d MMM yyyy');
  let startLabel = format(s, 'EEE d MMM yyyy');
  let short = `${format(s, 'd MMM yyyy')} – ${format(e, 'd MMM yyyy')}`;
  if (isSameYear(s, e)) {
    startLabel = format(s, isSameMonth(s, e) ? 'EEE d' : 'EEE d MMM');
    short = isSameMonth(s, e)
      ? `${format(s, 'd')}–${format(e, `d MMM${year}`)}`
      : `${format(s, 'd MMM')} – ${format(e, `d MMM${year}`)}`;
  }
  return { label: `${startLabel} – ${endLabel}`, startLabel, endLabel, short };
}

/** A resolved date with its tag ("week", "4 days", "approx."); see `formatDateRange` for `publishedYear`. */
export function dateView(date: Event['date'], publishedYear?: number): DateView {
  const days = differenceInCalendarDays(day(date.end), day(date.start)) + 1;
  const tags: Record<Precision, string | undefined> = {
    day: undefined,
    range: `${days} days`,
    week: 'week',
    month: 'month',
    year: 'year',
    vague: 'approx.',
  };
  return {
    ...formatDateRange(date.start, date.end, date.precision, publishedYear),
    start: date.start,
    end: date.end,
    precision: date.precision,
    tag: tags[date.precision],
    uncertain: date.precision === 'vague',
  };
}
