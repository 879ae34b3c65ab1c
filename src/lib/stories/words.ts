/** One word of a text: its comparison form and where it stands. */
export interface Word {
  /** Lower case, curly apostrophes straightened: what comparisons use. */
  norm: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

// A word: letters and digits, with an apostrophe or hyphen inside it ("children's", "co-exist").
const WORD = /[\p{L}\p{N}]+(?:['’‑-][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order; punctuation and quotation marks are not words. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    norm: match[0].toLowerCase().replace(/[’‑]/g, (c) => (c === '’' ? "'" : '-')),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

// Words that carry no content of their own: whether two quotes are the same remark is decided without them.
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those and or but nor so yet of to in on at by for with from into onto about as than ' +
    'then if is are was were be been being am it its we us our ours i me my you your he him his she her they them ' +
    'their there here what which who whom whose how when where why do does did done has have had having will would ' +
    'shall should can could may might must not no yes also just very too own such some any all both each ' +
    "it's i'm we're they're don't doesn't didn't isn't aren't wasn't weren't can't won't wouldn't shouldn't"
  ).split(' '),
);

/** True for a word that carries content (not an article, pronoun, preposition, conjunction or auxiliary). */
export function isContentWord(norm: string): boolean {
  return !FUNCTION_WORDS.has(norm);
}

/** The content words of a list of words. */
export function contentWords(words: readonly Word[]): Word[] {
  return words.filter((word) => isContentWord(word.norm));
}
