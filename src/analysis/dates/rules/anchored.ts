/**
 * Days counted from another date of the text: "the next day", "the following Monday", "a week later", "that
 * evening", "two days after the collapse", "the day before the meeting". The anchor is the event the phrase
 * names (the clause whose verb or noun is "collapse": "the talks collapsed the next day") or, when it names
 * none, the last date stated before it. "Days after" and "a week after" with nothing to count from stay
 * estimates around the publication day. A phrase whose event carries its own date ("a week after a storm closed
 * it last Friday") is left alone: that date is found by its own rule.
 */
import {
  addDays,
  differenceInCalendarDays,
  endOfISOWeek,
  endOfMonth,
  endOfYear,
  nextDay,
  parseISO,
  previousDay,
  startOfISOWeek,
  startOfMonth,
  startOfYear,
  subDays,
  type Day,
} from 'date-fns';
import type { ResolvedDate } from '../../../schemas/analysis.ts';
import type { Token } from '../../tokens.ts';
import type { Anchor } from '../anchors.ts';
import { quote, resolved, showDay, showMonth } from '../calendar.ts';
import { eventObject, type EventObject } from '../event-object.ts';
import { NUM, VAGUE_COUNT, WEEKDAY, WEEKDAY_NAMES, numberOf, weekdayOf } from '../lexicon.ts';
import { showSpan } from '../resolve.ts';
import { describeTense } from '../tense.ts';
import {
  type Candidate,
  type Ctx,
  type CountUnit,
  type TokensOf,
  each,
  groups,
  lower,
  P,
  push,
  shift,
  unitOf,
} from './shared.ts';

const COUNTED = new RegExp(
  String.raw`\b(?:(?<q>only|just|mere|merely|barely|scarcely|within|about|around|nearly|almost|roughly|more\s+than|less\s+than)\s+)?(?:(?<n>${NUM})\s+)?(?<unit>hours?|days?|weeks?|months?|years?)(?:\s+(?<dir>after|before|later|earlier|on|prior\s+to|ahead\s+of|following))?(?![\p{L}\p{N}])`,
  'giud',
);
/** A cheap test that must pass before COUNTED runs: a unit followed by a direction, or "within". */
const COUNTED_HINT =
  /(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|on|prior|ahead|following)\b|\bwithin\s/i;
/** Words before "days after" that make it a stretch of time, not a point ("in the days after", "for days after"). */
const STRETCH_BEFORE =
  /(?:\d|(?:^|[^\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|many|the|those|these|of|for|all|couple|no|few|more|recent|coming|past|next|last|previous|following))\s+$/iu;
const PERIOD_BEFORE = /(?:^|[^\p{L}])(?:the|those|these|first|last|next|past|coming|previous|following|of|for)\s+$/iu;
const APPROX = /^(?:about|around|nearly|almost|roughly|more than|less than)$/;
const NOT_EVENTS = /^\s+(?:the\s+)?(?:schedule|time|plan|target|expectations?|forecasts?|estimates?)(?![\p{L}])/iu;
const FEW = /^(?:only|just|mere|merely|barely|scarcely)$/;
/** How far from its anchor "days after" and the like reach, in days, for the estimate. */
const REACH: Record<CountUnit, number> = { hour: 2, day: 14, week: 90, month: 730, year: 3650, decade: 36500 };
/** The same with nothing to count from, around the publication day: "a week after" (one unit) and "weeks after". */
const ESTIMATE: Partial<Record<CountUnit, { one: number; some: number }>> = {
  hour: { one: 1, some: 2 },
  day: { one: 2, some: 14 },
  week: { one: 10, some: 90 },
  month: { one: 45, some: 730 },
};

const NEXT = new RegExp(
  String.raw`\b(?:(?<edge>later|earlier)\s+(?:in\s+)?)?(?<det>the|that)\s+(?:(?<rel>next|following|previous|preceding|same|very\s+same)\s+)?(?<unit>day|morning|afternoon|evening|night|week|month|year|${WEEKDAY})(?:\s+(?<dir>after|before))?(?![\p{L}\p{N}])`,
  'giud',
);
/** A cheap test that must pass before NEXT runs. */
const NEXT_HINT =
  /\b(?:the|that)\s+(?:next|following|previous|preceding|same|very|day|morning|afternoon|evening|night|week|month|year)\b/i;
const DAY_PARTS = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);
const ROLLING_BEFORE = /(?:^|[^\p{L}])(?:in|over|during|within|for|throughout|of)\s+$/iu;

/** The event a phrase counts from, and where the phrase ends (with the event's noun: "after the collapse"). */
function objectOf(text: string, tokensOf: TokensOf, dirEnd: number): EventObject | 'dated' | undefined {
  const from = /^\s+from\b/i.exec(text.slice(dirEnd, dirEnd + 8));
  return eventObject(tokensOf(), dirEnd + (from ? from[0].length : 0));
}

function between(anchor: Anchor): [Date, Date] {
  return [parseISO(anchor.date.start), parseISO(anchor.date.end)];
}

