/**
 * Counted distances from the publication day: "three days ago", "in two weeks", "within 30 days".
 */
import {
  addDays,
  differenceInCalendarDays,
  addMonths,
  addYears,
  endOfMonth,
  endOfYear,
  startOfMonth,
  startOfYear,
  subDays,
  subMonths,
  subYears,
} from 'date-fns';
import { type ResolvedDate } from '../../../schemas/analysis.ts';
import { quote, resolved, showDay, showMonth } from '../calendar.ts';
import { NUM, VAGUE_COUNT, numberOf } from '../lexicon.ts';
import { showSpan } from '../resolve.ts';
import { describeTense } from '../tense.ts';
import { type Candidate, groups, each, lower, push, P, type CountUnit, unitOf, shift, FEW } from './shared.ts';

const AGO = new RegExp(
  String.raw`\b(?:(?<q>about|around|roughly|nearly|almost|more\s+than|less\s+than|over|just|only|barely|some)\s+)?(?:(?<n>${NUM})\s+)?(?<unit>hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\s+ago(?![\p{L}\p{N}])`,
  'giud',
);
const APPROX = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'more than', 'less than', 'over', 'some']);

export function ruleAgo(text: string, out: Candidate[]): void {
  each(AGO, text, (m) => {
    const g = groups(m);
    const rawUnit = lower(g['unit']);
    const nText = g['n'] ?? '';
    const singular = !rawUnit.endsWith('s');
    if (singular && !nText) return;
    // A century is ten decades, a fortnight two weeks.
    const unit: CountUnit = rawUnit.startsWith('centur')
      ? 'decade'
      : rawUnit.startsWith('fortnight')
        ? 'week'
        : unitOf(rawUnit);
    const factor = rawUnit.startsWith('centur') ? 10 : rawUnit.startsWith('fortnight') ? 2 : 1;
    const vague = !nText || VAGUE_COUNT.test(nText);
    const count = vague ? null : numberOf(nText);
    if (!vague && count === null) return;
    const approx = APPROX.has(lower(g['q']));
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const pub = ctx.pub;
      const est = (a: Date, b: Date, why: string): ResolvedDate =>
        resolved(a, b, 'vague', `${quote(phrase)}: ${why}, an estimate: ${showSpan(a, b)}`);
      if (count === null) {
        const lo: Record<CountUnit, number> = { hour: 1, day: 2, week: 2, month: 2, year: 2, decade: 2 };
        const hi: Record<CountUnit, number> = { hour: 24, day: 10, week: 8, month: 12, year: 15, decade: 6 };
        const a = shift(pub, unit, -hi[unit] * factor);
        const b = unit === 'hour' ? pub : shift(pub, unit, -lo[unit] * factor);
        return est(a, b, `some ${unit}s before the publication date (${P(pub)})`);
      }
      const n = count * factor;
      const at0 = shift(pub, unit, -n);
      switch (unit) {
        case 'hour':
          return est(subDays(pub, 1), pub, `hours before the publication date (${P(pub)}), that day or the one before`);
        case 'day':
          if (approx)
            return est(
              subDays(at0, Math.max(1, Math.round(n / 5))),
              addDays(at0, Math.max(1, Math.round(n / 5))),
              `about ${n} days before the publication date (${P(pub)})`,
            );
          return resolved(
            at0,
            at0,
            'day',
            `${quote(phrase)}: ${n} day${n === 1 ? '' : 's'} before the publication date (${P(pub)}), ${showDay(at0)}`,
          );
        case 'week':
          return est(
            subDays(at0, 3),
            addDays(at0, 3),
            `about ${n} week${n === 1 ? '' : 's'} before the publication date (${P(pub)})`,
          );
        case 'month':
          if (approx)
            return est(
              startOfMonth(subMonths(at0, 1)),
              endOfMonth(addMonths(at0, 1)),
              `about ${n} months before the publication date (${P(pub)})`,
            );
          return resolved(
            startOfMonth(at0),
            endOfMonth(at0),
            'month',
            `${quote(phrase)}: ${n} month${n === 1 ? '' : 's'} before the publication date (${P(pub)}), ${showMonth(at0)}`,
          );
        case 'year':
          if (approx)
            return est(
              startOfYear(subYears(at0, 1)),
              endOfYear(addYears(at0, 1)),
              `about ${n} years before the publication date (${P(pub)})`,
            );
          return resolved(
            startOfYear(at0),
            endOfYear(at0),
            'year',
            `${quote(phrase)}: ${n} year${n === 1 ? '' : 's'} before the publication date (${P(pub)}), ${at0.getFullYear()}`,
          );
        case 'decade':
          return est(
            startOfYear(subYears(at0, 5)),
            endOfYear(addYears(at0, 5)),
            `about ${n * 10} years before the publication date (${P(pub)})`,
          );
      }
    });
  });
}

