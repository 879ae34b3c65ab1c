/**
 * Quotations: where the marks pair up (quote-marks.ts), which quotations go on over paragraphs, and which quoted
 * words are not speech at all: a nickname or a title in quotation marks ("goes by the name “Tiny.”").
 */
import type { QuoteSite } from './attribution/types.ts';
import { opensWithQuote, quoteStyleOf, scanQuoteMarks } from './quote-marks.ts';
import type { SentenceSpan } from './sentences.ts';

/** A paragraph as the quote finder needs it. */
export interface QuoteParagraph {
  text: string;
  sentences: readonly SentenceSpan[];
}

/** Where a quote finder could not pair a mark: paragraph index and offset; `missing` when it read a quotation anyway. */
export interface UnbalancedMark {
  paragraph: number;
  at: number;
  missing?: 'opening' | 'closing';
}

/** Words right before an opening mark that make the quoted words a name, not speech. */
const NAMING =
  /\b(?:name|named|nicknamed|known as|dubbed|titled|entitled|so-called|the words?|the term|the phrase|the slogan|the hashtag|headlined|called)\s*$/i;

/** Nouns of works and campaigns whose titles stand in quotation marks. */
const WORKS =
  /\b(?:book|film|movie|show|series|song|album|novel|play|programme|program|documentary|report|paper|study|article|column|podcast|exhibition|campaign|operation|slogan|titled|entitled|headlined)\s*,?\s*$/i;

/** Every quotation of the paragraphs (paragraph index, spans, continuation), in reading order. */
export function findQuoteSites(paragraphs: readonly QuoteParagraph[]): {
  sites: QuoteSite[];
  unbalanced: UnbalancedMark[];
} {
  const sites: QuoteSite[] = [];
  const unbalanced: UnbalancedMark[] = [];
  const style = quoteStyleOf(paragraphs.map((p) => p.text));
  let openQuote: number | undefined;
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    const scan = scanQuoteMarks(
      paragraph.text,
      next !== undefined && opensWithQuote(next.text, style),
      style,
      openQuote !== undefined,
    );
    for (const at of scan.unbalanced) unbalanced.push({ paragraph: index, at });
    for (const { at, missing } of scan.repaired) unbalanced.push({ paragraph: index, at, missing });
    // Copy that quotes speech in double marks may still quote a phrase in single ones ("declared himself
    // 'extremely proud'"); single marks inside a double quotation are a quotation within it, not one of their own.
    if (style === 'double') {
      // A single word so marked ("the ‘plan’") is a scare quote; a phrase is a partial quotation.
      const inner = scanQuoteMarks(paragraph.text, false, 'single').ranges.filter(
        (r) =>
          !scan.ranges.some((d) => r.start <= d.end + 1 && d.start <= r.end + 1) &&
          /\S\s+\S/.test(paragraph.text.slice(r.start, r.end).trim()),
      );
      scan.ranges.push(...inner);
      scan.ranges.sort((a, b) => a.start - b.start);
    }
    let continues = openQuote;
    openQuote = undefined;
    for (const range of scan.ranges) {
      const bounds = trimQuote(paragraph.text, range.start, range.end);
      if (!bounds || isName(paragraph.text, range.start - 1, bounds)) continue;
      const opensParagraph = /^[\s‘’“”"']*$/.test(paragraph.text.slice(0, range.start - 1));
      sites.push({
        paragraph: index,
        ...bounds,
        open: range.start - 1,
        close: range.end,
        sentence: sentenceAround(paragraph.sentences, range.start),
        continues: opensParagraph ? continues : undefined,
      });
      continues = undefined;
      if (range.open) openQuote = sites.length - 1;
    }
  });
  return { sites, unbalanced };
}

/**
 * A nickname or a title in quotation marks: named by the words before it ("goes by the name “Tiny”", "known as
 * “the Beast”", "the “Whistleblower” app"), short, with no speech in it.
 */
function isName(text: string, open: number, bounds: { start: number; end: number }): boolean {
  const words = text
    .slice(bounds.start, bounds.end)
    .replace(/[.,!?]+$/, '')
    .split(/\s+/);
  const before = text.slice(Math.max(0, open - 40), open);
  const titleCase = words
    .filter((w) => !/^(?:the|a|an|of|and|on|in|for|to|at|our|my)$/i.test(w))
    .every((w) => /^[\p{Lu}\d]/u.test(w));
  // "the book “What on Earth?…”", "CNBC’s “Squawk Box Europe”": a work named in title case, at any length.
  if (titleCase && (WORKS.test(before) || /\p{Lu}[\p{L}.]*['’]s\s*$/u.test(before))) return true;
  if (words.length > 4) return false;
  if (/\b(?:the|a|an)\s*$/i.test(before)) return titleCase;
  return NAMING.test(before) && titleCase;
}

/** The quoted words without surrounding spaces and a trailing comma; undefined when nothing is left. */
function trimQuote(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

function sentenceAround(sentences: readonly SentenceSpan[], at: number): SentenceSpan {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences.at(-1) ?? { start: 0, end: at };
}
