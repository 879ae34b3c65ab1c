/**
 * Months ("in March", "late May", "last December"), quarters ("the third quarter of 2023", "Q3") and seasons
 * ("last fall", "in the summer of 2019").
 */
import {
  addMonths,
  startOfQuarter,
  differenceInCalendarDays,
  endOfMonth,
  endOfYear,
  isAfter,
  isBefore,
} from 'date-fns';
import { quote, resolved, showDay, showMonth } from '../calendar.ts';
import { DAY, MONTH_STRICT, YEAR, monthOf } from '../lexicon.ts';
import { applyEdge, describeEdge, edgeOf, pickMonthYear, showSpan, type MonthModifier } from '../resolve.ts';
import { describeTense, type Tense } from '../tense.ts';
import { type Candidate, groups, at, each, intOf, startsUpper, lower, push, P, EDGE, OUTSIDE } from './shared.ts';

// ---- Months -------------------------------------------------------------------------------------

const MONTH_PRE = String.raw`its|their|our|as\s+of|in|since|during|until|till|through|throughout|by|before|after|from|of|between|last|next|this\s+past|this\s+coming|this|the\s+(?:end|start|beginning|middle|rest|first\s+half|second\s+half)\s+of`;

const MO = new RegExp(
  String.raw`\b(?:(?<pre>${MONTH_PRE})\s+)?(?:${EDGE})?(?<m1>${MONTH_STRICT})(?:,?\s+(?:of\s+)?(?<y1>${YEAR}))?(?:(?<sep>\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+)(?:(?<edge2>early|late|mid)(?:\s+|-|–))?(?<m2>${MONTH_STRICT})(?:,?\s+(?:of\s+)?(?<y2>${YEAR}))?)?`,
  'giud',
);
/** "September last year", "May this year". */
const YEAR_AFTER = /^\s+(last|this|next)\s+year(?![\p{L}\p{N}])/iu;
const DAY_AFTER = new RegExp(String.raw`^\s*${DAY}`, 'iu');

function monthModifier(pre: string): MonthModifier {
  if (pre === 'last' || pre === 'this past') return 'last';
  if (pre === 'next' || pre === 'this coming') return 'next';
  if (pre === 'this') return 'this';
  if (pre === 'since') return 'since';
  return 'none';
}

const ATTRIBUTIVE_BEFORE = /(?:^|[^\p{L}])(?:the|its|their|his|her)\s+$/iu;
const ATTRIBUTIVE_AFTER =
  /^\s+(?:meeting|meetings|election|elections|poll|polls|vote|referendum|deadline|summit|session|sitting|hearing|budget|edition|issue|conference|figures|data|report|survey|count|census|review|decision|announcement|statement|update|launch|strike|visit|talks|deal|agreement|storm|floods?|fire|attack)(?![\p{L}])/iu;
/** "in July or September": a month after another one and "or"/"and" is a month too. */
const MONTH_LISTED = new RegExp(String.raw`${MONTH_STRICT}\s*,?\s+(?:or|and)\s+$`, 'u');

