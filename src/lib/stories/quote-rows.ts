import type { Analysis, Quote } from '../../schemas/analysis.ts';
import type { QuoteReading, QuoteRow } from '../../schemas/comparison.ts';
import { paragraphNumbers } from './paragraph-numbers.ts';
import { rowId } from './row-id.ts';
import { LabelledSets } from './union-find.ts';
import { compareWording, sharedContentWords, type WordingDiff } from './word-diff.ts';
import { contentWords, wordsOf, type Word } from './words.ts';
import { wordingSegments } from './wording-segments.ts';

/** One copy's quotes (in reading order) and paragraphs; copies come in story order. */
export interface CopyQuotes {
  slug: string;
  analysis: Pick<Analysis, 'quotes' | 'paragraphs'>;
}

/** A quote of one to three words is a fragment: too short to compare word by word. */
export const FRAGMENT_WORDS = 3;
/** Two longer quotes are one remark when they share at least this many content words… */
const MIN_SHARED = 2;
/** …and at least this share of the shorter quote's content words. */
const MIN_SHARE = 0.5;

interface Item {
  copy: string;
  paragraphNumber: number;
  quote: Quote;
  words: Word[];
  /** The words' comparison forms, joined: copies of one wire text share it, and so their diffs. */
  key: string;
  content: string[];
  speaker: string | null;
}

/** Who said it, as a key: the entity id, else the name the copy gives; null when the copy names no one. */
function speakerKey(quote: Quote): string | null {
  if (!quote.speaker) return null;
  return quote.speaker.entity ?? `name:${quote.speaker.name.toLowerCase()}`;
}

/**
 * Aligns the quotes of several copies into rows, one row per utterance. Two quotes of one speaker join
 * when they share enough content words over a word diff; fragments join the one row of their speaker
 * that holds their content words; quotes of different speakers never share a row.
 */
export function quoteRows(copies: readonly CopyQuotes[]): QuoteRow[] {
  const items: Item[] = copies.flatMap(({ slug, analysis }) => {
    const numbers = paragraphNumbers(analysis.paragraphs);
    return analysis.quotes.map((quote) => {
      const words = wordsOf(quote.text);
      const content = contentWords(words).map((w) => w.norm);
      const paragraphNumber = numbers.get(quote.paragraph) ?? 1;
      const key = words.map((w) => w.norm).join(' ');
      return { copy: slug, paragraphNumber, quote, words, key, content, speaker: speakerKey(quote) };
    });
  });
  const sets = new LabelledSets(items.map((item) => item.speaker));
  const compare = memo((reading: Item, reference: Item) => compareWording(reading.words, reference.words));
  joinLongQuotes(items, sets);
  joinFragments(items, sets);
  const used = new Set<string>();
  // Groups come in reading order of their first quote; the sort keeps it among rows of as many copies.
  return sets
    .groups()
    .map((members) =>
      buildRow(
        members.map((i) => items[i]!),
        compare,
      ),
    )
    .sort((a, b) => b.copies.length - a.copies.length)
    .map((row) => ({ ...row, id: rowId('quote-row', row.readings[0]!.text, used) }));
}