const IN_N = new RegExp(
  String.raw`\b(?<pre>in|within)\s+(?:(?<q>about|around|roughly|nearly|almost|some|another|more\s+than|less\s+than)\s+)?(?<n>${NUM})\s+(?<unit>days?|weeks?|months?|years?)(?:['’]?\s+time)?(?![\p{L}\p{N}])`,
  'giud',
);

/** "in two weeks", "within 30 days": a date only when the verb points ahead (else a duration). */
export function ruleInN(text: string, out: Candidate[]): void {
  each(IN_N, text, (m) => {
    const g = groups(m);
    const nText = g['n'] ?? '';
    const vague = VAGUE_COUNT.test(nText);
    const count = vague ? null : numberOf(nText);
    if (!vague && count === null) return;
    const unit = unitOf(g['unit']);
    if (count !== null && count !== 1 && !/s$/i.test(g['unit'] ?? '')) return; // "a one-in-200 year flood"
    const within = lower(g['pre']) === 'within';
    const approx = !!g['q'];
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const tense = ctx.tense(m.index, end);
      if (tense.direction !== 'future') return null;
      const label = describeTense(tense);
      const pub = ctx.pub;
      const n = count ?? FEW[unit];
      const at0 = shift(pub, unit, n);
      if (approx && !within) {
        // "in roughly two years": about that far ahead, give or take a fifth.
        const slack = Math.max(1, Math.round(differenceInCalendarDays(at0, pub) / 5));
        const [a, b] = [subDays(at0, slack), addDays(at0, slack)];
        return resolved(
          a,
          b,
          'vague',
          `${quote(phrase)} with ${label}: about ${n} ${unit}${n === 1 ? '' : 's'} after the publication date (${P(pub)}), an estimate: ${showSpan(a, b)}`,
        );
      }
      if (within || vague)
        return resolved(
          pub,
          at0,
          vague ? 'vague' : 'range',
          `${quote(phrase)} with ${label}: ${vague ? `an estimate, taking it as ${n} ${unit}s` : `up to ${n} ${unit}${n === 1 ? '' : 's'}`} after the publication date (${P(pub)}), ${showSpan(pub, at0)}`,
        );
      if (unit === 'day')
        return resolved(
          at0,
          at0,
          'day',
          `${quote(phrase)} with ${label}: ${n} day${n === 1 ? '' : 's'} after the publication date (${P(pub)}), ${showDay(at0)}`,
        );
      if (unit === 'month')
        return resolved(
          startOfMonth(at0),
          endOfMonth(at0),
          'month',
          `${quote(phrase)} with ${label}: ${n} month${n === 1 ? '' : 's'} after the publication date (${P(pub)}), ${showMonth(at0)}`,
        );
      if (unit === 'year')
        return resolved(
          startOfYear(at0),
          endOfYear(at0),
          'year',
          `${quote(phrase)} with ${label}: ${n} year${n === 1 ? '' : 's'} after the publication date (${P(pub)}), ${at0.getFullYear()}`,
        );
      return resolved(
        subDays(at0, 2),
        addDays(at0, 2),
        'vague',
        `${quote(phrase)} with ${label}: about ${n} ${unit}${n === 1 ? '' : 's'} after the publication date (${P(pub)}), an estimate: ${showSpan(subDays(at0, 2), addDays(at0, 2))}`,
      );
    });
  });
}
