/**
 * Noun phrases around a speech verb, read off the tagged tokens: the subject before it ("Orla Kinsella, a witness,
 * told") and the phrase after it ("said a company spokesman, Ravi Mehta"). An appositive pair gives the phrase
 * with a name as the speaker and the other as their role.
 */
import type { Token } from '../tokens.ts';

/** A noun phrase as token indices `first..last` (inclusive), with the appositive descriptor when there is one. */
export interface NounPhrase {
  first: number;
  last: number;
  /** "a witness" in "Orla Kinsella, a witness,": token indices of the descriptor. */
  descriptor?: { first: number; last: number };
}

const NP_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'X']);
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on']);
const POSSESSIVE = /^(?:['’]s?|s['’])$/;
const RELATIVE = /^(?:who|which|whose|whom)$/;
/** Party abbreviations written in brackets after a politician's name. */
const PARTY = /^(?:Lab|Con|LD|Lib|SNP|Ind|Green|Grn|DUP|SF|FF|FG|UUP|SDLP|PC|Reform|R|D|I)$/;
const REFLEXIVE = /^(?:himself|herself|itself|themselves)$/;
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/;
const POSSESSIVE_DETERMINERS = /^(?:his|her|their|its|our|my|your)$/;
/** Adverbs and auxiliaries between a subject and its verb: "also said", "has said", "later told". */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/**
 * Whether token `i` is a noun phrase word: by its tag, or a noun the tagger read as an infinitive after a
 * postmodifier's "to" ("a source privy to summit negotiations": "summit" is tagged VERB).
 */
function nominal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (NP_TAGS.has(t.pos)) return true;
  return (
    t.pos === 'VERB' &&
    !/(?:ing|ed)$/.test(t.lower) &&
    tokens[i - 1]?.lower === 'to' &&
    tokens[i - 2]?.pos === 'ADJ' &&
    /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')
  );
}

/** Whether token `i` can belong to a noun phrase. */
export function inPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (nominal(tokens, i)) return true;
  if (t.pos === 'PART' && POSSESSIVE.test(t.text)) return true;
  if (t.pos === 'PUNCT' && /^['’]$/.test(t.text) && /s$/i.test(tokens[i - 1]?.text ?? '')) return true; // "Ministers'"
  if (t.pos === 'PRON' && POSSESSIVE_DETERMINERS.test(t.lower)) return true;
  if (t.text === '&' || t.text === '-') return true;
  // "a spokesman for the ministry", "chief executive of Andes Lithium", "a source close to the talks", "one
  // source privy to the negotiations" (where the tagger reads "to" as an infinitive's particle)
  const left = tokens[i - 1];
  const postmodifier = left?.pos === 'ADJ' && /^(?:NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '');
  return (
    (t.pos === 'ADP' || (t.pos === 'PART' && t.lower === 'to')) &&
    (INNER_PREPOSITIONS.has(t.lower) || (postmodifier && /^(?:to|with)$/.test(t.lower))) &&
    (/^(?:NOUN|PROPN)$/.test(left?.pos ?? '') || postmodifier) &&
    nominal(tokens, i + 1)
  );
}

/** The noun phrase ending at `last`, not reaching before `floor`. */
function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): NounPhrase | undefined {
  const t = tokens[last];
  if (!t || last < floor) return undefined;
  if (t.pos === 'PRON' && PRONOUN.test(t.lower)) return { first: last, last };
  let first = last;
  // A determiner opens its phrase: "In the verdict the Coroner said" stops at the second "the".
  const opens = (k: number) =>
    tokens[k]!.pos === 'DET' &&
    !INNER_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') &&
    !(tokens[k - 1]?.lower === 'to' && inPhrase(tokens, k - 1));
  while (first - 1 >= floor && inPhrase(tokens, first - 1) && !opens(first)) first--;
  while (first <= last && tokens[first]!.pos === 'ADP') first++;
  if (!inPhrase(tokens, last) || first > last) return undefined;
  // "the nursing director at the trust which runs the hospitals has said": skip the relative clause.
  // After "who" the word is a verb whatever the tagger says ("Those who support the changes say").
  const relative = tokens[first - 2];
  const verb = tokens[first - 1]?.pos === 'VERB' || (tokens[first - 1]?.pos === 'NOUN' && relative?.lower === 'who');
  if (verb && relative && /^(?:who|which|that)$/.test(relative.lower) && first - 3 >= floor) {
    const head = phraseEndingAt(tokens, first - 3, floor);
    // "Those who support the changes", "Many who attended": a head that is only a determiner keeps its clause.
    if (head && head.first === head.last && /^(?:DET|PRON|ADJ)$/.test(tokens[head.first]!.pos))
      return { first: head.first, last };
    return head ?? { first, last };
  }
  return { first, last };
}

