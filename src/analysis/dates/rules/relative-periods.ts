/**
 * Calendar periods named from the publication day ("last week", "this month", "the weekend") and rolling ones
 * ("the past two weeks", "over the next three months").
 */
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  getDay,
  isSaturday,
  nextSaturday,
  previousSaturday,
  subMonths,
  subWeeks,
  subYears,
} from 'date-fns';
import { type ResolvedDate } from '../../../schemas/analysis.ts';
import { quote, resolved, showMonth } from '../calendar.ts';
import { MONTH_STRICT, NUM, VAGUE_COUNT, numberOf } from '../lexicon.ts';
import { applyEdge, describeEdge, edgeOf, period, showSpan, type Unit } from '../resolve.ts';
import { describeTense } from '../tense.ts';
import {
  type Ctx,
  type Candidate,
  groups,
  each,
  lower,
  PERIOD_LEAD,
  leadIn,
  push,
  P,
  unitOf,
  shift,
  FEW,
} from './shared.ts';

const PERIOD = new RegExp(
  String.raw`\b(?:(?<edge>earlier|later|early|late|mid|the\s+(?:end|start|beginning|middle|rest|first\s+half|second\s+half)\s+of)(?:\s+in)?(?:\s+|-|–))?(?<rel>this\s+past|this\s+coming|this|last|next|the\s+current|the)\s+(?<unit>week|weekend|month|year)(?![\p{L}\p{N}])`,
  'giud',
);

/** "of" and what makes the period a part of another ("last week of August", "the last year of the war"). */
const PART_OF = new RegExp(
  String.raw`^\s+of\s+(?:${MONTH_STRICT}|(?:the|this|that|its|his|her|their|our|an?)(?![\p{L}])|\d)`,
  'iu',
);

function weekendOf(monday: Date): [Date, Date] {
  const sat = addDays(monday, 5);
  return [sat, addDays(sat, 1)];
}

/** The weekend before the publication day (Saturday strictly before), or the first from it on. */
function weekendPast(pub: Date): [Date, Date] {
  const sat = previousSaturday(pub);
  return [sat, addDays(sat, 1)];
}
function weekendFuture(pub: Date): [Date, Date] {
  const sat = isSaturday(pub) ? pub : nextSaturday(pub);
  return [sat, addDays(sat, 1)];
}

function resolveWeekend(rel: string, ctx: Ctx, phrase: string, start: number, end: number): ResolvedDate {
  const pub = ctx.pub;
  const weekOf = (offset: number): [Date, Date] => weekendOf(period('week', pub, offset)[0]);
  const done = ([a, b]: [Date, Date], why: string): ResolvedDate =>
    resolved(a, b, 'range', `${quote(phrase)}: ${why} (${P(pub)}), ${showSpan(a, b)}`);
  if (rel === 'this') return done(weekOf(0), 'the weekend of the Monday-to-Sunday week of the publication date');
  if (rel === 'last') return done(weekOf(-1), 'the weekend of the week before that of the publication date');
  if (rel === 'next') return done(weekOf(1), 'the weekend of the week after that of the publication date');
  if (rel === 'this past' || rel === 'the past')
    return done(weekendPast(pub), 'the last weekend before the publication date');
  if (rel === 'this coming' || rel === 'the coming')
    return done(weekendFuture(addDays(pub, 1)), 'the first weekend after the publication date');
  const tense = ctx.tense(start, end);
  const label = describeTense(tense);
  if (tense.direction === 'past')
    return done(weekendPast(pub), `${label}, so the last weekend before the publication date`);
  if (tense.direction === 'future')
    return done(weekendFuture(pub), `${label}, so the first weekend from the publication date on`);
  const iso = getDay(pub); // 0 Sun … 6 Sat
  const near = iso === 0 || iso === 6 ? weekOf(0) : iso <= 3 ? weekendPast(pub) : weekendFuture(pub);
  return done(near, `${label}, so the nearest weekend to the publication date`);
}

export function rulePeriod(text: string, out: Candidate[]): void {
  each(PERIOD, text, (m) => {
    const g = groups(m);
    const rel = lower(g['rel']);
    const unit = lower(g['unit']) as Unit | 'weekend';
    const edgeText = g['edge'];
    const edge = edgeOf(edgeText?.replace(/\s+in$/i, '') ?? undefined) ?? edgeOf(edgeText);
    const end = m.index + m[0].length;
    if (rel === 'the' && !edge) return;
    if (PART_OF.test(text.slice(end, end + 24))) return; // "last week of August", not "last year of endangering"
    if (
      (rel === 'last' || rel === 'next') &&
      !edgeText &&
      /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))
    )
      return;
    const start = leadIn(text, m.index, PERIOD_LEAD);
    push(out, start, end, (ctx, phrase) => {
      const pub = ctx.pub;
      if (unit === 'weekend') return resolveWeekend(rel === 'the current' ? 'this' : rel, ctx, phrase, start, end);
      if (rel === 'this past' || rel === 'this coming') {
        const a =
          rel === 'this past'
            ? unit === 'week'
              ? subWeeks(pub, 1)
              : unit === 'month'
                ? subMonths(pub, 1)
                : subYears(pub, 1)
            : pub;
        const b =
          rel === 'this past'
            ? pub
            : unit === 'week'
              ? addWeeks(pub, 1)
              : unit === 'month'
                ? addMonths(pub, 1)
                : addYears(pub, 1);
        return resolved(
          a,
          b,
          'vague',
          `${quote(phrase)}: about a ${unit} ${rel === 'this past' ? 'up to' : 'from'} the publication date (${P(pub)}), an estimate`,
        );
      }
      const offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const [a, b] = period(unit, pub, offset);
      const which =
        unit === 'week'
          ? `the Monday-to-Sunday week ${offset === 0 ? 'of' : offset < 0 ? 'before that of' : 'after that of'} the publication date, ${P(pub)}`
          : `the ${unit} ${offset === 0 ? 'of' : offset < 0 ? 'before that of' : 'after that of'} the publication date, ${P(pub)}`;
      const named = unit === 'week' ? showSpan(a, b) : unit === 'month' ? showMonth(a) : String(a.getFullYear());
      if (edge) {
        const [ea, eb] = applyEdge(a, b, unit, edge, pub);
        const relative =
          offset === 0
            ? ''
            : `, the ${unit} ${offset < 0 ? 'before' : 'after'} that of the publication date (${P(pub)})`;
        const whole = unit === 'week' ? `the week ${named}` : named;
        return resolved(
          ea,
          eb,
          'vague',
          `${quote(phrase)}: ${describeEdge(edge, whole, pub)}${relative}, an estimate: ${showSpan(ea, eb)}`,
        );
      }
      return resolved(a, b, unit, `${quote(phrase)}: ${which} (${named})`);
    });
  });
}