export function ruleMonth(text: string, out: Candidate[]): void {
  each(MO, text, (m) => {
    const g = groups(m);
    if (!startsUpper(g['m1']) || (g['m2'] && !startsUpper(g['m2']))) return;
    const m1 = monthOf(g['m1'] ?? '');
    if (m1 === null) return;
    const pre = lower(g['pre']);
    let y1 = g['y1'] ? intOf(g['y1']) : null;
    let y2 = g['y2'] ? intOf(g['y2']) : null;
    let m2 = g['m2'] ? monthOf(g['m2']) : null;
    let end = m.index + m[0].length;
    const sep = lower(g['sep']).trim();
    // "in October 2019 and May 2020": two months, each with its year, are a list, not a range.
    const twoYears = sep === 'and' && y1 !== null && y2 !== null && pre !== 'between';
    if (m2 !== null && (m2 === m1 || twoYears || (sep === 'and' && pre !== 'between' && pre !== 'in'))) {
      m2 = null;
      y2 = null;
      end = (at(m, 'y1') ?? at(m, 'm1'))?.[1] ?? end;
    }
    if (m2 === null && !y1 && DAY_AFTER.test(text.slice(end, end + 12))) return; // "March 10": a day, not a month
    // "in September last year": the month of that year.
    const yearAfter = m2 === null && y1 === null ? YEAR_AFTER.exec(text.slice(end, end + 16)) : null;
    if (yearAfter) {
      end += yearAfter[0].length;
      const rel = lower(yearAfter[1]);
      const s0 = pre && OUTSIDE.has(pre) ? (at(m, 'edge') ?? at(m, 'm1'))![0] : m.index;
      push(out, s0, end, (ctx, phrase) => {
        const first = new Date(ctx.pub.getFullYear() + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), m1, 1);
        const which = rel === 'this' ? 'the year of' : `the year ${rel === 'last' ? 'before' : 'after'} that of`;
        return resolved(
          first,
          endOfMonth(first),
          'month',
          `${quote(phrase)}: ${showMonth(first)}, in ${which} the publication date (${P(ctx.pub)})`,
        );
      });
      return end;
    }
    const edge = edgeOf(g['edge']) ?? (pre.startsWith('the ') ? edgeOf(pre) : null);
    const listed = !pre && MONTH_LISTED.test(text.slice(Math.max(0, m.index - 24), m.index));
    // "the October meeting", "its May election": a month before an event's noun.
    const attributive =
      !pre &&
      m2 === null &&
      ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
      ATTRIBUTIVE_AFTER.test(text.slice(end, end + 24));
    if (!pre && !edge && y1 === null && y2 === null && !listed && !attributive) return;
    if (pre === 'of' && y1 === null && !edge) {
      // "of March" alone is a month only after a period word ("the first week of March").
      if (
        !/\b(?:week|weeks|days?|end|start|beginning|middle|half|part|rest|month|ides|first|last)\s+$/i.test(
          text.slice(Math.max(0, m.index - 20), m.index),
        )
      )
        return;
    }
    const rangeish = m2 !== null;
    let start = m.index;
    const preSpan = at(m, 'pre');
    if (pre && OUTSIDE.has(pre) && !(rangeish && (pre === 'from' || pre === 'between'))) {
      start = (at(m, 'edge') ?? at(m, 'm1'))?.[0] ?? start;
    } else if (preSpan) start = preSpan[0];
    if (m2 !== null && y2 !== null && y1 === null) y1 = m2 < m1 ? y2 - 1 : y2;
    if (m2 !== null && y1 !== null && y2 === null) y2 = m2 < m1 ? y1 + 1 : y1;
    const modifier = monthModifier(pre);
    const finalEnd = end;
    const s = start;
    push(out, s, finalEnd, (ctx, phrase) => {
      let first: Date;
      let reason: string;
      if (y1 !== null) {
        first = new Date(y1, m1, 1);
        reason = m2 === null ? `the text gives the month and year, ${showMonth(first)}` : '';
      } else {
        const picked = pickMonthYear(m1, modifier, ctx.pub, ctx.tense(s, finalEnd), phrase);
        first = picked.date;
        reason = picked.reason;
      }
      if (m2 !== null) {
        const lastYear = y2 ?? (m2 < m1 ? first.getFullYear() + 1 : first.getFullYear());
        const last = endOfMonth(new Date(lastYear, m2, 1));
        const text2 = `the months ${showMonth(first)} to ${showMonth(last)}`;
        return resolved(first, last, 'range', y1 !== null ? `the text gives ${text2}` : `${reason}; ${text2}`);
      }
      if (edge) {
        const [a, b] = applyEdge(first, endOfMonth(first), 'month', edge, ctx.pub);
        return resolved(
          a,
          b,
          'vague',
          `${reason}; ${describeEdge(edge, showMonth(first), ctx.pub)}, an estimate: ${showSpan(a, b)}`,
        );
      }
      return resolved(first, endOfMonth(first), 'month', reason);
    });
    return finalEnd;
  });
}

const QUARTER = new RegExp(
  String.raw`\b(?:(?<pre>in|during|through|throughout|since)\s+)?(?:(?:the\s+)?(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:(?<y>${YEAR})|(?<rel>this|last|next)\s+year)|Q(?<qn>[1-4])\s*(?:of\s+)?(?<y2>${YEAR}))`,
  'gud',
);
const QUARTER_NUM: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

export function ruleQuarter(text: string, out: Candidate[]): void {
  each(QUARTER, text, (m) => {
    const g = groups(m);
    const q = g['qn'] ? intOf(g['qn']) : (QUARTER_NUM[lower(g['q'])] ?? 0);
    if (!q) return;
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const rel = lower(g['rel']);
      const y = g['y']
        ? intOf(g['y'])
        : g['y2']
          ? intOf(g['y2'])
          : ctx.pub.getFullYear() + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      const a = new Date(y, (q - 1) * 3, 1);
      const b = endOfMonth(addMonths(a, 2));
      return resolved(a, b, 'range', `${quote(phrase)}: quarter ${q} of ${y}, ${showSpan(a, b)}`);
    });
  });
}

