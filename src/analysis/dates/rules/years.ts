/**
 * Years ("in 2019", "since 2017", "the 2023-24 season", "2023's"), decades ("the 1990s") and centuries.
 */
import { endOfYear, startOfYear } from 'date-fns';
import { quote, resolved } from '../calendar.ts';
import { tokenAt } from '../../tokens.ts';
import { YEAR, YEAR_COUNT_NOUNS } from '../lexicon.ts';
import { applyEdge, describeEdge, edgeOf, showSpan } from '../resolve.ts';
import { type Candidate, type TokensOf, groups, at, each, intOf, lower, push, EDGE, OUTSIDE } from './shared.ts';

// ---- Years --------------------------------------------------------------------------------------

const YEAR_PRE = String.raw`in|since|during|until|till|through|throughout|from|of|before|after|by|between|for|as\s+of|circa|the\s+years?|the\s+(?:end|start|beginning|middle|rest|first\s+half|second\s+half)\s+of|early|late|mid`;
const YR = new RegExp(
  String.raw`\b(?<pre>${YEAR_PRE})(?:\s+|-|–)(?:${EDGE})?(?<y1>${YEAR})(?:(?<sep>\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+)(?<y2>${YEAR}|\d{2}(?![\p{L}\p{N}])))?`,
  'giud',
);
/** Words before a preposition that make the number after it a quantity ("rose by 2000"). */
const QUANTITY_BEFORE =
  /(?:^|[^\p{L}])(?:rose|fell|increased|decreased|grew|dropped|jumped|climbed|declined|up|down|totaled|totalled|reached|exceeded|more|less|fewer|total|sum|number|out|maximum|minimum|average|tally|count|population|estimated|cut|reduced|boosted|raised|lowered|some|about|nearly|almost|over|around|than|score|scored)\s+$/iu;
const PHRASE_YEAR_PRE = new Set([
  'in',
  'since',
  'during',
  'until',
  'till',
  'through',
  'throughout',
  'as of',
  'the year',
  'the years',
  'early',
  'late',
  'mid',
  'circa',
]);

function nextWordAfter(text: string, end: number): string {
  const m = /^\s*([\p{L}]+)/u.exec(text.slice(end, end + 30));
  return (m?.[1] ?? '').toLowerCase();
}

function yearRange(y: number): [Date, Date] {
  const first = new Date(y, 0, 1);
  return [startOfYear(first), endOfYear(first)];
}

export function ruleYear(text: string, out: Candidate[]): void {
  each(YR, text, (m) => {
    const g = groups(m);
    const pre = lower(g['pre']);
    const y1 = intOf(g['y1']);
    let end = m.index + m[0].length;
    let y2: number | null = null;
    const sep = lower(g['sep']).trim();
    if (g['y2']) {
      const raw = g['y2'];
      const v = raw.length === 2 ? Math.floor(y1 / 100) * 100 + intOf(raw) : intOf(raw);
      const sepOk = sep === 'and' ? pre === 'between' : true;
      if (sepOk && v > y1 && v - y1 <= 200) y2 = v;
      else end = at(m, 'y1')?.[1] ?? end;
    }
    if (YEAR_COUNT_NOUNS.has(nextWordAfter(text, end))) return;
    if (/^\s*(?:%|percent|per\s+cent)/iu.test(text.slice(end, end + 10))) return;
    const quantityProne =
      pre === 'by' ||
      pre === 'for' ||
      pre === 'of' ||
      pre === 'from' ||
      pre === 'between' ||
      pre === 'before' ||
      pre === 'after' ||
      pre === 'circa';
    if (quantityProne && (y1 < 1500 || QUANTITY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))) return;
    if (pre === 'between' && y2 === null) return;
    const edge = edgeOf(g['edge']) ?? edgeOf(pre);
    let start = m.index;
    if (
      !PHRASE_YEAR_PRE.has(pre) &&
      !pre.startsWith('the ') &&
      !(y2 !== null && (pre === 'from' || pre === 'between'))
    ) {
      start = (at(m, 'edge') ?? at(m, 'y1'))?.[0] ?? start;
    }
    const s = start;
    const e = end;
    const second = y2;
    push(out, s, e, (ctx, phrase) => {
      const [a] = yearRange(y1);
      if (second !== null) {
        const [, b] = yearRange(second);
        return resolved(a, b, 'range', `the text gives the years ${y1} to ${second}`);
      }
      const [, b] = yearRange(y1);
      if (edge) {
        const [ea, eb] = applyEdge(a, b, 'year', edge, ctx.pub);
        return resolved(
          ea,
          eb,
          'vague',
          `${quote(phrase)}: ${describeEdge(edge, String(y1), ctx.pub)}, an estimate: ${showSpan(ea, eb)}`,
        );
      }
      if (pre === 'since') return resolved(a, b, 'year', `${quote(phrase)}: the year ${y1}, where the period begins`);
      return resolved(a, b, 'year', `the text gives the year, ${y1}`);
    });
    return e;
  });
}

