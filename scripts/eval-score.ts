// Pure scoring for `npm run eval`: no I/O, so that tests/unit/eval-score.test.ts can check it by hand.
import type { Analysis } from '../src/schemas/analysis.ts';

/** An expected speaker: a registry id, an unnamed or unregistered speaker, or null when the text does not say. */
export type ExpectedSpeaker = string | { name: string; affiliation?: string | null } | null;

/** Hand-written expectations for one copy (`expected.json`; the blind fixtures' format is in their README). */
export interface Expected {
  published: string;
  entities: ({ id: string } | { name: string; kind: string; role?: string })[];
  /** Names that may or may not count as entities (laws, products, works): never an error either way. */
  optionalEntities?: string[];
  quotes: { text: string; speaker: ExpectedSpeaker; channel?: string | null }[];
  dates: { phrase: string; start: string; end: string; precision: string }[];
}

/** Figures beyond precision and recall, as counts so that copies add up. */
export interface Figures {
  /** Quotes both sides have. */
  quotesMatched: number;
  /** Of those, the ones whose speaker is right (both null counts as right). */
  speakersRight: number;
  /** Of those, the ones the engine gave a wrong speaker (a wrong name, or a name where the text gives none). */
  speakersWrong: number;
  /** Entities both sides have that the expectation gives a kind. */
  kindsMatched: number;
  /** Of those, the ones of the right kind. */
  kindsRight: number;
}

/** The categories scored, in the order the table shows them. */
export const CATEGORIES = ['entities', 'quotes', 'speakers', 'dates'] as const;
export type Category = (typeof CATEGORIES)[number];

/** True and false positives and false negatives of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** What one category got wrong, in words, for the report. */
export interface Misses {
  /** Expected items the engine did not find (or, for speakers, did not attribute right). */
  missed: string[];
  /** Items the engine found that nothing expected (or, for speakers, wrong attributions). */
  extra: string[];
}

export type Score = Counts & Misses;

/** Zero figures. */
export function emptyFigures(): Figures {
  return { quotesMatched: 0, speakersRight: 0, speakersWrong: 0, kindsMatched: 0, kindsRight: 0 };
}

/** Adds figures up. */
export function addFigures(a: Figures, b: Figures): Figures {
  return {
    quotesMatched: a.quotesMatched + b.quotesMatched,
    speakersRight: a.speakersRight + b.speakersRight,
    speakersWrong: a.speakersWrong + b.speakersWrong,
    kindsMatched: a.kindsMatched + b.kindsMatched,
    kindsRight: a.kindsRight + b.kindsRight,
  };
}

/** Speaker accuracy and misattribution rate over the quotes found, kind accuracy over the entities found. */
export function rates(x: Figures): { speakerAccuracy: number; misattribution: number; kindAccuracy: number } {
  const ratio = (n: number, d: number, empty: number) => (d === 0 ? empty : n / d);
  return {
    speakerAccuracy: ratio(x.speakersRight, x.quotesMatched, 1),
    misattribution: ratio(x.speakersWrong, x.quotesMatched, 0),
    kindAccuracy: ratio(x.kindsRight, x.kindsMatched, 1),
  };
}

