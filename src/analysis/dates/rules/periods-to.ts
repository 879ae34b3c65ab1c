/**
 * Periods that end on a stated date, as business and statistics copy writes them: "in the three months to
 * December", "the 22 weeks to December 30", "the year to March 2024", "the 12 months ended June 30". The end is
 * the stated day (or the last day of the stated month); the period runs back the stated length from the day after
 * it. Without a year, the end is the last such day up to publication: results report a period that is over.
 */
import { addDays, endOfMonth, subMonths, subWeeks, subYears } from 'date-fns';
import { makeDate, quote, resolved, showDay } from '../calendar.ts';
import { DAY, MONTH, NUM, YEAR, monthOf, numberOf } from '../lexicon.ts';
import { showSpan } from '../resolve.ts';
import { type Candidate, each, groups, intOf, push } from './shared.ts';

const PERIOD_TO = new RegExp(
  String.raw`\b(?:(?:in|over|during|for)\s+)?the\s+(?:(?<n>${NUM})\s+)?(?<unit>weeks?|months?|years?|quarter)\s+(?:to|ended|ending)\s+(?:(?<m>${MONTH})(?:\s+(?<d>${DAY}))?|(?<d2>${DAY})\s+(?<m2>${MONTH}))(?:,?\s+(?<y>${YEAR}))?`,
  'giud',
);

export function rulePeriodTo(text: string, out: Candidate[]): void {
  each(PERIOD_TO, text, (m) => {
    const g = groups(m);
    const month0 = monthOf(g['m'] ?? g['m2'] ?? '');
    if (month0 === null) return;
    const unit = (g['unit'] ?? '').replace(/s$/, '');
    const n = g['n'] ? numberOf(g['n']) : 1;
    if (n === null || n < 1 || n > 120) return;
    const day = g['d'] ?? g['d2'];
    const year = g['y'] ? intOf(g['y']) : null;
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      // The end: the stated day, or the last day of the stated month; in the stated year, else the last one up to
      // the publication day.
      const endIn = (y: number) => {
        const d = day ? makeDate(y, month0, intOf(day)) : endOfMonth(new Date(y, month0, 1));
        return d ?? null;
      };
      const pubYear = ctx.pub.getFullYear();
      let end = endIn(year ?? pubYear);
      if (end && year === null && end > ctx.pub) end = endIn(pubYear - 1);
      if (!end) return null;
      const back =
        unit === 'week'
          ? subWeeks(end, n)
          : unit === 'year'
            ? subYears(end, n)
            : subMonths(end, unit === 'quarter' ? 3 : n);
      const start = addDays(back, 1);
      const stated = year === null ? ', the last such day up to the publication date' : '';
      return resolved(
        start,
        end,
        'range',
        `${quote(phrase)}: the ${n === 1 ? '' : `${n} `}${unit}${n === 1 ? '' : 's'} ending ${showDay(end)}${stated}: ${showSpan(start, end)}`,
      );
    });
  });
}
