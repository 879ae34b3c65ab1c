/** A run of quoted words in one paragraph, marks excluded. */
export interface QuoteRange {
  /** Offset just after the opening mark. */
  start: number;
  /** Offset of the closing mark (or the paragraph's end for an open quote). */
  end: number;
  /** The quotation goes on in the next paragraph (no closing mark here). */
  open: boolean;
}

/** Where a paragraph's quotation marks pair up, and the marks left unpaired. */
export interface QuoteScan {
  ranges: QuoteRange[];
  unbalanced: number[];
}

const OPENING = '“';
const CLOSING = '”';

/**
 * Pairs double quotation marks, curly or straight. A straight mark opens after a space, a bracket or a
 * dash and closes otherwise. A quotation left open at the end of a paragraph is kept as `open` only when
 * the next paragraph starts with an opening mark (the news convention for quotes over paragraphs).
 */
export function scanQuoteMarks(text: string, nextParagraphOpensQuote: boolean): QuoteScan {
  const ranges: QuoteRange[] = [];
  const unbalanced: number[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== OPENING && char !== CLOSING && char !== '"') continue;
    const opens = char === OPENING || (char === '"' && opensStraight(text, i, openAt));
    if (opens) {
      if (openAt !== -1) unbalanced.push(openAt);
      openAt = i;
    } else if (openAt === -1) {
      unbalanced.push(i);
    } else {
      ranges.push({ start: openAt + 1, end: i, open: false });
      openAt = -1;
    }
  }
  if (openAt !== -1) {
    if (nextParagraphOpensQuote) ranges.push({ start: openAt + 1, end: text.trimEnd().length, open: true });
    else unbalanced.push(openAt);
  }
  return { ranges, unbalanced };
}

/** Whether a paragraph starts with an opening quotation mark. */
export function opensWithQuote(text: string): boolean {
  return /^\s*[“"]/.test(text);
}

function opensStraight(text: string, i: number, openAt: number): boolean {
  if (openAt !== -1) return false;
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}