/** Precision, recall and F1 of counts (1 where there was nothing to find and nothing was found). */
export function scores({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds counts up. */
export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Zero counts for every category. */
export function emptyTotals(): Record<Category, Counts> {
  return { entities: zero(), quotes: zero(), speakers: zero(), dates: zero() };
}

/** Categories whose F1 falls below `target`. */
export function below(totals: Record<Category, Counts>, target: number): Category[] {
  return CATEGORIES.filter((c) => scores(totals[c]).f1 < target);
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Quote text as compared: whitespace trimmed, one trailing comma dropped (kept: . ? !). Case counts. */
export const quoteKey = (text: string): string => text.trim().replace(/,$/, '').trimEnd();

/** A name or phrase as compared: trimmed, spaces collapsed, lowercase, straight apostrophes, no trailing comma. */
const fold = (text: string) =>
  text.trim().replace(/,$/, '').replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim().toLowerCase();
/** An entity's name as compared: folded, without a leading "the" or a possessive. */
const entityName = (name: string) =>
  fold(name)
    .replace(/^the\s+/, '')
    .replace(/'s$/, '');
/** A speaker's name as compared: folded, without a leading article ("an NSC spokeswoman" = "NSC spokeswoman"). */
const bareName = (name: string) => fold(name).replace(/^(?:a|an|the)\s+/, '');
const overlaps = (a: string, b: string) => a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));

/**
 * Greedy one-to-one matching between expected and found items, in reading order. When `exact` is given, a first
 * pass pairs exact matches, so that a loose match ("Samsung" for "Samsung Electronics") cannot take the item an
 * exact one needed.
 */
function match<E, F>(
  expected: readonly E[],
  found: readonly F[],
  same: (e: E, f: F) => boolean,
  exact?: (e: E, f: F) => boolean,
): { pairs: [E, F][]; missed: E[]; extra: F[] } {
  const left = [...found];
  const paired = new Map<E, F>();
  for (const test of exact ? [exact, same] : [same]) {
    for (const e of expected) {
      if (paired.has(e)) continue;
      const i = left.findIndex((f) => test(e, f));
      if (i !== -1) paired.set(e, left.splice(i, 1)[0]!);
    }
  }
  const pairs = expected.filter((e) => paired.has(e)).map((e): [E, F] => [e, paired.get(e)!]);
  return { pairs, missed: expected.filter((e) => !paired.has(e)), extra: left };
}

type FoundEntity = Analysis['entities'][number];
type FoundQuote = Analysis['quotes'][number];
type FoundDate = Analysis['dates'][number];
type ExpectedQuote = Expected['quotes'][number];

/**
 * A registered entity matches by id; an unregistered one by its name, equal once folded ("Later Hale" is not
 * "Hale", "Sgt Colm Prendiville" is not "Colm Prendiville"), registered: false.
 */
export function sameEntity(e: Expected['entities'][number], f: FoundEntity): boolean {
  return 'id' in e ? f.registered && f.id === e.id : !f.registered && entityName(f.name) === entityName(e.name);
}

/** Whether the engine's speaker is the expected one (never true for an expected null). */
export function sameSpeaker(e: ExpectedSpeaker, f: FoundQuote['speaker']): boolean {
  if (e === null || f === null) return false;
  if (typeof e === 'string') return f.entity === e;
  return bareName(f.name) === bareName(e.name);
}

/** Phrases overlap (case-insensitive) and the resolution agrees; a vague date only needs its precision. */
export function sameDate(e: Expected['dates'][number], f: FoundDate): boolean {
  return (
    overlaps(fold(e.phrase), fold(f.phrase)) &&
    e.precision === f.precision &&
    (e.precision === 'vague' || (e.start === f.start && e.end === f.end))
  );
}

const speakerLabel = (s: ExpectedSpeaker | FoundQuote['speaker']): string =>
  s === null ? 'nobody' : typeof s === 'string' ? s : 'entity' in s && s.entity ? s.entity : `“${s.name}”`;
const short = (text: string) => (text.length > 48 ? `${text.slice(0, 45)}…` : text);

/** Scores one analysis against its expectations, per category, with what went wrong. */
export function evaluate(
  expected: Expected,
  analysis: Pick<Analysis, 'entities' | 'quotes' | 'dates'>,
): Record<Category, Score> & { figures: Figures } {
  const optional = new Set((expected.optionalEntities ?? []).map(entityName));
  const entities = match(expected.entities, analysis.entities, sameEntity);
  entities.extra = entities.extra.filter((f) => f.registered || !optional.has(entityName(f.name)));
  const kinds = entities.pairs.filter(([e]) => 'kind' in e);
  const quotes = match(expected.quotes, analysis.quotes, (e, f) => quoteKey(e.text) === quoteKey(f.text));
  const dates = match(
    expected.dates,
    analysis.dates,
    sameDate,
    (e, f) => sameDate(e, f) && fold(e.phrase) === fold(f.phrase),
  );

  // Speakers: over the quotes both sides have. Precision over the engine's attributed matches,
  // recall over every expected quote with a speaker (a quote the engine missed counts as missed here too).
  const right = quotes.pairs.filter(([e, f]) => sameSpeaker(e.speaker, f.speaker));
  const wrong = quotes.pairs.filter(([e, f]) => f.speaker !== null && !sameSpeaker(e.speaker, f.speaker));
  const bothNull = quotes.pairs.filter(([e, f]) => e.speaker === null && f.speaker === null);
  const unmatchedSpeakers = expected.quotes.filter((q) => q.speaker !== null && !right.some(([e]) => e === q));
  const pairOf = (q: ExpectedQuote) => quotes.pairs.find(([e]) => e === q)?.[1];

  return {
    figures: {
      quotesMatched: quotes.pairs.length,
      speakersRight: right.length + bothNull.length,
      speakersWrong: wrong.length,
      kindsMatched: kinds.length,
      kindsRight: kinds.filter(([e, f]) => 'kind' in e && e.kind === f.kind).length,
    },
    entities: {
      tp: entities.pairs.length,
      fp: entities.extra.length,
      fn: entities.missed.length,
      missed: entities.missed.map((e) => ('id' in e ? e.id : `${e.name} (unregistered)`)),
      extra: [
        ...entities.extra.map((f) => (f.registered ? f.id : `${f.name} (unregistered)`)),
        ...kinds
          .filter(([e, f]) => 'kind' in e && e.kind !== f.kind)
          .map(([e, f]) => `kind of ${f.name}: ${f.kind}, expected ${'kind' in e ? e.kind : '?'}`),
      ],
    },
    quotes: {
      tp: quotes.pairs.length,
      fp: quotes.extra.length,
      fn: quotes.missed.length,
      missed: quotes.missed.map((q) => `“${short(q.text)}”`),
      extra: quotes.extra.map((q) => `“${short(q.text)}”`),
    },
    speakers: {
      tp: right.length,
      fp: wrong.length,
      fn: unmatchedSpeakers.length,
      missed: unmatchedSpeakers.map((q) => {
        const found = pairOf(q);
        const got = found === undefined ? 'quote not found' : `got ${speakerLabel(found.speaker)}`;
        return `“${short(q.text)}”: ${speakerLabel(q.speaker)}, ${got}`;
      }),
      extra: wrong.map(
        ([e, f]) => `“${short(f.text)}”: ${speakerLabel(f.speaker)}, expected ${speakerLabel(e.speaker)}`,
      ),
    },
    dates: {
      tp: dates.pairs.length,
      fp: dates.extra.length,
      fn: dates.missed.length,
      missed: dates.missed.map((d) => `${d.phrase} → ${describeDate(d)}`),
      extra: dates.extra.map((d) => `${d.phrase} → ${describeDate(d)}`),
    },
  };
}

function describeDate(d: { start: string; end: string; precision: string }): string {
  if (d.precision === 'vague') return 'vague';
  return d.start === d.end ? `${d.start} (${d.precision})` : `${d.start}..${d.end} (${d.precision})`;
}
