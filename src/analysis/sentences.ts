/** A sentence as offsets into its paragraph's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev revd hon pres adm cmdr maj fr msgr det insp supt cllr pte cpl brig coun ald atty asst commr comr dep lieut supv'.split(
    ' ',
  ),
);

const CANDIDATE_END = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[A-Z0-9])/g;

/** Splits a paragraph into sentences; knows abbreviations ("Sept.", "Mr."), initials and dotted acronyms ("U.S."). */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(text, match.index)) continue;
    if (end > start) sentences.push({ start, end });
    start = skipSpace(text, end);
  }
  const last = text.trimEnd().length;
  if (last > start) sentences.push({ start, end: last });
  return sentences;
}

/** Whether the period at `dot` ends a sentence rather than an abbreviation. */
function endsSentence(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  if (word.length === 0) return true;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return dottedAcronymEndsSentence(text, dot); // "U.S", "D.P.R.K"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

// "the U.S. The next day" ends a sentence; "U.S. Intelligence" does not: guess by the next word.
function dottedAcronymEndsSentence(text: string, dot: number): boolean {
  const next = /^\.\s+["“‘(]?(\p{L}+)/u.exec(text.slice(dot))?.[1] ?? '';
  return /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|There)$/.test(next);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
