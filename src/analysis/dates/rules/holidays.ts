/**
 * Holidays that fall on one day: "New Year's Eve", "Christmas Day", "Boxing Day", "Halloween", "St Patrick's
 * Day", "Anzac Day", and US Thanksgiving (the fourth Thursday of November). Without a year, the verb that governs
 * the phrase says which one, as for a month-day ("regulars gathered on New Year's Eve" in a January copy is the
 * one just gone). "Christmas" alone is a season, not a day, and is left alone.
 */
import { addDays, getDay } from 'date-fns';
import { makeDate, quote, resolved, showDay } from '../calendar.ts';
import { HOLIDAY_NAMES, YEAR } from '../lexicon.ts';
import { pickDayYear } from '../resolve.ts';
import { type Candidate, DAY_LEAD, each, groups, intOf, leadIn, push } from './shared.ts';

/** Month (0-based) and day of each fixed holiday, keyed by the lowercased name with straight apostrophes. */
const FIXED: Readonly<Record<string, [number, number]>> = {
  "new year's eve": [11, 31],
  "new year's day": [0, 1],
  'christmas eve': [11, 24],
  'christmas day': [11, 25],
  'boxing day': [11, 26],
  halloween: [9, 31],
  "hallowe'en": [9, 31],
  "valentine's day": [1, 14],
  "st patrick's day": [2, 17],
  "st. patrick's day": [2, 17],
  "saint patrick's day": [2, 17],
  'bonfire night': [10, 5],
  'guy fawkes night': [10, 5],
  'remembrance day': [10, 11],
  'armistice day': [10, 11],
  'veterans day': [10, 11],
  "veterans' day": [10, 11],
  'anzac day': [3, 25],
  'australia day': [0, 26],
  'waitangi day': [1, 6],
  'canada day': [6, 1],
  'bastille day': [6, 14],
  juneteenth: [5, 19],
};

const HOLIDAY = new RegExp(String.raw`${HOLIDAY_NAMES}(?:,?\s+(?<y>${YEAR}))?(?![\p{L}\p{N}])`, 'gu');

export function ruleHoliday(text: string, out: Candidate[]): void {
  each(HOLIDAY, text, (m) => {
    const g = groups(m);
    const name = g['name']!.toLowerCase().replace(/’/g, "'");
    const year = g['y'] ? intOf(g['y']) : null;
    const start = leadIn(text, m.index, DAY_LEAD);
    push(
      out,
      start,
      m.index + m[0].length,
      (ctx, phrase) => {
        if (name.startsWith('thanksgiving')) {
          if (year !== null) return thanksgiving(year, phrase, '');
          // The one the verb points to: the last one for a past verb, the next one for a future verb.
          const direction = ctx.tense(start, m.index + m[0].length).direction;
          const pub = ctx.pub.getFullYear();
          const here = fourthThursday(pub);
          const y =
            direction === 'past' && here > ctx.pub ? pub - 1 : direction === 'future' && here < ctx.pub ? pub + 1 : pub;
          return thanksgiving(
            y,
            phrase,
            `, the one ${direction === 'past' ? 'before' : 'nearest'} the publication date`,
          );
        }
        const [month0, day] = FIXED[name] ?? [NaN, NaN];
        if (Number.isNaN(month0)) return null;
        if (year !== null) {
          const date = makeDate(year, month0, day);
          return date ? resolved(date, date, 'day', `${quote(phrase)}: ${showDay(date)}`) : null;
        }
        const picked = pickDayYear(month0, day, ctx.pub, ctx.tense(start, m.index + m[0].length), phrase, false);
        return picked ? resolved(picked.date, picked.date, 'day', picked.reason) : null;
      },
      { explicitDay: true },
    );
  });
}

/** US Thanksgiving, the fourth Thursday of November of `year`; `which` says how the year was chosen. */
function thanksgiving(year: number, phrase: string, which: string) {
  const date = fourthThursday(year);
  return resolved(date, date, 'day', `${quote(phrase)}: the fourth Thursday of November${which}, ${showDay(date)}`);
}

function fourthThursday(year: number): Date {
  const first = new Date(year, 10, 1);
  return addDays(first, ((4 - getDay(first) + 7) % 7) + 21);
}