/** Joins quotes of more than three words that share enough content words, the most alike pairs first. */
function joinLongQuotes(items: readonly Item[], sets: LabelledSets): void {
  const long = items.map((item, i) => ({ item, i })).filter(({ item }) => item.words.length > FRAGMENT_WORDS);
  const pairs: { a: number; b: number; score: number }[] = [];
  const shared = memo((a: Item, b: Item) => sharedContentWords(a.words, b.words));
  for (let x = 0; x < long.length; x++) {
    const a = long[x]!;
    const aContent = new Set(a.item.content);
    for (let y = x + 1; y < long.length; y++) {
      const b = long[y]!;
      if (a.item.speaker !== null && b.item.speaker !== null && a.item.speaker !== b.item.speaker) continue;
      // Cheap test first: a pair with fewer than two content words in common cannot join.
      if (b.item.content.filter((w) => aContent.has(w)).length < MIN_SHARED) continue;
      const common = shared(a.item, b.item);
      const shorter = Math.min(a.item.content.length, b.item.content.length);
      if (common >= MIN_SHARED && common >= MIN_SHARE * shorter)
        pairs.push({ a: a.i, b: b.i, score: common / shorter });
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  for (const { a, b } of pairs) sets.union(a, b);
}

/**
 * A fragment joins the one row of its (named) speaker whose longer quotes hold its content words in order;
 * when none or several do, it joins only fragments of the same words and speaker.
 */
function joinFragments(items: readonly Item[], sets: LabelledSets): void {
  const holds = (long: Item, words: readonly string[]) => {
    let at = 0;
    for (const word of long.words) if (word.norm === words[at]) at++;
    return at === words.length;
  };
  const alone = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.words.length > FRAGMENT_WORDS || item.speaker === null) return;
    const rows = new Set<number>();
    if (item.content.length > 0) {
      items.forEach((other, j) => {
        if (other.words.length > FRAGMENT_WORDS && other.speaker === item.speaker && holds(other, item.content))
          rows.add(sets.find(j));
      });
    }
    if (rows.size === 1) sets.union(i, [...rows][0]!);
    else {
      const key = `${item.speaker}|${item.words.map((w) => w.norm).join(' ')}`;
      const twin = alone.get(key);
      if (twin === undefined) alone.set(key, i);
      else sets.union(twin, i);
    }
  });
}

/** A row from its quotes (in story and reading order): the longest is the reference, compared with every other. */
function buildRow(byStory: readonly Item[], compare: (reading: Item, reference: Item) => WordingDiff): QuoteRow {
  const reference = byStory.reduce((best, item) => (item.words.length > best.words.length ? item : best));
  const readings = [reference, ...byStory.filter((item) => item !== reference)].map((item) =>
    reading(item, reference, compare),
  );
  const copies = [...new Set(byStory.map((item) => item.copy))];
  const named = byStory.find((item) => item.quote.speaker && item.speaker !== null)?.quote.speaker;
  const verbatim = readings.every(
    (r) => r.inserted.length === 0 && r.dropped.length === 0 && r.changed.length === 0 && r.contained !== false,
  );
  return {
    id: 'quote-row-pending',
    speaker: named ? { name: named.name, entity: named.entity } : null,
    copies,
    verbatim,
    readings,
  };
}

function reading(item: Item, reference: Item, compare: (reading: Item, reference: Item) => WordingDiff): QuoteReading {
  const base = {
    copy: item.copy,
    quote: item.quote.id,
    paragraph: item.quote.paragraph,
    paragraphNumber: item.paragraphNumber,
    text: item.quote.text,
    speaker: item.quote.speaker?.name ?? null,
    reference: item === reference,
  };
  const whole = wordingSegments(item.quote.text, item.words, []);
  if (item === reference) return { ...base, fragment: false, segments: whole, inserted: [], dropped: [], changed: [] };
  if (item.words.length <= FRAGMENT_WORDS) {
    const words = item.words.map((w) => w.norm).join(' ');
    const contained = ` ${reference.words.map((w) => w.norm).join(' ')} `.includes(` ${words} `);
    return { ...base, fragment: true, contained, segments: whole, inserted: [], dropped: [], changed: [] };
  }
  const diff = compare(item, reference);
  const segments = wordingSegments(item.quote.text, item.words, diff.runs, {
    text: reference.quote.text,
    words: reference.words,
  });
  return { ...base, fragment: false, segments, inserted: diff.inserted, dropped: diff.dropped, changed: diff.changed };
}

/** `f` over two items, computed once per pair of word sequences (copies of one wire text repeat them). */
function memo<T>(f: (a: Item, b: Item) => T): (a: Item, b: Item) => T {
  const cache = new Map<string, T>();
  return (a, b) => {
    const key = `${a.key}\u0000${b.key}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = f(a, b);
      cache.set(key, value);
    }
    return value;
  };
}
