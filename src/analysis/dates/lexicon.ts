/**
 * Words and regular-expression pieces for dates in English news text.
 * Regex sources are plain strings meant for the `u` and `i` flags.
 */

const MONTH_LOOKUP = new Map<string, number>([
  ['january', 0],
  ['jan', 0],
  ['february', 1],
  ['feb', 1],
  ['march', 2],
  ['mar', 2],
  ['april', 3],
  ['apr', 3],
  ['may', 4],
  ['june', 5],
  ['jun', 5],
  ['july', 6],
  ['jul', 6],
  ['august', 7],
  ['aug', 7],
  ['september', 8],
  ['sept', 8],
  ['sep', 8],
  ['october', 9],
  ['oct', 9],
  ['november', 10],
  ['nov', 10],
  ['december', 11],
  ['dec', 11],
]);

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Index 0–11 of a month name or abbreviation ("Sept.", "sep", "March"), else null. */
export function monthOf(word: string): number | null {
  return MONTH_LOOKUP.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Indexed like `Date.getDay()`: 0 is Sunday. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function weekdayOf(word: string): number | null {
  const i = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === word.toLowerCase());
  return i < 0 ? null : i;
}

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  'a dozen': 12,
  'a hundred': 100,
  hundred: 100,
};

/** The number a count word stands for ("two", "24", "twenty-five", "a"); null for vague ones ("a few"). */
export function numberOf(text: string): number | null {
  const word = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const direct = UNITS[word];
  if (direct !== undefined) return direct;
  const compound =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(
      word,
    );
  if (compound) return (UNITS[compound[1] ?? ''] ?? 0) + (UNITS[compound[2] ?? ''] ?? 0);
  return null;
}

/** Count words that say "some", not how many. */
export const VAGUE_COUNT = /^(?:a\s+few|few|several|some|many|a\s+couple(?:\s+of)?|couple\s+of)$/i;

// ---- Regex pieces -------------------------------------------------------------------------------

const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Month names and abbreviations, the period optional ("Sept. 10", "Sep 10", "September 10"). */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?!\p{L})`;

/** Month names, abbreviations only with their period: a month standing alone ("in Sept.", "in March"). */
export const MONTH_STRICT = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)${NOT_WORD_AFTER}`;

/** Nouns that, after a number, make it a count rather than a day or a year. */
const COUNT_NOUN = String.raw`(?:people|persons|men|women|children|kids|soldiers|troops|others|times|years|days|weeks|months|hours|minutes|seconds|percent|per\s+cent|million|billion|thousand|miles|km|kilometers|kilometres|meters|metres|feet|dollars|euros|pounds|yuan|won|rubles|roubles|yen|points|votes|seats|units|cases|deaths)`;

/** A day of the month, 1–31, optionally ordinal; not part of a longer number, a time, or a count. */
export const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[.,:]\d|\s*%|\s+${COUNT_NOUN}${NOT_WORD_AFTER}|\s*[ap]\.?m\.?(?![\p{L}]))`;

/** A four-digit year 1000–2199, not part of a longer number ("2,000", "2023.5", "2023%"). */
export const YEAR = String.raw`(?:1\d{3}|2[01]\d{2})(?![\p{L}\p{N}]|[.,]\d|\s*%)`;

/** Count words for "N days ago", "the past two weeks". */
export const NUM = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a\s+dozen|a\s+hundred|a\s+few|a\s+couple(?:\s+of)?|couple\s+of|few|several|some|many)`;

export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)${NOT_WORD_AFTER}`;

/** Nouns after a bare four-digit number that make it a count, not a year ("in 2000 cases"). */
export const YEAR_COUNT_NOUNS = new Set([
  'people',
  'persons',
  'men',
  'women',
  'children',
  'kids',
  'soldiers',
  'troops',
  'residents',
  'members',
  'workers',
  'employees',
  'protesters',
  'protestors',
  'demonstrators',
  'students',
  'cases',
  'deaths',
  'civilians',
  'refugees',
  'migrants',
  'votes',
  'voters',
  'units',
  'homes',
  'houses',
  'jobs',
  'tons',
  'tonnes',
  'miles',
  'km',
  'kilometers',
  'kilometres',
  'meters',
  'metres',
  'feet',
  'dollars',
  'euros',
  'pounds',
  'yuan',
  'won',
  'rubles',
  'roubles',
  'yen',
  'points',
  'copies',
  'delegates',
  'seats',
  'acres',
  'hectares',
  'barrels',
  'calories',
  'words',
  'pages',
  'cars',
  'vehicles',
  'rockets',
  'missiles',
  'drones',
  'shells',
  'prisoners',
  'hostages',
  'fighters',
  'officers',
  'police',
  'patients',
  'visitors',
  'participants',
  'attendees',
  'guests',
  'companies',
  'firms',
  'sites',
  'items',
  'years',
  'days',
  'hours',
  'minutes',
  'times',
  'percent',
  'others',
  'more',
  'fewer',
  'less',
  'troopers',
  'personnel',
  'households',
  'families',
  'animals',
  'head',
  'strong',
  'rpm',
  'mph',
  'kph',
  'gmt',
  'utc',
  'hrs',
]);

/** Holidays on one day, as copy writes them ("New Year's Eve", "St Patrick's Day"): a date, never a name. */
export const HOLIDAY_NAMES = String.raw`\b(?<name>New Year['’]s (?:Eve|Day)|Christmas (?:Eve|Day)|Boxing Day|Hallowe['’]?en|Valentine['’]s Day|(?:St\.?|Saint) Patrick['’]s Day|Bonfire Night|Guy Fawkes Night|Remembrance Day|Armistice Day|Veterans['’]? Day|Anzac Day|Australia Day|Waitangi Day|Canada Day|Bastille Day|Juneteenth|Thanksgiving(?: Day)?)`;