/** The noun phrase starting at `first`, not reaching past `ceiling`. */
function phraseStartingAt(tokens: readonly Token[], first: number, ceiling: number): NounPhrase | undefined {
  const t = tokens[first];
  if (!t || first > ceiling) return undefined;
  if (t.pos === 'PRON' && PRONOUN.test(t.lower)) return { first, last: first };
  if (!inPhrase(tokens, first)) return undefined;
  let last = first;
  while (last + 1 <= ceiling && inPhrase(tokens, last + 1)) last++;
  while (last > first && tokens[last]!.pos === 'ADP') last--;
  return { first, last };
}

/**
 * The subject of the verb at `verb`: the phrase right before it, past adverbs and auxiliaries ("also said"),
 * with an appositive ("Orla Kinsella, a witness, told") or a relative clause ("Jones, who led the talks, said").
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number): NounPhrase | undefined {
  let i = verb - 1;
  // "Jane Smith (pictured) said": a short aside in brackets, in lower case (never a name: "his lawyer (Jane Smith)").
  if (tokens[i]?.text === ')') {
    let open = i - 1;
    while (open >= floor && open > i - 4 && tokens[open]!.text !== '(') open--;
    const aside = tokens.slice(open + 1, i);
    if (tokens[open]?.text === '(' && open > floor && aside.every((t) => /^\p{Ll}+$/u.test(t.text))) i = open - 1;
  }
  // "Councillor Ines Cole (Lab, Riverside) said", "Sen. Jo Ray (R-Texas) said": a party and a ward or state.
  if (tokens[i]?.text === ')') {
    let open = i - 1;
    while (open >= floor && open > i - 8 && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(' && open > floor && PARTY.test(tokens[open + 1]?.text ?? '')) i = open - 1;
  }
  // "also said", "has said", "The minister himself sought".
  // A possessive is never skipped: "Christie's said" has Christie's for subject.
  while (
    i >= floor &&
    ((BETWEEN.has(tokens[i]!.pos) && !PRONOUN.test(tokens[i]!.lower) && !/^['’]s$/.test(tokens[i]!.text)) ||
      REFLEXIVE.test(tokens[i]!.lower))
  )
    i--;
  if (i < floor) return undefined;
  // "Abramoff appeared in court and said": a second verb shares the first one's subject.
  if (/^(?:and|but)$/.test(tokens[i]!.lower)) {
    const first = previousFiniteVerb(tokens, i - 1, floor);
    return first === undefined ? undefined : subjectBefore(tokens, first, floor);
  }
  if (tokens[i]!.text !== ',') {
    const np = phraseEndingAt(tokens, i, floor);
    // "Rajesh Srivastava, a resident from Khargar said": the apposition's second comma left out ("Sainsbury’s, he
    // said, would": a pronoun is a parenthetical attribution's own subject, never an apposition).
    const pronoun = np && np.first === np.last && tokens[np.first]!.pos === 'PRON';
    const head =
      np && !pronoun && tokens[np.first - 1]?.text === ',' ? phraseEndingAt(tokens, np.first - 2, floor) : undefined;
    if (np && head && opensClause(tokens, head.first, floor) && (isNamed(tokens, head) || isNamed(tokens, np)))
      return { ...head, descriptor: { first: np.first, last: np.last } };
    return np;
  }
  // "NP1, NP2, said": one of the two is the speaker's name, the other their role.
  const second = phraseEndingAt(tokens, i - 1, floor);
  if (second && tokens[second.first - 1]?.text === ',') {
    const first = phraseEndingAt(tokens, second.first - 2, floor);
    const opener = first ? chainOpener(tokens, second.first - 2, floor) : undefined;
    if (first && opener && opener.last < first.first - 1)
      return { ...opener, descriptor: { first: opener.last + 2, last: i - 1 } };
    if (first) return appositive(tokens, first, second);
  }
  // "Jones, who led the talks, said": skip back over the relative clause.
  for (let k = i - 1; k >= floor && k > i - 25; k--) {
    if (RELATIVE.test(tokens[k]!.lower) && tokens[k - 1]?.text === ',') {
      // "One of the victims, who gave her name as Mrs. Ngozi, said": the clause names the speaker.
      const named = nameGivenIn(tokens, k + 1, i - 1);
      if (named) return named;
      // "Ram Kumar, 45, whose boat was destroyed, said": an age between the name and the clause.
      const age = tokens[k - 2]?.pos === 'NUM' && tokens[k - 3]?.text === ',';
      const np = phraseEndingAt(tokens, age ? k - 4 : k - 2, floor);
      // "One of the victims": the phrase keeps the part of the group it picks.
      const part = np && tokens[np.first - 1]?.lower === 'of' ? np.first - 2 : undefined;
      if (
        np &&
        part !== undefined &&
        part >= floor &&
        /^(?:one|some|many|two|three|several|most)$/i.test(tokens[part]!.text)
      )
        return { ...np, first: part };
      return np;
    }
    if (/^[.;:“”"]$/.test(tokens[k]!.text)) break;
  }
  // "Win Tin, a former prisoner and member of the NLD (NLD), said", "Sally Moore, Deputy Director of Nursing,
  // Midwifery and Quality, said": the clause opens with a name; a descriptor with no finite verb follows it.
  if (i - 1 < floor) return undefined;
  let start = i - 1;
  while (start - 1 >= floor && start > i - 40 && !endsClause(tokens[start - 1]!)) start--;
  let comma = start;
  while (comma < i && tokens[comma]!.text !== ',') comma++;
  const name = comma < i ? phraseEndingAt(tokens, comma - 1, start) : undefined;
  if (name && name.first === start && isNamed(tokens, name))
    return { ...name, descriptor: { first: comma + 1, last: i - 1 } };
  return undefined;
}

/**
 * The phrase after the verb at `verb` ("said Sen. Susan Collins of Maine", "said quietly the minister", "said a
 * company spokesman, Ravi Mehta"), not reaching past `ceiling`.
 */
