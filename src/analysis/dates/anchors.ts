/**
 * The dates a document has stated so far, with what happened on them, so that later phrases can count from
 * them: "the next day" from the last date, "two days after the collapse" from the date of the clause whose verb
 * or noun is "collapse" ("the talks collapsed the next day").
 */
import type { ResolvedDate } from '../../schemas/analysis.ts';
import { tokenAt, type Token } from '../tokens.ts';
import { clauseBoundary } from './clauses.ts';

/** A date the text has stated, and the events of its clause. */
export interface Anchor {
  /** The phrase as it stands ("on Tuesday"). */
  phrase: string;
  date: ResolvedDate;
  /** Lemmas of the verbs and nouns of the clause the date belongs to, with the verbs its nouns come from. */
  events: ReadonlySet<string>;
  /** Whether the text wrote the date with its year ("30 December 2008"). */
  statesYear: boolean;
  /** The sentence it stands in, counted from the start of the document. */
  sentence: number;
}

/** What the resolver remembers; most recent last. */
export interface Anchors {
  /** The most recent anchor that `accept` takes. */
  latest(accept: (anchor: Anchor) => boolean): Anchor | undefined;
  /** The most recent anchor whose clause names the event `word` names ("meeting" finds "met on Tuesday"). */
  naming(word: Token): Anchor | undefined;
  /** The last date written with its year in this sentence or the one before, which frames days written without. */
  frame(): Anchor | undefined;
}

/** Words too common to tell one event from another. */
const NOT_EVENTS = new Set(
  (
    'be have do say tell add report state note make get take give go come see day week month year time hour ' +
    'minute morning afternoon evening night weekend today tomorrow yesterday people official thing way'
  ).split(' '),
);

/** Words that relate another event in time: in "died on Dec. 13 after being admitted", the admission is not the dated event. */
const RELATORS = new Set(['after', 'before', 'since', 'until', 'till', 'following', 'prior', 'ahead']);

/**
 * The verbs a noun of action comes from, with the word itself: "meeting" → meet, "closure" → close,
 * "resignation" → resign, "arrival" → arrive, "decision" → decide.
 */
export function eventStems(lemma: string): string[] {
  const out = new Set([lemma]);
  const strip = (suffix: string, ...endings: string[]) => {
    if (!lemma.endsWith(suffix)) return;
    const base = lemma.slice(0, -suffix.length);
    if (base.length < 3) return;
    for (const e of endings) out.add(base + e);
    // "shopping" → "shopp" → "shop"
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.add(base.slice(0, -1));
  };
  strip('ing', '', 'e');
  strip('ment', '');
  strip('ation', '', 'e');
  strip('ion', '', 'e');
  strip('sion', 'de');
  strip('ure', '', 'e');
  strip('al', '', 'e');
  strip('ance', '');
  return [...out];
}

/** A memory of anchors for one document. */
export class AnchorMemory implements Anchors {
  private readonly list: Anchor[] = [];
  /** The sentence being read, counted from 0. */
  sentence = -1;

  /** Remembers a date; only the most recent few hundred are kept, which is all a later phrase can reach. */
  add(anchor: Anchor): void {
    this.list.push(anchor);
    if (this.list.length > 400) this.list.splice(0, 200);
  }

  latest(accept: (anchor: Anchor) => boolean): Anchor | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) if (accept(this.list[i]!)) return this.list[i];
    return undefined;
  }

  frame(): Anchor | undefined {
    return this.latest((a) => a.statesYear && a.date.precision !== 'vague' && a.sentence >= this.sentence - 1);
  }

  naming(word: Token): Anchor | undefined {
    const stems = eventStems(word.lemma).filter((s) => !NOT_EVENTS.has(s));
    if (stems.length === 0) return undefined;
    return this.latest((a) => a.date.precision !== 'vague' && stems.some((s) => a.events.has(s)));
  }
}

/**
 * The events of the clause that holds `start..end` (offsets into the sentence, as the tokens'): the lemmas of
 * its verbs and nouns outside the date phrase, each with the verbs it comes from. Another date phrase and a
 * word that relates another event ("after", "since") end the clause too: in "left rates unchanged on Wednesday,
 * a week after cutting them", the cut is the event of "a week after", not of "on Wednesday".
 */
export function clauseEvents(
  tokens: readonly Token[],
  start: number,
  end: number,
  otherDate: (offset: number) => boolean = () => false,
): Set<string> {
  let first = tokenAt(tokens, start);
  if (first >= tokens.length) return new Set();
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  // A clause of news copy is rarely longer than this; the bound keeps a run-on sentence linear.
  const reach = 30;
  const stop = (i: number) =>
    clauseBoundary(tokens, i) || RELATORS.has(tokens[i]!.lower) || otherDate(tokens[i]!.start);
  for (let k = 0; k < reach && first > 0 && !stop(first - 1); k++) first--;
  for (let k = 0; k < reach && last + 1 < tokens.length && !stop(last + 1); k++) last++;
  const events = new Set<string>();
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.start >= start && t.end <= end) continue;
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
    for (const stem of eventStems(t.lemma)) if (!NOT_EVENTS.has(stem)) events.add(stem);
  }
  return events;
}