/** "last quarter", "this quarter", "next quarter", "the previous quarter": calendar quarters from the publication day. */
const QUARTER_RELATIVE =
  /(?<![\p{L}])(?:(?<rel>last|this|next)|the\s+(?<the>previous|current|coming|following))\s+quarter(?![\p{L}\p{N}]|\s+of\b)/dgiu;

export function ruleQuarterRelative(text: string, out: Candidate[]): void {
  each(QUARTER_RELATIVE, text, (m) => {
    const g = groups(m);
    if (g['rel'] && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return; // "the last quarter" of a game
    const word = lower(g['rel'] ?? g['the']);
    const offset =
      word === 'last' || word === 'previous'
        ? -1
        : word === 'next' || word === 'coming' || word === 'following'
          ? 1
          : 0;
    push(out, m.index, m.index + m[0].length, (ctx, phrase) => {
      const first = startOfQuarter(addMonths(ctx.pub, offset * 3));
      const last = endOfMonth(addMonths(first, 2));
      const which = offset === 0 ? 'of' : offset < 0 ? 'before that of' : 'after that of';
      return resolved(
        first,
        last,
        'range',
        `${quote(phrase)}: the calendar quarter ${which} the publication date (${P(ctx.pub)}), ${showSpan(first, last)}`,
      );
    });
  });
}

/**
 * A quarter with no year ("sales rose in the third quarter", "Q3 earnings"). Sports use "the fourth
 * quarter" for a period of play and "Q3" names cars, so it counts only in a sentence about money or the
 * economy. Past tense → the last such quarter to begin by the publication day; future → the first not yet
 * over; no tense → the nearest.
 */
const QUARTER_BARE =
  /\b(?:(?<pre>in|during|through|throughout|since)\s+)?(?:(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)quarter|(?<![\p{L}\p{N}])Q(?<qn>[1-4]))(?![\p{L}\p{N}]|\s+of\b|\s+(?:19|20)\d\d)/dgiu;
const MONEY_CONTEXT =
  /\b(?:earnings|revenues?|profits?|loss(?:es)?|sales|growth|gdp|economy|economic|output|inflation|quarterly|fiscal|results|shipments|deliveries|percent|per\s+cent|year-on-year|year-over-year|margins?|income|spending|investment|exports?|imports?|unemployment)\b|%/iu;

export function ruleQuarterBare(text: string, out: Candidate[]): void {
  if (!MONEY_CONTEXT.test(text)) return;
  each(QUARTER_BARE, text, (m) => {
    const g = groups(m);
    const q = g['qn'] ? intOf(g['qn']) : (QUARTER_NUM[lower(g['q'])] ?? 0);
    if (!q) return;
    const end = m.index + m[0].length;
    push(out, m.index, end, (ctx, phrase) => {
      const y = ctx.pub.getFullYear();
      const spans = [y - 1, y, y + 1].map((yy): [Date, Date] => {
        const a = new Date(yy, (q - 1) * 3, 1);
        return [a, endOfMonth(addMonths(a, 2))];
      });
      const pub = ctx.pub;
      const tense = ctx.tense(m.index, end);
      const label = describeTense(tense);
      let pick: [Date, Date];
      let why: string;
      if (tense.direction === 'past') {
        pick = spans.filter(([a]) => !isAfter(a, pub)).at(-1)!;
        why = `${label}, so the last such quarter to begin by the publication date`;
      } else if (tense.direction === 'future') {
        pick = spans.find(([, b]) => !isBefore(b, pub))!;
        why = `${label}, so the first such quarter not over by the publication date`;
      } else {
        const dist = ([a, b]: [Date, Date]): number =>
          Math.max(0, differenceInCalendarDays(a, pub), differenceInCalendarDays(pub, b));
        pick = spans.reduce((best, c) => (dist(c) < dist(best) ? c : best));
        why = `${label}, so the nearest such quarter to the publication date`;
      }
      const [a, b] = pick;
      return resolved(
        a,
        b,
        'range',
        `${quote(phrase)} with no year: ${why} (${showDay(ctx.pub)}), quarter ${q} of ${a.getFullYear()}, ${showSpan(a, b)}`,
      );
    });
  });
}

// ---- Seasons ------------------------------------------------------------------------------------

const SEASON = new RegExp(
  String.raw`\b(?:(?<pre>in|during|since|until|till|through|throughout|over|by|before|after)\s+)?(?:(?<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the)\s+)?(?:${EDGE})?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>${YEAR}))?(?![\p{L}\p{N}])`,
  'giud',
);
const SEASON_FOLLOWERS = new Set(
  'and or but when as to in on at for with before after is was will has had would the a that this he she they it we there months'.split(
    ' ',
  ),
);
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };

