/**
 * "Recently", "in recent weeks", "the days ahead", and "days after" with no event to count from: estimates.
 */
import { addDays, addMonths, addYears, subDays } from 'date-fns';
import { quote, resolved } from '../calendar.ts';
import { showSpan } from '../resolve.ts';
import { describeTense } from '../tense.ts';
import { type Candidate, groups, each, lower, push, P } from './shared.ts';

const RECENTLY = /\b(?:(?:until|till)\s+)?(?:recently|lately)(?![\p{L}\p{N}])/dgiu;
const RECENT_UNITS =
  /\b(?:(?<pre>in|over|during|throughout)\s+)?(?:the\s+)?(?:most\s+)?recent\s+(?<unit>days|weeks|months|years)(?![\p{L}\p{N}])/dgiu;
const AHEAD = /\b(?:(?<pre>in|over|during)\s+)?the\s+(?<unit>days|weeks|months|years)\s+ahead(?![\p{L}\p{N}])/dgiu;
const RECENT_DAYS: Record<string, number> = { days: 7, weeks: 42 };

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
  each(AHEAD, text, (m) => {
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

const ANAPHORA = new RegExp(
  String.raw`\b(?:(?<q1>only|just|mere|merely|barely|scarcely|within|a\s+few|several|some)\s+)?(?:(?<q2>a\s+few|mere|several|a\s+couple\s+of)\s+)?(?<unit>hours|days|weeks|months|(?<=\b(?:a|an)\s+)(?:hour|day|week|month))(?:\s+(?<dir>after|before|earlier|later|prior\s+to|prior))?(?![\p{L}\p{N}])`,
  'giud',
);
const COUNTED_BEFORE =
  /(?:\d|(?:^|[^\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|many|the|those|these|of|for|all|couple|no|few|more|recent|coming|past|next|last|previous|following))\s+$/iu;
/** How far from its anchor "days after" and the like reach, in days, for the estimate. */
const ANAPHORA_SPAN: Record<string, number> = {
  hours: 2,
  days: 14,
  weeks: 90,
  months: 730,
  hour: 1,
  day: 2,
  week: 10,
  month: 45,
};

export function ruleAnaphora(text: string, out: Candidate[]): void {
  each(ANAPHORA, text, (m) => {
    const g = groups(m);
    const q1 = lower(g['q1']);
    const dir = lower(g['dir']);
    if (!dir && q1 !== 'within') return;
    const end = m.index + m[0].length;
    if (/^\s+ago(?![\p{L}])/u.test(text.slice(end, end + 6))) return;
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    const unit = lower(g['unit']);
    // "a week after": the article belongs to the phrase.
    const from = /^(?:hour|day|week|month)$/.test(unit) ? text.lastIndexOf(' ', m.index - 2) + 1 : m.index;
    push(out, from, end, (ctx, phrase) => {
      // "only days after" is closer than "days after".
      const few =
        /^(?:only|just|mere|merely|barely|scarcely|a\s+few)$/.test(q1) || /^(?:a\s+few|mere)$/.test(lower(g['q2']));
      const span = Math.ceil((ANAPHORA_SPAN[unit] ?? 14) / (few ? 2 : 1));
      const tense = ctx.tense(m.index, end);
      const label = describeTense(tense);
      const pub = ctx.pub;
      const [a, b] =
        tense.direction === 'future'
          ? [pub, addDays(pub, span)]
          : tense.direction === 'past'
            ? [subDays(pub, span), pub]
            : [subDays(pub, span), addDays(pub, span)];
      const side = tense.direction === 'future' ? 'after' : tense.direction === 'past' ? 'before' : 'around';
      return resolved(
        a,
        b,
        'vague',
        `${quote(phrase)} counts from another event, so only an estimate: ${label}, so within ${span} days ${side} the publication date (${P(pub)}), ${showSpan(a, b)}`,
      );
    });
  });
}
