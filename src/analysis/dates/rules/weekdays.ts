/**
 * Weekdays: "on Thursday", "last Friday", "Monday through Wednesday", "late Tuesday night"; the tense of the
 * verb that governs a bare weekday decides its direction.
 */
import { addDays, nextDay, type Day } from 'date-fns';
import { quote, resolved, showDay } from '../calendar.ts';
import { WEEKDAY, WEEKDAY_NAMES, weekdayOf } from '../lexicon.ts';
import { period, pickWeekday, type WeekdayModifier } from '../resolve.ts';
import { NO_TENSE } from '../tense.ts';
import { type Candidate, groups, at, each, lower, push } from './shared.ts';

// ---- Weekdays -----------------------------------------------------------------------------------

const WD = new RegExp(
  String.raw`\b(?:(?<pre>early\s+on|late\s+on|earlier|later|early|late|on|since|until|till|through|from|by|before|after)\s+)?(?:(?<mod>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?(?<wd>${WEEKDAY})(?:\s+(?<part>morning|afternoon|evening|night|noon|midday))?(?:(?<sep>\s*[-–]\s*|\s+(?:to|through|thru|until|till|and)\s+)(?<wd2>${WEEKDAY}))?`,
  'giud',
);
const WD_NAME_BEFORE =
  /(?:^|[^\p{L}])(?:Good|Black|Cyber|Super|Ash|Holy|Maundy|Palm|Easter|Bloody|Giving|Fat|Shrove|Low|Clean|Great|Whit|Trinity|Blue|Manic|Man|Girl|Mail\s+on|Observer\s+on)\s+$/u;
const WD_NAME_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Mail|Star|Sport|People|Review|Magazine|Edition|Night\s+Live|Morning\s+Show|Today|World|Journal|Globe|Club|School|Service|Gazette|Sun|Record|Observer|Business|Briefing|Show|Programme|Program|Prayers?|Market)(?![\p{L}])/u;

/** Lowercase nouns after which a weekday names a kind of thing ("Sunday school"), not a day. */
const WD_NOUN_AFTER =
  /^\s+(?:school|schools|service|services|supplement|supplements|paper|papers|newspaper|newspapers|edition|editions|league|leagues|best|roast|trading|shift|shifts|opening|openings|hours)(?![\p{L}])/iu;

/** "the first Monday of October": an ordinal makes the weekday one of a month's, not a date of its own. */
const ORDINAL_BEFORE = /(?:first|second|third|fourth|fifth|last|final|\d(?:st|nd|rd|th))\s+$/iu;
/** "Monday last week", "Tuesday of next week". */
const WEEK_AFTER = /^\s+(?:of\s+)?(last|next|this)\s+week(?![\p{L}\p{N}])/iu;
const WEEK_WORDS = ['last week', 'this week', 'next week'];

function weekdayModifier(mod: string): WeekdayModifier {
  if (mod === 'last' || mod === 'this past' || mod === 'past') return 'last';
  if (mod === 'next' || mod === 'this coming' || mod === 'coming') return 'next';
  if (mod === 'this') return 'this';
  return 'none';
}

// "Earlier Friday, the ministry said…" (AP style) keeps "Earlier" in the phrase; the tense still decides the day.
const WD_PHRASE_PRE = new Set([
  'on',
  'since',
  'until',
  'till',
  'through',
  'early',
  'late',
  'earlier',
  'later',
  'early on',
  'late on',
]);

export function ruleWeekday(text: string, out: Candidate[]): void {
  each(WD, text, (m) => {
    const g = groups(m);
    const wdSpan = at(m, 'wd');
    if (!wdSpan) return;
    const target = weekdayOf(g['wd'] ?? '');
    if (target === null) return;
    const pre = lower(g['pre']);
    const mod = lower(g['mod']);
    if (!pre && !mod && WD_NAME_BEFORE.test(text.slice(Math.max(0, wdSpan[0] - 16), wdSpan[0]))) return;
    if (/(?:^|[^\p{L}])(?:every|each)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) return; // habitual
    const after = text.slice(wdSpan[1], wdSpan[1] + 24);
    if (WD_NAME_AFTER.test(after) || WD_NOUN_AFTER.test(after)) return;
    if (ORDINAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && /^\s+of(?![\p{L}])/u.test(after)) return;
    let end = m.index + m[0].length;
    // "Monday last week", "Tuesday of next week": the weekday of that week.
    const week = g['wd2'] || g['part'] ? null : WEEK_AFTER.exec(text.slice(end, end + 24));
    if (week && !mod) {
      const offset = lower(week[1]) === 'last' ? -1 : lower(week[1]) === 'next' ? 1 : 0;
      const start = pre && !WD_PHRASE_PRE.has(pre) ? wdSpan[0] : m.index;
      const weekEnd = end + week[0].length;
      push(out, start, weekEnd, (ctx, phrase) => {
        const monday = period('week', ctx.pub, offset)[0];
        const day = addDays(monday, (target + 6) % 7);
        return resolved(
          day,
          day,
          'day',
          `${quote(phrase)}: the ${WEEKDAY_NAMES[target]} of ${WEEK_WORDS[offset + 1]} (the Monday-to-Sunday week ${offset === 0 ? 'of' : offset < 0 ? 'before that of' : 'after that of'} the publication date, ${showDay(ctx.pub)}), ${showDay(day)}`,
        );
      });
      return weekEnd;
    }
    let second: number | null = null;
    if (g['wd2']) {
      const t2 = weekdayOf(g['wd2']);
      const sep = lower(g['sep']).trim();
      if (t2 !== null && t2 !== target && (sep !== 'and' || t2 === (target + 1) % 7)) second = t2;
      else end = (at(m, 'part') ?? wdSpan)[1];
    }
    let start = m.index;
    if (pre && !WD_PHRASE_PRE.has(pre) && !(second !== null && pre === 'from')) start = (at(m, 'mod') ?? wdSpan)[0];
    const modifier = weekdayModifier(mod);
    const s = start;
    const e = end;
    push(
      out,
      s,
      e,
      (ctx, phrase) => {
        const tense = modifier === 'last' || modifier === 'next' ? NO_TENSE : ctx.tense(s, e);
        const picked = pickWeekday(target, modifier, pre, ctx.pub, tense, phrase);
        if (second === null) return resolved(picked.date, picked.date, 'day', picked.reason);
        const last = nextDay(picked.date, second as Day);
        return resolved(
          picked.date,
          last,
          'range',
          `${picked.reason}; through the ${WEEKDAY_NAMES[second]} after it, ${showDay(last)}`,
        );
      },
      second === null && !mod ? { weekday: target } : {},
    );
    return e;
  });
}
