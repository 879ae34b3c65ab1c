/**
 * The summary of a dated event: what happened, in a complete clause of the sentence's own words, without the
 * date phrase (the timeline shows the date beside it).
 *
 * Read from the sentence's tagged tokens: the date phrase goes with its preposition ("on Thursday") and the
 * comma that set it off; a possessive date ("last Friday's closure") becomes "the closure"; a phrase that cannot
 * go without breaking its clause ("no later than Aug. 1", "in July or September", "only days after North Korea
 * claimed…") stays; quotation marks left unpaired go; "the forum" becomes "the Eastern Economic Forum" when the
 * text has named it; a sentence that joins clauses is summed up by the date's own clause (event-clause.ts); a
 * summary longer than about a line is cut where a clause ends (summary-cuts.ts).
 */
import { tokenAt, type Token } from './tokens.ts';
import { dateClause, type DateClause } from './event-clause.ts';
import { shorten, type Piece } from './summary-cuts.ts';

/** A name the text gives, with its span in the sentence. */
export interface NamedSpan {
  name: string;
  start: number;
  end: number;
}

/** What a summary is made from. Offsets are relative to the sentence. */
export interface SummaryInput {
  /** The sentence as it stands. */
  text: string;
  /** Its tagged tokens. */
  tokens: readonly Token[];
  /** The date phrase. */
  phrase: { start: number; end: number };
  /** Where the sentence's dateline ends ("BRUSSELS, Jan 29 (Reuters) -"), 0 when it has none. */
  datelineEnd: number;
  /** Entity names mentioned in the sentence. */
  names: readonly NamedSpan[];
  /** Entity names mentioned before the sentence, most recent last. */
  earlier: readonly string[];
}

/** About a line of a timeline; a summary is cut shorter only where a clause ends. */
export const SUMMARY_LENGTH = 110;
/** How long a summary may grow when no clause ends within SUMMARY_LENGTH. */
const SUMMARY_MAX = 130;

/** Prepositions that go with the date phrase they open ("on Thursday", "by Dec. 15"). */
const LEADS = new Set([
  'on',
  'in',
  'at',
  'from',
  'by',
  'to',
  'until',
  'till',
  'since',
  'for',
  'during',
  'over',
  'through',
]);
/** A date phrase ending in one of these joins two clauses ("only days after North Korea claimed…"). */
const JOINING = /\b(?:after|before|since|until|following)$/i;
/** What a removed phrase cannot follow without leaving its clause broken ("no later than", "the week of"). */
const HOLDS_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'CCONJ', 'SCONJ', 'PART']);
const OPENING = new Set(['“', '‘', '(', '[', '«', '„']);
const CLOSING = new Set(['”', '’', ')', ']', '»']);
const ATTACHES_LEFT = /^(?:[,.;:!?%)\]}”’»]|['’]s|n['’]t)/;
const VERBISH = new Set(['VERB', 'AUX']);
/** What the words of a subject "the X" can be. */
const SUBJECT = new Set(['NOUN', 'ADJ', 'PROPN']);

/** What one sentence's summaries share: the summary of its dates that lie too far in to reach theirs. */
export interface SummaryCache {
  far?: string;
}

/**
 * The summary of the event that the date phrase at `phrase` dates. Give the summaries of one sentence the same
 * `cache`: a run-on sentence with many dates then costs no more than a short one.
 */
export function summarise(input: SummaryInput, cache: SummaryCache = {}): string {
  // Only the opening words can reach a summary; a date past them leaves the same summary as any other.
  const reach = SUMMARY_LENGTH * 4;
  const far = input.phrase.start > reach;
  if (far) return (cache.far ??= summary(input, reach, far));
  return summary(input, reach, far);
}

