/** Words that do not end a short label: "Forum is", "Delegation to" read as cut. */
const WEAK = new Set(
  'a an the of to in on at for by with and or but that which who is was are were will would be been has have had its his her their as from after before than this these those'.split(
    ' ',
  ),
);

/**
 * Two or three words from an event's summary, for its mark on the chart ("Chinese delegation announced" from "The
 * Chinese delegation was announced only days after …"): a leading article dropped, quotation marks and ellipses
 * removed, weak words cut from the end. None when fewer than two words are left.
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
  const kept = tokens.slice(0, words);
  while (kept.length > 0 && WEAK.has(kept.at(-1)!.toLowerCase())) kept.pop();
  if (kept.length < 2) return undefined;
  const text = kept.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