const THE_WEEKEND =
  /\b(?:(?<pre>over|during|at|on|for|by|until|till|through|throughout|since)\s+)?the\s+weekend(?![\p{L}\p{N}])/dgiu;

export function ruleTheWeekend(text: string, out: Candidate[]): void {
  each(THE_WEEKEND, text, (m) => {
    const pre = lower(groups(m)['pre']);
    const end = m.index + m[0].length;
    if (/^\s+(?:of|before|after|that)(?![\p{L}])/u.test(text.slice(end, end + 8))) return; // "the weekend of Sept. 9"
    const start = pre && (pre === 'for' || pre === 'by') ? m.index + m[0].toLowerCase().indexOf('the') : m.index;
    push(out, start, end, (ctx, phrase) => resolveWeekend('the', ctx, phrase, start, end));
  });
}

const ROLLING = new RegExp(
  String.raw`\b(?:(?<pre>in|over|during|for|within|throughout)\s+)?the\s+(?<dir>past|last|next|coming|previous|following)\s+(?:(?<n>${NUM})\s+)?(?<unit>hours?|days?|weeks?|months?|years?|decades?)(?![\p{L}\p{N}])`,
  'giud',
);

export function ruleRolling(text: string, out: Candidate[]): void {
  each(ROLLING, text, (m) => {
    const g = groups(m);
    const dir = lower(g['dir']);
    const pre = lower(g['pre']);
    const rawUnit = lower(g['unit']);
    const end = m.index + m[0].length;
    if (dir === 'previous' || dir === 'following') return; // counted from another event, not from publication
    if (/^\s+of(?![\p{L}])/u.test(text.slice(end, end + 6))) return; // "the last days of the war"
    const singular = !rawUnit.endsWith('s');
    if (!g['n'] && singular && dir !== 'past' && dir !== 'coming' && !pre) return; // "the next day", "the last year"
    const nText = g['n'] ?? '';
    // "the coming year" has no edges to name, like "the coming weeks".
    const vague = VAGUE_COUNT.test(nText) || (!nText && !singular) || (!nText && dir === 'coming');
    const count = nText ? numberOf(nText) : singular ? 1 : null;
    if (!vague && count === null) return;
    const unit = unitOf(rawUnit);
    const back = dir === 'past' || dir === 'last';
    const start = pre === 'for' ? m.index + m[0].toLowerCase().indexOf('the') : m.index;
    push(out, start, end, (ctx, phrase) => {
      const n = vague && !singular ? FEW[unit] : (count ?? 1);
      const other = shift(ctx.pub, unit, back ? -n : n);
      const [a, b] = back ? [other, ctx.pub] : [ctx.pub, other];
      const span = `${back ? 'up to' : 'from'} the publication date (${P(ctx.pub)}): ${showSpan(a, b)}`;
      if (vague) return resolved(a, b, 'vague', `${quote(phrase)}: an estimate, taking it as ${n} ${unit}s ${span}`);
      return resolved(a, b, 'range', `${quote(phrase)}: the ${n === 1 ? unit : `${n} ${unit}s`} ${span}`);
    });
  });
}

const TO_DATE =
  /\b(?:(?:so\s+far|to\s+date)\s+(?:this|in\s+the\s+current)\s+(?<u1>year|month|week)|this\s+(?<u2>year|month|week)\s+(?:so\s+far|to\s+date)|(?<u3>year|month)[-\s]to[-\s]date)(?![\p{L}\p{N}])/dgiu;

/** "so far this year", "this month to date", "year-to-date": from the start of the period to the publication day. */
export function ruleToDate(text: string, out: Candidate[]): void {
  each(TO_DATE, text, (m) => {
    const g = groups(m);
    const unit = lower(g['u1'] ?? g['u2'] ?? g['u3']) as Unit;
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const [a] = period(unit, ctx.pub, 0);
      return resolved(
        a,
        ctx.pub,
        'range',
        `${quote(phrase)}: from the start of the ${unit} to the publication date, ${showSpan(a, ctx.pub)}`,
      );
    });
  });
}
