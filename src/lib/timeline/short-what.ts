/** Words that do not end a short label: "Forum is", "Delegation to" read as cut. */
const WEAK = new Set(
  'a an the of to in on at for by with and or but that which who is was are were will would be been has have had its his her their as from after before than this these those'.split(
    ' ',
  ),
);

/**
 * A few words from an event's summary, for its mark on the chart: up to `words` words that are not weak (articles,
 * prepositions, auxiliaries), with the weak ones between them, at most `words + 2` in all ("Contract for the river"
 * from "The contract for the river crossing was signed …"). A leading article and quotation marks go; none when
 * fewer than two words are left.
 */
export function shortWhat(summary: string, words = 3): string | undefined {
  // Quotation marks and brackets go from each word's ends; an apostrophe inside a word ("People’s") stays.
  const tokens = summary
    .replace(/…/g, ' ')
    .split(/\s+/)
    .map((token) => token.replace(/[“”"‘’',;:!?()[\]]+$/u, '').replace(/^[“”"‘’'([]+/u, ''))
    // A full stop ends a word unless the word is an abbreviation ("U.S.").
    .map((token) => (/^[^.]*\.$/u.test(token) ? token.slice(0, -1) : token))
    .filter((token) => token !== '');
  if (/^(the|a|an)$/i.test(tokens[0] ?? '')) tokens.shift();
  const kept: string[] = [];
  let strong = 0;
  for (const token of tokens.slice(0, words + 2)) {
    if (strong === words) break;
    kept.push(token);
    if (!WEAK.has(token.toLowerCase())) strong++;
  }
  while (kept.length > 0 && WEAK.has(kept.at(-1)!.toLowerCase())) kept.pop();
  if (kept.length < 2) return undefined;
  const text = kept.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