function summary(input: SummaryInput, reach: number, far: boolean): string {
  const tokens = input.tokens.slice(0, tokenAt(input.tokens, far ? reach : input.phrase.end + reach));
  const first = far ? -1 : tokenAt(tokens, input.phrase.start);
  let last = first;
  while (last >= 0 && last + 1 < tokens.length && tokens[last + 1]!.start < input.phrase.end) last++;
  const span = first >= 0 && first < tokens.length ? { first, last } : undefined;
  const joining = !!span && JOINING.test(input.text.slice(input.phrase.start, input.phrase.end));
  const all = keptPieces(tokens, input.datelineEnd, span, joining);
  // A sentence that joins several clauses dates each by its own: the summary is the date's clause.
  const clause = span && !joining ? dateClause(tokens, span, tokenAt(tokens, input.datelineEnd)) : undefined;
  const pieces = clause ? ofClause(all, clause) : all;
  if (pieces.length === 0) return fallback(input.text);
  const length = (run: readonly Piece[]) => render(run, tokens).length;
  nameTheSubject(pieces, tokens, input);
  const cutOf = (run: readonly Piece[]) =>
    shorten(run, tokens, (r) => prefixLengths(r, tokens), [SUMMARY_LENGTH, SUMMARY_MAX], joining ? span!.first : -1);
  let cut = cutOf(pieces);
  const named = length(cut) > SUMMARY_LENGTH ? withoutDescriptor(pieces, tokens, input.names) : undefined;
  const shorter = named && cutOf(named);
  if (shorter && length(shorter) < length(cut)) cut = shorter;
  const words = render(balanceQuotes(cut), tokens)
    .replace(/^[\s,;:.—–-]+/, '')
    .replace(/[\s,;:—–-]+$/, '')
    .replace(/\.+$/, '');
  if (words.length === 0) return fallback(input.text);
  // "“we lost everything,” a farmer said" → "“We lost…": the first letter, after any opening mark.
  return words.replace(/^([“‘"'(]*)(\p{Ll})/u, (_, marks: string, letter: string) => marks + letter.toUpperCase());
}

/** The pieces of the clause, after the subject it shares with the first clause when it has none of its own. */
function ofClause(pieces: readonly Piece[], clause: DateClause): Piece[] {
  const within = (range: { first: number; last: number }) => (p: Piece) =>
    p.index >= range.first && p.index <= range.last;
  return [...(clause.subject ? pieces.filter(within(clause.subject)) : []), ...pieces.filter(within(clause))];
}

function fallback(text: string): string {
  return text.trim().slice(0, SUMMARY_LENGTH);
}

/** The sentence's tokens after the dateline, without the date phrase when it can go. */
function keptPieces(
  tokens: readonly Token[],
  datelineEnd: number,
  span: { first: number; last: number } | undefined,
  joining: boolean,
): Piece[] {
  const dropped = new Set<number>();
  const replaced = new Map<number, string>();
  if (span && joining) {
    // "Only days after North Korea claimed…, the delegation was announced": the main clause after the comma.
    const { first, last } = span;
    const comma = first === 0 || tokens[first - 1]!.text === ',' ? nextComma(tokens, last) : -1;
    if (comma >= 0) for (let i = first; i <= comma; i++) dropped.add(i);
  } else if (span) {
    let { first } = span;
    const { last } = span;
    const lead = tokens[first - 1];
    // "backdated to April", "moved to Monday": the verb needs its destination, so the phrase stays.
    if (lead?.lower === 'to') return allOf(tokens, datelineEnd);
    if (lead && LEADS.has(lead.lower) && lead.pos === 'ADP') first--;
    const after = tokens[last + 1];
    const possessive = after?.lower === "'s" && after.pos === 'PART';
    if (possessive || removable(tokens, first, last)) {
      for (let i = first; i <= last + (possessive ? 1 : 0); i++) dropped.add(i);
      // "said last Friday's closure cost…": the closure stays, as "the closure".
      if (possessive && tokens[first - 1]?.pos !== 'DET') replaced.set(first, 'the');
      if (!possessive) dropCommas(tokens, first, last, dropped);
    }
  }
  const pieces: Piece[] = [];
  tokens.forEach((t, index) => {
    if (t.start < datelineEnd) return;
    const text = replaced.get(index);
    if (text !== undefined) pieces.push({ index, text });
    else if (!dropped.has(index)) pieces.push({ index, text: t.text });
  });
  return pieces;
}

/**
 * Whether tokens first..last can go and leave a whole clause: not after "than", "of", "or", a determiner
 * ("no later than Aug. 1", "the week of March 3"), not between two verbs ("a strike planned for Monday has been
 * called off"), not beside a list of dates ("in July or September").
 */
function removable(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && HOLDS_PHRASE.has(before.pos)) return false;
  if (before?.pos === 'VERB' && after && VERBISH.has(after.pos)) return false;
  if (after?.pos === 'CCONJ' && tokens[last + 2] && /^(?:\p{Lu}|\d)/u.test(tokens[last + 2]!.text)) return false;
  return true;
}

function allOf(tokens: readonly Token[], datelineEnd: number): Piece[] {
  return tokens.flatMap((t, index) => (t.start < datelineEnd ? [] : [{ index, text: t.text }]));
}

function nextComma(tokens: readonly Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    if (tokens[i]!.text === ',') return i;
    if (tokens[i]!.text === ';' || tokens[i]!.text === ':') return -1;
  }
  return -1;
}

/** "On Friday, …" and "…, on Friday." lose the comma beside the phrase; ", on Friday," loses both. */
function dropCommas(tokens: readonly Token[], first: number, last: number, dropped: Set<number>): void {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (after?.text === ',' && before?.text === ',') {
    // "The last shutdown, in 2018-19, lasted 35 days": the phrase was an aside.
    dropped.add(first - 1);
    dropped.add(last + 1);
  } else if (after?.text === ',' && !before) dropped.add(last + 1);
  else if (before?.text === ',' && (!after || after.pos === 'PUNCT')) dropped.add(first - 1);
}

/** The subject "the X" of the first pieces, as the index of the piece after it; 0 when the sentence has none. */
function theSubject(pieces: readonly Piece[], tokens: readonly Token[]): number {
  const head = pieces[0];
  if (!head || tokens[head.index]!.lower !== 'the') return 0;
  let end = 1;
  while (end < pieces.length && pieces[end]!.index === head.index + end && SUBJECT.has(tokens[pieces[end]!.index]!.pos))
    end++;
  const verb = pieces[end];
  return end > 1 && verb && VERBISH.has(tokens[verb.index]!.pos) ? end : 0;
}

/** "The forum is scheduled" → "The Eastern Economic Forum is scheduled": a subject "the X" whose X ends a name given. */
function nameTheSubject(pieces: Piece[], tokens: readonly Token[], { names, earlier }: SummaryInput): void {
  const end = theSubject(pieces, tokens);
  const words = pieces.slice(1, end);
  if (end === 0 || words.some((p) => tokens[p.index]!.pos === 'PROPN')) return;
  const from = tokens[pieces[0]!.index]!.start;
  const to = tokens[pieces[end - 1]!.index]!.end;
  const x = words.map((p) => p.text.toLowerCase()).join(' ');
  const endsInX = (name: string) => name.toLowerCase().endsWith(` ${x}`);
  const named =
    names.find((n) => n.start >= from && n.end <= to && endsInX(n.name))?.name ??
    [...earlier, ...names.filter((n) => n.end <= from).map((n) => n.name)].reverse().find(endsInX);
  if (named) pieces.splice(0, end, { index: pieces[0]!.index, text: /^the\s/i.test(named) ? named : `the ${named}` });
}

/**
 * "The North Korean state news agency Korean Central News Agency announced…" → "Korean Central News Agency
 * announced…": a subject made of a descriptor and a name, as the name alone. Undefined when the subject is not one.
 */
function withoutDescriptor(
  pieces: readonly Piece[],
  tokens: readonly Token[],
  names: readonly NamedSpan[],
): Piece[] | undefined {
  const end = theSubject(pieces, tokens);
  if (end === 0) return undefined;
  const from = tokens[pieces[0]!.index]!.start;
  const name = names.find((n) => n.end === tokens[pieces[end - 1]!.index]!.end && n.start > from);
  const descriptor = pieces.slice(1, end).filter((p) => tokens[p.index]!.end <= (name?.start ?? 0));
  if (!name || !descriptor.some((p) => tokens[p.index]!.pos === 'NOUN')) return undefined;
  return [{ index: pieces[0]!.index, text: name.name }, ...pieces.slice(end)];
}

/** Quotation marks and brackets that lost their partner to the cut or to the date phrase go. */
function balanceQuotes(pieces: readonly Piece[]): Piece[] {
  const open: number[] = [];
  const unpaired = new Set<number>();
  pieces.forEach((p, k) => {
    if (OPENING.has(p.text)) open.push(k);
    else if (CLOSING.has(p.text)) {
      if (open.length > 0) open.pop();
      else unpaired.add(k);
    } else if (p.text === '"') {
      if (open.length > 0 && pieces[open.at(-1)!]!.text === '"') open.pop();
      else open.push(k);
    }
  });
  for (const k of open) unpaired.add(k);
  return pieces.filter((_, k) => !unpaired.has(k));
}

/** The text between two neighbouring pieces: the copy's own spacing, or one space where words were taken out. */
function gap(prev: Piece | undefined, p: Piece, tokens: readonly Token[]): string {
  if (!prev) return '';
  if (p.index === prev.index + 1) return tokens[p.index]!.start > tokens[prev.index]!.end ? ' ' : '';
  return ATTACHES_LEFT.test(p.text) || OPENING.has(prev.text) ? '' : ' ';
}

/** The pieces as text. */
function render(pieces: readonly Piece[], tokens: readonly Token[]): string {
  return pieces.map((p, k) => gap(pieces[k - 1], p, tokens) + p.text).join('');
}

/** The length of each prefix as text: `out[k]` is the length of the first k pieces, rendered. */
function prefixLengths(pieces: readonly Piece[], tokens: readonly Token[]): number[] {
  const out = [0];
  pieces.forEach((p, k) => out.push(out[k]! + gap(pieces[k - 1], p, tokens).length + p.text.length));
  return out;
}