const YEAR_POSS = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£#.,/])(?<y>(?:1[5-9]|20|21)\d{2})(?=['’]s(?![\p{L}\p{N}]))`,
  'giud',
);
const YEAR_DET = new RegExp(
  String.raw`\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?<y>(?:19|20)\d{2})(?:[-–](?<y2>(?:19|20)\d{2}|\d{2}))?(?=\s+[\p{L}])`,
  'giud',
);

export function ruleYearModifier(text: string, out: Candidate[]): void {
  const add = (y: number, start: number, end: number, why: string): void =>
    push(out, start, end, () => {
      const [a, b] = yearRange(y);
      return resolved(a, b, 'year', why);
    });
  each(YEAR_POSS, text, (m) => {
    const span = at(m, 'y');
    if (!span) return;
    const y = intOf(groups(m)['y']);
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, span[0] - 6), span[0])) && y % 10 === 0) return; // "the 1990's"
    add(y, span[0], span[1], `the text gives the year, ${y}`);
  });
  each(YEAR_DET, text, (m) => {
    const span = at(m, 'y');
    if (!span) return;
    if (YEAR_COUNT_NOUNS.has(nextWordAfter(text, span[1]))) return;
    const y = intOf(groups(m)['y']);
    const raw2 = groups(m)['y2'];
    if (raw2) {
      // "the 1950-53 Korean War", "the 2023-24 season": a span of years.
      const y2 = raw2.length === 2 ? Math.floor(y / 100) * 100 + intOf(raw2) : intOf(raw2);
      const whole = at(m, 'y2');
      if (!(y2 > y && y2 - y <= 200) || !whole) return;
      push(out, span[0], whole[1], () =>
        resolved(yearRange(y)[0], yearRange(y2)[1], 'range', `the text gives the years ${y} to ${y2}`),
      );
      return;
    }
    add(y, span[0], span[1], `the text gives the year, ${y}`);
  });
}

const DECADE = new RegExp(
  String.raw`\b(?:(?<pre>in|during|since|through|throughout|until|till|from|by|of)\s+)?(?<the>the\s+)?(?:${EDGE})?(?<dec>(?:1\d|20)\d0)(?<ap>['’])?s(?![\p{L}\p{N}])`,
  'giud',
);

export function ruleDecade(text: string, out: Candidate[]): void {
  each(DECADE, text, (m) => {
    const g = groups(m);
    if (g['ap'] && !g['the']) return;
    const dec = intOf(g['dec']);
    const pre = lower(g['pre']);
    const start =
      pre && !OUTSIDE.has(pre) ? m.index : ((at(m, 'the') ?? at(m, 'edge') ?? at(m, 'dec'))?.[0] ?? m.index);
    const end = m.index + m[0].length;
    const edge = edgeOf(g['edge']);
    push(out, start, end, (ctx, phrase) => {
      const a = new Date(dec, 0, 1);
      const b = endOfYear(new Date(dec + 9, 0, 1));
      if (edge) {
        const [ea, eb] = applyEdge(a, b, 'span', edge, ctx.pub);
        return resolved(
          ea,
          eb,
          'vague',
          `${quote(phrase)}: ${describeEdge(edge, `the decade ${dec}–${dec + 9}`, ctx.pub)}, an estimate: ${showSpan(ea, eb)}`,
        );
      }
      return resolved(a, b, 'range', `${quote(phrase)}: the decade ${dec}–${dec + 9}`);
    });
  });
}