function showAnchor(anchor: Anchor): string {
  const [a, b] = between(anchor);
  return a.getTime() === b.getTime() ? showDay(a) : showSpan(a, b);
}

/** Words for the anchor: the event it names, or the last date of the text. */
function anchorWords(anchor: Anchor, head: Token | undefined): string {
  const event = head?.pos === 'NOUN' ? `the ${head.text}` : `"${head?.text}"`;
  return head
    ? `${event}, dated by ${quote(anchor.phrase)} (${showAnchor(anchor)})`
    : `${quote(anchor.phrase)} (${showAnchor(anchor)}), the last date before it in the text`;
}

const datedAnchor = (a: Anchor) => a.date.precision !== 'vague';

interface Count {
  /** How many units; null for "days", "several weeks". */
  n: number | null;
  unit: CountUnit;
  sign: 1 | -1;
  approx: boolean;
}

/** A count of units from an anchor: "two days after" → a day; "months later" → an estimate. */
function countFrom(anchor: Anchor, count: Count, phrase: string, head: Token | undefined): ResolvedDate | null {
  const [first, last] = between(anchor);
  const base = count.sign > 0 ? last : first;
  const side = count.sign > 0 ? 'after' : 'before';
  const from = anchorWords(anchor, head);
  const precision = anchor.date.precision;
  if (count.n === null || count.unit === 'hour') {
    const reach = REACH[count.unit];
    const far = addDays(base, count.sign * reach);
    const near = count.unit === 'hour' ? base : addDays(base, count.sign);
    const [a, b] = count.sign > 0 ? [near, far] : [far, near];
    return resolved(
      a,
      b,
      'vague',
      `${quote(phrase)}: some ${count.unit}s ${side} ${from}, an estimate: ${showSpan(a, b)}`,
    );
  }
  const at = shift(base, count.unit, count.sign * count.n);
  const amount = `${count.n} ${count.unit}${count.n === 1 ? '' : 's'}`;
  const why = `${quote(phrase)}: ${count.approx ? 'about ' : ''}${amount} ${side} ${from}`;
  if (count.approx) {
    const slack = Math.max(1, Math.round(Math.abs(differenceInCalendarDays(at, base)) / 5));
    const [a, b] = [subDays(at, slack), addDays(at, slack)];
    return resolved(a, b, 'vague', `${why}, an estimate: ${showSpan(a, b)}`);
  }
  if (count.unit === 'year' || count.unit === 'decade') {
    if (precision === 'year') return resolved(startOfYear(at), endOfYear(at), 'year', `${why}, ${at.getFullYear()}`);
    // "a year later" than a day is about that day a year on, not the whole year.
    const [a, b] = [subDays(at, 31), addDays(at, 31)];
    return resolved(a, b, 'vague', `${why}, about ${showDay(at)}, an estimate: ${showSpan(a, b)}`);
  }
  if (count.unit === 'month') {
    if (precision === 'year') return null;
    return resolved(startOfMonth(at), endOfMonth(at), 'month', `${why}, ${showMonth(at)}`);
  }
  if (precision === 'day' || precision === 'range') return resolved(at, at, 'day', `${why}, ${showDay(at)}`);
  if (precision === 'week' && count.unit === 'week')
    return resolved(
      startOfISOWeek(at),
      endOfISOWeek(at),
      'week',
      `${why}, ${showSpan(startOfISOWeek(at), endOfISOWeek(at))}`,
    );
  return null;
}

/** "Days after" with nothing to count from: an estimate around the publication day, by the governing verb. */
function estimate(
  ctx: Ctx,
  phrase: string,
  at: { start: number; end: number },
  count: Count,
  few: boolean,
): ResolvedDate | null {
  const reach = ESTIMATE[count.unit];
  if (!reach) return null;
  const span = Math.ceil((count.n === null ? reach.some : reach.one) / (few ? 2 : 1));
  const tense = ctx.tense(at.start, at.end);
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
    `${quote(phrase)} counts from another event, so only an estimate: ${describeTense(tense)}, so within ${span} days ${side} the publication date (${P(pub)}), ${showSpan(a, b)}`,
  );
}