/** Northern-hemisphere meteorological season starting in month `m0` of `year`: three months. */
function seasonSpan(m0: number, year: number): [Date, Date] {
  const a = new Date(year, m0, 1);
  return [a, endOfMonth(addMonths(a, 2))];
}

export function ruleSeason(text: string, out: Candidate[]): void {
  each(SEASON, text, (m) => {
    const g = groups(m);
    const season = g['season'] ?? '';
    const key = season.toLowerCase();
    const rel = lower(g['rel']);
    const pre = lower(g['pre']);
    const y = g['y'] ? intOf(g['y']) : null;
    const end = m.index + m[0].length;
    if (y === null && /^\s+of(?![\p{L}])/u.test(text.slice(end, end + 6))) return; // "the fall of Kabul"
    if (y === null && season !== key) return; // "Arab Spring", "Spring Festival"
    const explicitRel = rel !== '' && rel !== 'the';
    // "after the summer break": the season only describes a noun.
    const follower = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1];
    if (y === null && !explicitRel && follower && !SEASON_FOLLOWERS.has(follower)) return;
    if (y === null && !explicitRel && !(rel === 'the' && pre)) return;
    if (
      key === 'fall' &&
      y === null &&
      !explicitRel &&
      pre !== 'in' &&
      pre !== 'during' &&
      pre !== 'by' &&
      pre !== 'until' &&
      pre !== 'since'
    )
      return;
    const m0 = SEASON_START[key] ?? 0;
    const edge = edgeOf(g['edge']);
    const start =
      pre && !OUTSIDE.has(pre) ? m.index : ((at(m, 'rel') ?? at(m, 'edge') ?? at(m, 'season'))?.[0] ?? m.index);
    push(out, start, end, (ctx, phrase) => {
      const pub = ctx.pub;
      const py = pub.getFullYear();
      let span: [Date, Date];
      let why: string;
      if (y !== null) {
        if (key === 'winter') {
          span = [new Date(y, 0, 1), endOfYear(new Date(y, 0, 1))];
          why = `winter ${y} can mean its January–February or its December, so the whole year`;
        } else {
          span = seasonSpan(m0, y);
          why = `${key} ${y}`;
        }
      } else {
        const instances = [py - 2, py - 1, py, py + 1].map((yy) => seasonSpan(m0, yy));
        const containing = instances.find(([a, b]) => pub >= a && pub <= b);
        const lastBefore = instances.filter(([, b]) => b < pub).at(-1)!;
        const firstAfter = instances.find(([a]) => a > pub)!;
        if (rel === 'this') {
          span = containing ?? (key === 'winter' && pub.getMonth() < 2 ? instances[1]! : instances[2]!);
          why = containing
            ? `the ${key} the publication date (${P(pub)}) falls in`
            : `the ${key} of the year of publication (${P(pub)})`;
        } else if (rel === 'last' || rel === 'this past' || rel === 'the past') {
          span = lastBefore;
          why = `the last ${key} before the publication date (${P(pub)})`;
        } else if (rel === 'next' || rel === 'this coming' || rel === 'the coming') {
          span = firstAfter;
          why = `the first ${key} after the publication date (${P(pub)})`;
        } else {
          const tense =
            pre === 'since' ? ({ direction: 'past', kind: 'past', evidence: 'since' } as Tense) : ctx.tense(start, end);
          const label = pre === 'since' ? '"since" looks back' : describeTense(tense);
          if (tense.direction === 'past') {
            span = instances.filter(([a]) => a <= pub).at(-1)!;
            why = `${label}, so the last ${key} up to the publication date (${P(pub)})`;
          } else if (tense.direction === 'future') {
            span = instances.find(([, b]) => b >= pub)!;
            why = `${label}, so the next ${key} from the publication date (${P(pub)})`;
          } else {
            span = containing ?? instances[2]!;
            why = `${label}, so the ${key} of the year of publication (${P(pub)})`;
          }
        }
      }
      let [a, b] = span;
      if (edge) [a, b] = applyEdge(a, b, 'span', edge, pub);
      // A season is a range of days, like a quarter (the blind fixtures' convention), its bounds the meteorological ones.
      return resolved(
        a,
        b,
        'range',
        `${quote(phrase)}: ${why}${edge ? `; ${describeEdge(edge, 'that season', pub)}` : ''}; northern-hemisphere meteorological seasons: ${showSpan(a, b)}`,
      );
    });
  });
}
