/**
 * "Recently", "in recent weeks", "the days ahead", "in the near future", "within the week": estimates around the
 * publication day. ("Days after" with
 * nothing to count from is in anchored.ts.)
 */
import { addDays, addMonths, addYears, subDays } from 'date-fns';
import { quote, resolved } from '../calendar.ts';
import { showSpan } from '../resolve.ts';
import { type Candidate, groups, each, lower, push, P } from './shared.ts';

const RECENTLY = /\b(?:(?:until|till)\s+)?(?:recently|lately)(?![\p{L}\p{N}])/dgiu;
const RECENT_UNITS =
  /\b(?:(?<pre>in|over|during|throughout)\s+)?(?:the\s+)?(?:most\s+)?recent\s+(?<unit>days|weeks|months|years)(?![\p{L}\p{N}])/dgiu;
const AHEAD = /\b(?:(?<pre>in|over|during)\s+)?the\s+(?<unit>days|weeks|months|years)\s+ahead(?![\p{L}\p{N}])/dgiu;
/** "in coming months", "over coming weeks": the rolling "the coming months" without its article. */
const COMING =
  /\b(?:in|over|during|within)\s+(?:the\s+)?(?:next\s+few|coming)\s+(?<unit>days|weeks|months|years)(?![\p{L}\p{N}])/dgiu;
const RECENT_DAYS: Record<string, number> = { days: 7, weeks: 42 };
/** "in the near future", "in future": some time after publication. */
const FUTURE = /\bin\s+(?:the\s+)?(?:(?<near>near|immediate|foreseeable)\s+)?future(?![\p{L}\p{N}])/dgiu;
/** "within the week", "within the month": before that much time has passed. */
const WITHIN_THE = /\bwithin\s+the\s+(?<unit>week|month|year)(?![\p{L}\p{N}])/dgiu;
const UNIT_DAYS: Record<string, number> = { week: 7, month: 31, year: 365 };

export function ruleRecent(text: string, out: Candidate[]): void {
  each(RECENTLY, text, (m) => {
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const a = subDays(ctx.pub, 30);
      return resolved(
        a,
        ctx.pub,
        'vague',
        `${quote(phrase)}: an estimate, the 30 days before the publication date (${P(ctx.pub)}), ${showSpan(a, ctx.pub)}`,
      );
    });
  });
  const window = (unit: string, pub: Date, sign: 1 | -1): Date => {
    const days = RECENT_DAYS[unit];
    if (days) return addDays(pub, sign * days);
    return unit === 'months' ? addMonths(pub, sign * 6) : addYears(pub, sign * 5);
  };
  const describe = (unit: string): string =>
    unit === 'days' ? 'a week' : unit === 'weeks' ? 'six weeks' : unit === 'months' ? 'six months' : 'five years';
  each(RECENT_UNITS, text, (m) => {
    const unit = lower(groups(m)['unit']);
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const a = window(unit, ctx.pub, -1);
      return resolved(
        a,
        ctx.pub,
        'vague',
        `${quote(phrase)}: an estimate, the ${describe(unit)} before the publication date (${P(ctx.pub)}), ${showSpan(a, ctx.pub)}`,
      );
    });
  });
  each(FUTURE, text, (m) => {
    const near = groups(m)['near'] !== undefined;
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const b = near ? addMonths(ctx.pub, 6) : addYears(ctx.pub, 5);
      return resolved(
        ctx.pub,
        b,
        'vague',
        `${quote(phrase)}: an estimate, ${near ? 'six months' : 'five years'} after the publication date (${P(ctx.pub)}), ${showSpan(ctx.pub, b)}`,
      );
    });
  });
  each(WITHIN_THE, text, (m) => {
    const unit = lower(groups(m)['unit']);
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const b = addDays(ctx.pub, UNIT_DAYS[unit]!);
      return resolved(
        ctx.pub,
        b,
        'vague',
        `${quote(phrase)}: an estimate, up to a ${unit} after the publication date (${P(ctx.pub)}), ${showSpan(ctx.pub, b)}`,
      );
    });
  });
  for (const pattern of [COMING, AHEAD]) {
    each(pattern, text, (m) => {
      if (/\bthe\s+coming\b/i.test(m[0])) return; // "in the coming months" is a rolling period (relative-periods.ts)
      const unit = lower(groups(m)['unit']);
      push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
        const b = window(unit, ctx.pub, 1);
        return resolved(
          ctx.pub,
          b,
          'vague',
          `${quote(phrase)}: an estimate, the ${describe(unit)} after the publication date (${P(ctx.pub)}), ${showSpan(ctx.pub, b)}`,
        );
      });
    });
  }
}
