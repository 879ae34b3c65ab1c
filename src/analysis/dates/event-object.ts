/**
 * What follows "after" or "before" in a phrase that counts from an event: a noun phrase ("two days after the
 * collapse", whose noun names the event), a clause ("days after the talks collapsed", whose verb does), or
 * nothing ("the day before."). Read from the sentence's tagged tokens.
 */
import { tokenAt, type Token } from '../tokens.ts';
import { clauseBoundary } from './clauses.ts';
import { monthOf, weekdayOf } from './lexicon.ts';

/** The event a counting phrase names. */
export interface EventObject {
  /** The verb or noun that names the event ("collapse", "collapsed"); undefined when none stands out. */
  head: Token | undefined;
  /** Where a noun phrase object ends (it joins the date phrase: "the day before the meeting"); undefined for a clause. */
  nounEnd: number | undefined;
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
const DAY_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'evening', 'afternoon']);
/** How far an object is read: a clause of news copy names its event within a dozen words. */
const REACH = 12;

/** Whether a token is, or starts, a date of its own ("last Friday", "Sept. 9", "2019", "yesterday"). */
function dateWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/\d/.test(t.text)) return true;
  if (DAY_WORDS.has(t.lower)) return true;
  if (/^\p{Lu}/u.test(t.text) && (weekdayOf(t.text) !== null || monthOf(t.text) !== null) && t.lower !== 'may')
    return true;
  return (t.lower === 'last' || t.lower === 'next' || t.lower === 'this') && PERIODS.has(tokens[i + 1]?.lower ?? '');
}

/**
 * The object that starts at `offset` (an offset into the sentence, as the tokens'): undefined when there is
 * none, 'dated' when the event it names carries a date of its own ("a week after a storm closed it last Friday").
 */
export function eventObject(tokens: readonly Token[], offset: number): EventObject | 'dated' | undefined {
  const first = tokenAt(tokens, offset);
  const t = tokens[first];
  if (!t || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'SCONJ' || t.pos === 'ADP')
    return undefined;
  if (DAY_WORDS.has(t.lower)) return 'dated'; // "the day before yesterday" is a day word of its own
  let last = first;
  while (
    last + 1 < tokens.length &&
    last - first < REACH &&
    !clauseBoundary(tokens, last + 1) &&
    tokens[last + 1]!.text !== ','
  )
    last++;
  for (let i = first; i <= last; i++) if (dateWord(tokens, i)) return 'dated';
  // A clause with a pronoun subject: "days after he resigned".
  if (t.pos === 'PRON' && !POSSESSIVE.has(t.lower))
    return { head: verbFrom(tokens, first + 1, last), nounEnd: undefined };
  // A gerund: "a day after announcing the plan".
  if (t.pos === 'VERB') return { head: t, nounEnd: undefined };
  let end = first;
  const inNounPhrase = (n: Token) => NOUN_PHRASE.has(n.pos) || POSSESSIVE.has(n.lower) || n.lower === "'s";
  while (end + 1 <= last && inNounPhrase(tokens[end + 1]!)) end++;
  const after = tokens[end + 1];
  // "days after the talks collapsed": the noun phrase is the subject of the event's verb.
  if (after && end + 1 <= last && (after.pos === 'VERB' || after.pos === 'AUX'))
    return { head: verbFrom(tokens, end + 1, last), nounEnd: undefined };
  let head: Token | undefined;
  for (let i = first; i <= end; i++) if (tokens[i]!.pos === 'NOUN') head = tokens[i];
  if (!head) return { head: undefined, nounEnd: undefined };
  return { head, nounEnd: tokens[end]!.end };
}

/** The first main verb from `from` to `last`, auxiliaries and adverbs skipped. */
function verbFrom(tokens: readonly Token[], from: number, last: number): Token | undefined {
  for (let i = from; i <= last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') return t;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return undefined;
  }
  return undefined;
}
