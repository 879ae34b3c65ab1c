/** Which way in time a sentence points from where it stands. */
export type Tense = 'past' | 'future' | 'unknown';

// Besides will/shall: plans, and the present tense that news uses for timetables ("repairs start on Monday").
const FUTURE =
  /^(?:will|shall|would|'ll|scheduled|expected|plans?|planned|set|due|upcoming|going|expects|intends|aims|hopes|starts?|begins?|opens?|reopens?|resumes?|closes?|ends?|runs?|meets?|arrives?|leaves?|takes)$/i;
const PAST =
  /^(?:was|were|had|did|said|told|met|held|began|took|gave|made|came|went|left|spoke|wrote|sent|saw|won|lost|ran|led|fell|rose|announced|reported)$/i;
const NOT_VERBS =
  /^(?:need|speed|red|bed|hundred|seed|feed|shed|united|advanced|armed|based|related|limited|detailed|alleged|so-called|red)$/i;
const BE_PRESENT = /^(?:is|are|am|'s|'re)$/i;
const WINDOW = 12;

/**
 * The tense of the verb that most likely governs the words at [start, end): the nearest tense marker
 * before them, else the nearest after them ("announced on Thursday", "will mark ... on Saturday", "is leading ... On Saturday",
 * present progressive meaning a planned future).
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const before = words(sentence.slice(0, start)).slice(-WINDOW).reverse();
  const after = words(sentence.slice(end)).slice(0, WINDOW);
  const left = firstMarker(before, true);
  const right = firstMarker(after, false);
  // Mid-sentence, the governing verb comes first ("will brief the board on Thursday, her spokesman said");
  // a sentence that opens with the date has its verb after it ("On Thursday, KCNA announced").
  return left?.tense ?? right?.tense ?? 'unknown';
}

function words(text: string): string[] {
  return text
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/’/g, "'"));
}

function firstMarker(list: readonly string[], reversed: boolean): { tense: Tense; distance: number } | undefined {
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const previous = reversed ? list[i + 1] : list[i - 1];
    if (FUTURE.test(word)) return { tense: 'future', distance: i };
    if (/ing$/i.test(word) && previous && BE_PRESENT.test(previous)) return { tense: 'future', distance: i };
    if (BE_PRESENT.test(word) && list[reversed ? i - 1 : i + 1]?.match(/ing$/i))
      return { tense: 'future', distance: i };
    if (PAST.test(word) || (/[a-z]ed$/.test(word) && !NOT_VERBS.test(word) && word.length > 4))
      return { tense: 'past', distance: i };
  }
  return undefined;
}
