/**
 * Where a clause ends, over tagged tokens: the date engine looks for a date's governing verb inside its clause,
 * and event summaries cut only at clause boundaries.
 */
import type { Token } from '../tokens.ts';

const BOUNDARY_PUNCT = new Set([
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '«',
  '»',
  '—',
  '–',
  '―',
  '-',
  '--',
  '?',
  '!',
  '‘',
  '„',
  '’',
  "'",
]);
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '‘', '’', '„', "'"]);
/** Words that open a subordinate or relative clause. */
export const SUBORDINATORS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'whether',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'unless',
  'if',
  'when',
  'whenever',
]);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'so']);
/** After a comma these open a verbless phrase ("…, after a tense session on Wednesday") the main verb does not govern. */
const COMMA_PREPOSITIONS = new Set(['after', 'before', 'following', 'amid', 'despite']);

const isWordToken = (t: Token | undefined): boolean => !!t && t.pos !== 'PUNCT' && t.pos !== 'SYM';

/** Whether token i ends the clause before it (or starts a new one). A missing token is a boundary. */
export function clauseBoundary(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return true;
  if (!isWordToken(t)) {
    // A partial quote between words ("had lost “a significant share” of its") is inside the clause.
    if (QUOTE_MARKS.has(t.text) && isWordToken(toks[i - 1]) && isWordToken(toks[i + 1])) return false;
    return BOUNDARY_PUNCT.has(t.text);
  }
  if (SUBORDINATORS.has(t.lower)) return true;
  return (COORDINATORS.has(t.lower) || COMMA_PREPOSITIONS.has(t.lower)) && toks[i - 1]?.text === ',';
}
