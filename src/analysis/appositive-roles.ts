/**
 * A person's role as the copy gives it in an appositive: "Mick Lynch, the union's general secretary, said"
 * or "The union's general secretary, Mick Lynch, said". Only phrases headed by a noun of office count, so
 * "Lynch, who led the talks," or "Paris, France," give nothing.
 */
const OFFICE =
  'chief|head|coach|boss|skipper|leader|secretary|minister|spokesman|spokeswoman|spokesperson|director|president|chairman|chairwoman|chair|adviser|advisor|executive|officer|founder|analyst|economist|professor|lawyer|attorney|ambassador|envoy|governor|mayor|senator|commissioner|general|commander|manager|editor|researcher|strategist|negotiator|judge|prosecutor|official|deputy|treasurer|councillor|councilor|member';
const PHRASE = String.raw`(?:the|a|an|its|their|his|her|\p{Lu}[\p{L}.\-]*['’]s)\s+[\p{L}’'.\- ]{0,60}?\b(?:${OFFICE})\b(?:\s+(?:of|at|for|to)\s+[\p{L}’'.\- ]{1,50}?)?`;
const AFTER = new RegExp(String.raw`^,\s+(${PHRASE}),`, 'iu');
const BEFORE = new RegExp(String.raw`(?:^|[.;:]\s+|\s)(${PHRASE}),\s+$`, 'iu');
/** "Director of nursing at SaTH, Hayley Flavell, said": an office with no article, opening the sentence. */
const OPENING = new RegExp(
  String.raw`^((?=\p{Lu})[\p{L}’'.\- ]{0,40}?\b(?:${OFFICE})\b(?:\s+(?:of|at|for|to)\s+[\p{L}’'.\- ]{1,50}?)?),\s+$`,
  'iu',
);
/** A lowercase title right before the name: "EU foreign policy chief Josep Borrell", "Press secretary Karine Jean-Pierre". */
const LEADING = new RegExp(
  String.raw`(?:^|[\s(])((?:\p{Lu}[\p{L}.’']*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:${OFFICE}))\s$`,
  'u',
);

/** The role around the name at `start..end` of `text`, without its leading article. */
export function appositiveRole(text: string, start: number, end: number): string | undefined {
  const after = AFTER.exec(text.slice(end, end + 130))?.[1];
  const before =
    innermost(BEFORE.exec(text.slice(Math.max(0, start - 120), start))?.[1]) ?? OPENING.exec(text.slice(0, start))?.[1];
  const leading = LEADING.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  const role = after ?? before ?? leading;
  // "the union's general secretary" keeps its article; "the agency's" needs it, "a senior official" does not.
  return role
    ?.replace(/^The\b/, 'the')
    .replace(/^(?:a|an|his|her|their|its)\s+/i, '') // "her spokesman" means nothing out of its sentence
    .replace(/^the\s+(?![\p{L}.]+[’']s\b)/iu, '')
    .trim();
}

const OFFICE_WORD = new RegExp(String.raw`\b(?:${OFFICE})\b`, 'iu');

/** "the request of the Home Secretary" → "the Home Secretary": the last determiner's phrase that holds the office. */
function innermost(role: string | undefined): string | undefined {
  if (!role) return role;
  let best = role;
  for (const m of role.matchAll(/\b(?:the|a|an)\s/giu))
    if (m.index > 0 && OFFICE_WORD.test(role.slice(m.index))) best = role.slice(m.index);
  return best;
}