/** "two days after the collapse", "a week later", "days after", "a year on from the fire". */
export function ruleCounted(text: string, out: Candidate[], tokensOf: TokensOf): void {
  if (!COUNTED_HINT.test(text)) return;
  each(COUNTED, text, (m) => {
    const g = groups(m);
    const q = lower(g['q']);
    const nText = lower(g['n']);
    const rawUnit = lower(g['unit']);
    const dir = lower(g['dir']);
    const end = m.index + m[0].length;
    if (!dir && (q !== 'within' || nText)) return; // "within days" alone is a point ahead or behind
    if (!rawUnit.endsWith('s') && !nText) return;
    if (/^\s+ago(?![\p{L}])/u.test(text.slice(end, end + 6))) return;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!nText && STRETCH_BEFORE.test(before)) return;
    if (nText && PERIOD_BEFORE.test(before)) return; // "the two weeks before the vote": a stretch of time
    if (dir === 'on' && !/^\s*(?:from\b|[,.;:)]|$)/u.test(text.slice(end, end + 8))) return;
    // "months ahead of schedule", "two years before time": against a plan, not a date.
    if (dir && NOT_EVENTS.test(text.slice(end, end + 24))) return;
    const vague = !nText || VAGUE_COUNT.test(nText);
    const n = vague ? null : numberOf(nText);
    if (!vague && n === null) return;
    const object = dir === 'later' || dir === 'earlier' || !dir ? undefined : objectOf(text, tokensOf, end);
    if (object === 'dated') return;
    const count: Count = {
      n,
      unit: unitOf(rawUnit),
      sign: dir === 'before' || dir === 'earlier' || dir === 'prior to' || dir === 'ahead of' ? -1 : 1,
      approx: APPROX.test(q),
    };
    // "a week after", "days after" were estimates before they could be anchored, and stay so when nothing matches.
    const estimable = vague || nText === 'a' || nText === 'an';
    const phraseEnd = object?.nounEnd ?? end;
    push(out, m.index, phraseEnd, (ctx, phrase) => {
      const head = object?.head;
      const anchor = head ? ctx.anchors.naming(head) : object ? undefined : ctx.anchors.latest(datedAnchor);
      const found = anchor ? countFrom(anchor, count, phrase, head) : null;
      if (found) return found;
      return estimable
        ? estimate(ctx, phrase, { start: m.index, end }, count, FEW.test(q) || /few|mere/.test(nText))
        : null;
    });
    return phraseEnd;
  });
}

/** "the next day", "the following Monday", "the day before the meeting", "that evening", "later that day". */
export function ruleNext(text: string, out: Candidate[], tokensOf: TokensOf): void {
  if (!NEXT_HINT.test(text)) return;
  each(NEXT, text, (m) => {
    const g = groups(m);
    const det = lower(g['det']);
    const rel = lower(g['rel']).replace('very ', '');
    const unitText = lower(g['unit']);
    const dir = lower(g['dir']);
    const weekday = weekdayOf(unitText);
    if (det === 'the' && !rel && !dir && !g['edge']) return;
    if (weekday !== null && (!rel || rel === 'same')) return;
    if (
      rel === 'next' &&
      !DAY_PARTS.has(unitText) &&
      ROLLING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      return;
    const end = m.index + m[0].length;
    const object = dir ? objectOf(text, tokensOf, end) : undefined;
    if (object === 'dated') return;
    const sign =
      rel === 'next' || rel === 'following' || dir === 'after'
        ? 1
        : rel === 'previous' || rel === 'preceding' || dir === 'before'
          ? -1
          : 0;
    const phraseEnd = object?.nounEnd ?? end;
    push(out, m.index, phraseEnd, (ctx, phrase) => {
      const head = object?.head;
      const anchor = head ? ctx.anchors.naming(head) : object ? undefined : ctx.anchors.latest(datedAnchor);
      return anchor ? nextFrom(anchor, { unit: unitText, weekday, sign }, phrase, head) : null;
    });
    return phraseEnd;
  });
}

/** The day, weekday, week, month or year next to an anchor (or the anchor's own, for "that day"). */
function nextFrom(
  anchor: Anchor,
  { unit, weekday, sign }: { unit: string; weekday: number | null; sign: -1 | 0 | 1 },
  phrase: string,
  head: Token | undefined,
): ResolvedDate | null {
  const [first, last] = between(anchor);
  const base = sign > 0 ? last : first;
  const from = anchorWords(anchor, head);
  const side = sign > 0 ? 'after' : sign < 0 ? 'before' : 'of';
  const q = quote(phrase);
  if (weekday !== null) {
    const day = sign > 0 ? nextDay(base, weekday as Day) : previousDay(base, weekday as Day);
    return resolved(day, day, 'day', `${q}: the ${WEEKDAY_NAMES[weekday]} ${side} ${from}, ${showDay(day)}`);
  }
  if (DAY_PARTS.has(unit)) {
    if (sign === 0 && first.getTime() !== last.getTime()) return null;
    if (anchor.date.precision !== 'day' && anchor.date.precision !== 'range') return null;
    const day = addDays(base, sign);
    const which = sign === 0 ? 'the same day as' : `the day ${side}`;
    return resolved(day, day, 'day', `${q}: ${which} ${from}, ${showDay(day)}`);
  }
  const which = sign === 0 ? `the ${unit} of` : `the ${unit} ${side}`;
  if (unit === 'week') {
    const at = addDays(base, 7 * sign);
    const [a, b] = [startOfISOWeek(at), endOfISOWeek(at)];
    return resolved(a, b, 'week', `${q}: ${which} ${from}, ${showSpan(a, b)}`);
  }
  if (unit === 'month') {
    if (anchor.date.precision === 'year') return null;
    const at = shift(base, 'month', sign);
    return resolved(startOfMonth(at), endOfMonth(at), 'month', `${q}: ${which} ${from}, ${showMonth(at)}`);
  }
  const at = shift(base, 'year', sign);
  return resolved(startOfYear(at), endOfYear(at), 'year', `${q}: ${which} ${from}, ${at.getFullYear()}`);
}