const ORDINAL_CENTURY: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
};
const CENTURY = new RegExp(
  String.raw`\b(?:(?<pre>in|during|since|through|throughout|until|till|from|by|of)\s+)?(?<the>the\s+)?(?:(?<part>first|early|opening|last|final|closing)\s+(?:years|decades)\s+of\s+the\s+)?(?:${EDGE})?(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<word>${Object.keys(ORDINAL_CENTURY).join('|')}))[\s-]+century(?![\p{L}\p{N}])`,
  'giud',
);

/** "the 18th century" (1701–1800), "the early 20th century", "in the twenty-first century". */
export function ruleCentury(text: string, out: Candidate[]): void {
  each(CENTURY, text, (m) => {
    const g = groups(m);
    const n = g['n'] ? intOf(g['n']) : (ORDINAL_CENTURY[lower(g['word'])] ?? 0);
    if (n < 1 || n > 22) return;
    if (/Century$/.test(m[0])) return; // "21st Century Fox": a name
    const pre = lower(g['pre']);
    const start =
      pre && !OUTSIDE.has(pre)
        ? m.index
        : ((at(m, 'the') ?? at(m, 'edge') ?? at(m, 'n') ?? at(m, 'word'))?.[0] ?? m.index);
    // "the first years of the 20th century": its early part.
    const part = lower(g['part']);
    const edge = edgeOf(g['edge']) ?? (part ? edgeOf(/^(?:first|early|opening)$/.test(part) ? 'early' : 'late') : null);
    push(out, start, m.index + m[0].length, (ctx, phrase) => {
      const a = new Date((n - 1) * 100 + 1, 0, 1);
      const b = endOfYear(new Date(n * 100, 0, 1));
      const named = `the century ${a.getFullYear()}–${b.getFullYear()}`;
      if (!edge) return resolved(a, b, 'range', `${quote(phrase)}: ${named}`);
      const [ea, eb] = applyEdge(a, b, 'span', edge, ctx.pub);
      return resolved(
        ea,
        eb,
        'vague',
        `${quote(phrase)}: ${describeEdge(edge, named, ctx.pub)}, an estimate: ${showSpan(ea, eb)}`,
      );
    });
  });
}

const BARE_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£#.,/:\-])(?<y>(?:18|19|20)\d{2})(?![\p{L}\p{N}]|[.,:]\d|\s*%|\s*[-–]\s*\d|['’]s)`,
  'gdu',
);
/** Words after which a year stands alone: a list ("in 2024 and 2025"), a comparison ("compared to 2012"), a citation. */
const BARE_YEAR_BEFORE = /(?:^|[(,;—–]|(?:^|[^\p{L}])(?:and|or|to|than|versus|vs\.?|with))\s*$/iu;

/** A year on its own: "2013 could be a peak year", "compared to 2012", "in 2024 and 2025", "(Plume, 2013)". */
export function ruleBareYear(text: string, out: Candidate[], tokensOf: TokensOf): void {
  each(BARE_YEAR, text, (m) => {
    const y = intOf(groups(m)['y']);
    const end = m.index + m[0].length;
    if (!BARE_YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    // ", 2000 lorries", ", 2000 of them": a number counting what follows.
    const tokens = tokensOf();
    const next = tokens[tokenAt(tokens, end)];
    if (next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.lower === 'of' || YEAR_COUNT_NOUNS.has(next.lower)))
      return;
    push(out, m.index, end, (ctx) => {
      if (y > ctx.pub.getFullYear() + 50) return null;
      const [a, b] = yearRange(y);
      return resolved(a, b, 'year', `the text gives the year, ${y}`);
    });
  });
}