export function phraseAfter(tokens: readonly Token[], verb: number, ceiling: number): NounPhrase | undefined {
  let i = verb + 1;
  while (i <= ceiling && tokens[i]!.pos === 'ADV') i++;
  const first = phraseStartingAt(tokens, i, ceiling);
  if (!first) return undefined;
  if (tokens[first.last + 1]?.text === ',') {
    const second = phraseStartingAt(tokens, first.last + 2, ceiling);
    if (second && isNamed(tokens, first) !== isNamed(tokens, second)) return appositive(tokens, first, second);
  }
  return first;
}

/**
 * The subject of a participle after a comma ("The minister sought to play it down, telling AFP:"): the subject
 * of the clause's first verb.
 */
export function participleSubject(
  tokens: readonly Token[],
  verb: number,
  floor: number,
  /** 1 for each token inside a quotation: the main clause's verb is never one of them. */
  quoted?: Uint8Array,
): NounPhrase | undefined {
  // ", saying", "while acknowledging", "after adding": a participle clause hanging on the main one.
  // ("…was “a win for workers,” adding": the comma may stand inside the closing mark.)
  const mark = /^[”"’']$/.test(tokens[verb - 1]?.text ?? '');
  const before = tokens[mark ? verb - 2 : verb - 1]?.lower ?? '';
  if (!/ing$/.test(tokens[verb]!.lower) || !/^(?:,|while|after|before|when|by|as)$/.test(before)) return undefined;
  let main = floor;
  while (main < verb && (quoted?.[main] || (tokens[main]!.pos !== 'VERB' && tokens[main]!.pos !== 'AUX'))) main++;
  if (main >= verb) return undefined;
  // "“…,” said Jane Smith, before adding: “…”": the main clause's subject comes after its verb.
  if (main === floor || (main === floor + 1 && tokens[floor]!.text === ','))
    return tokens[main]!.pos === 'VERB' ? phraseAfter(tokens, main, verb - 1) : undefined;
  return subjectBefore(tokens, main, floor);
}

/** The finite verb of the clause that ends at `from` (nearest first), if the clause has one after `floor`. */
function previousFiniteVerb(tokens: readonly Token[], from: number, floor: number): number | undefined {
  for (let k = from; k >= floor && k > from - 30; k--) {
    const t = tokens[k]!;
    if (/^[.;:!?“”"‘’]$/.test(t.text)) return undefined;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower)) {
      // The first verb of a chain ("has been", "would have said") has the subject before it.
      while (k - 1 >= floor && tokens[k - 1]!.pos === 'AUX') k--;
      return k;
    }
  }
  return undefined;
}

/** A token that closes the clause before it: a sentence mark, a quotation mark, a finite verb, "that". */
function endsClause(t: Token): boolean {
  return (
    /^[.;:!?“”"‘’]$/.test(t.text) ||
    t.pos === 'AUX' ||
    t.pos === 'SCONJ' ||
    (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower))
  );
}

/** Whether the phrase starting at `first` opens its clause (nothing before it but the floor or a clause break). */
function opensClause(tokens: readonly Token[], first: number, floor: number): boolean {
  return first <= floor || endsClause(tokens[first - 1]!);
}

/**
 * Whether a phrase is a name: its head, the last word before any "of" or "for", is a proper noun ("Sarah Breeden",
 * "Sen. Susan Collins of Maine"; not "Bailey's deputy", "the captain of the Rowing Club").
 */
export function isNamed(tokens: readonly Token[], np: { first: number; last: number }): boolean {
  let end = np.last;
  for (let k = np.first + 1; k <= np.last; k++)
    if (/^(?:of|for)$/.test(tokens[k]!.lower)) {
      end = k - 1;
      break;
    }
  const head = tokens[end]!;
  return head.pos === 'PROPN' && /^\p{Lu}/u.test(head.text);
}

/** "who gave her name as Mrs. Ngozi", "who identified himself as Laszlo": the name a relative clause gives. */
function nameGivenIn(tokens: readonly Token[], from: number, to: number): NounPhrase | undefined {
  const words = tokens.slice(from, to + 1).map((t) => t.lower);
  if (!words.some((w) => /^(?:name|named|identified|introduced|called)$/.test(w))) return undefined;
  const as = words.lastIndexOf('as');
  if (as === -1) return undefined;
  let first = from + as + 1;
  while (first <= to && !/^\p{Lu}/u.test(tokens[first]!.text)) first++;
  let last = first;
  while (last + 1 <= to && (tokens[last + 1]!.pos === 'PROPN' || tokens[last + 1]!.text === '.')) last++;
  return first <= to && tokens[first]!.pos === 'PROPN' ? { first, last } : undefined;
}

/**
 * "Solih, among the founders of the main opposition party, the Maldivian Democratic Party, called": in a chain of
 * three or more comma-separated phrases before the verb, the speaker is the bare name that opens it. Walks back
 * from `last` over at most four segments with no finite verb; a segment that opens with a preposition ("In his
 * victory speech,") is not the subject.
 */
function chainOpener(tokens: readonly Token[], last: number, floor: number): NounPhrase | undefined {
  let end = last;
  let found: NounPhrase | undefined;
  for (let segments = 0; segments < 4 && end >= floor; segments++) {
    let start = end;
    while (start - 1 >= floor && tokens[start - 1]!.text !== ',' && !endsClause(tokens[start - 1]!)) start--;
    for (let k = start; k <= end; k++) if (endsClause(tokens[k]!) || tokens[k]!.pos === 'VERB') return found;
    const bare = tokens.slice(start, end + 1).every((t) => t.pos === 'PROPN' || /^[.-]$/.test(t.text));
    if (bare) found = { first: start, last: end };
    if (tokens[start - 1]?.text !== ',') return found;
    end = start - 2;
  }
  return found;
}

/** Of two phrases in apposition, the named one speaks and the other is its descriptor. */
function appositive(tokens: readonly Token[], a: NounPhrase, b: NounPhrase): NounPhrase {
  if (isNamed(tokens, b) && !isNamed(tokens, a))
    return { first: b.first, last: b.last, descriptor: { first: a.first, last: a.last } };
  return { first: a.first, last: a.last, descriptor: { first: b.first, last: b.last } };
}
