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
  /** Unpaired marks read as a quotation whose other mark the copy dropped: offset, and the mark that is missing. */
  repaired: { at: number; missing: 'opening' | 'closing' }[];
}

/** Which marks quote: double (“…”, "…") as in most English news, or single (‘…’, '…') as in British copy. */
export type QuoteStyle = 'double' | 'single';

/**
 * Opening marks and what closes each: English “…”, German and Polish „…“ or „…”, French and many other languages'
 * «…», and the single ‘…’ of British copy. Straight marks close themselves.
 */
const MARKS: Record<QuoteStyle, { closers: Readonly<Record<string, string>>; straight: string }> = {
  double: { closers: { '“': '”', '„': '“”', '«': '»' }, straight: '"' },
  single: { closers: { '‘': '’' }, straight: "'" },
};
const ALL_CLOSERS: Record<QuoteStyle, string> = { double: '”“»', single: '’' };

/**
 * Single marks quote in copy that uses no double ones, or where they open at least twice as many quotations (a
 * British copy whose quoted speakers quote someone in double marks); otherwise they are apostrophes or nested.
 */
export function quoteStyleOf(paragraphs: readonly string[]): QuoteStyle {
  const count = (pattern: RegExp) => paragraphs.reduce((n, text) => n + (text.match(pattern)?.length ?? 0), 0);
  const doubles = count(/[“„«]|(?:^|[\s([—–-])"(?=\S)|‘‘/gu);
  const singles = count(/(?:^|[\s([—–-])[‘'](?=\p{Lu})/gu);
  if (doubles === 0 && paragraphs.some((text) => /[”"»]|’’/.test(text))) return 'double';
  return doubles === 0 || (singles >= 2 && singles >= 2 * doubles) ? 'single' : 'double';
}

/**
 * Pairs quotation marks, curly or straight. A straight mark opens after a space, a bracket or a dash and
 * closes otherwise; with single marks, one between two letters or digits is an apostrophe ("union’s").
 * A quotation left open at the end of a paragraph is kept as `open` only when the next paragraph starts
 * with an opening mark (the news convention for quotes over paragraphs).
 */
export function scanQuoteMarks(
  text: string,
  nextParagraphOpensQuote: boolean,
  style: QuoteStyle = 'double',
  continuing = false,
): QuoteScan {
  const { closers, straight } = MARKS[style];
  const anyCloser = ALL_CLOSERS[style];
  const ranges: QuoteRange[] = [];
  const unbalanced: number[] = [];
  const repaired: QuoteScan['repaired'] = [];
  let openAt = -1;
  let opener = '';
  const first = text.length - text.trimStart().length;
  for (let i = 0; i < text.length; i++) {
    // ‘‘…’’: two single marks that some sites print for a double one.
    const doubled = style === 'double' && (text.startsWith('‘‘', i) || text.startsWith('’’', i));
    const char = doubled ? (text[i] === '‘' ? '“' : '”') : text[i]!;
    // A straight mark closes any quotation; a curly one the quotation its pair opened (a straight one, the
    // language's usual closer).
    const closes = openAt !== -1 && (char === straight || (closers[opener] ?? anyCloser.slice(0, 1)).includes(char));
    if (!closes && !(char in closers) && !anyCloser.includes(char) && char !== straight) continue;
    if (style === 'single' && (isApostrophe(text, i) || (openAt !== -1 && isElision(text, i, anyCloser + straight))))
      continue;
    // Some sites open a paragraph that goes on with a quotation with a closing mark ("” And then…").
    const reopens = continuing && i === first && anyCloser.includes(char) && /\p{L}/u.test(text[i + 1] ?? '');
    const opens = !closes && (char in closers || reopens || (char === straight && opensStraight(text, i, openAt)));
    if (opens) {
      if (openAt !== -1) unbalanced.push(openAt);
      openAt = doubled ? i + 1 : i;
      opener = char in closers ? char : straight;
    } else if (closes) {
      ranges.push({ start: openAt + 1, end: i, open: false });
      openAt = -1;
    } else if (ranges.length === 0 && unbalanced.length === 0 && droppedOpener(text, first, i)) {
      // "…no one should disseminate irresponsible information,” the ministry warned.": the copy dropped the
      // opening mark of a quotation that fills the paragraph's start.
      ranges.push({ start: first, end: i, open: false });
      repaired.push({ at: i, missing: 'opening' });
    } else {
      // A closing mark with nothing open, or of another pair inside a quotation ("«… ” …»").
      unbalanced.push(i);
    }
    if (doubled) i++;
  }
  if (openAt !== -1) {
    const end = text.trimEnd().length;
    if (nextParagraphOpensQuote) ranges.push({ start: openAt + 1, end, open: true });
    else if (droppedCloser(text, first, openAt)) {
      ranges.push({ start: openAt + 1, end: attributionTail(text, openAt + 1, end), open: false });
      repaired.push({ at: openAt, missing: 'closing' });
    } else unbalanced.push(openAt);
  }
  // With single marks an unpaired one is most often an apostrophe ("the members’ vote"): no warning.
  return { ranges, unbalanced: style === 'single' ? [] : unbalanced, repaired };
}

const SPEECH_AFTER =
  /^\s*,?\s*(?:[\p{L}'’.-]+\s+){0,5}?(?:said|says|added|adds|warned|told|explained|stated|continued|insisted|noted|wrote|concluded|argued|claimed)\b/u;

/**
 * A closing mark with no opener, first of its paragraph, after a sentence's worth of words and before a speech
 * verb: the copy dropped the opening mark. An apostrophe ("the members’ union") has no punctuation before it.
 */
function droppedOpener(text: string, first: number, close: number): boolean {
  const words = text.slice(first, close).trim().split(/\s+/);
  const punctuated = /[,.!?]$/.test(text.slice(first, close)) || text[close + 1] === ',';
  return words.length >= 4 && /^\p{Lu}/u.test(words[0]!) && punctuated && SPEECH_AFTER.test(text.slice(close + 1));
}

/**
 * An opening mark never closed, at the paragraph's start or after "said:", with the paragraph still to come (the
 * copy's last paragraph, or one the next does not go on): the copy dropped the closing mark at the paragraph end.
 */
function droppedCloser(text: string, first: number, open: number): boolean {
  const lead = open === first || /:\s*$/.test(text.slice(0, open));
  return (
    lead &&
    text
      .slice(open + 1)
      .trim()
      .split(/\s+/).length >= 4
  );
}

/**
 * "…do little things right, he added.", "…a delegation, a spokesman said on Friday.": where an attribution written
 * after the dropped closing mark begins.
 */
function attributionTail(text: string, start: number, end: number): number {
  const tail =
    /,\s+(?:he|she|they|(?:a|an|the)(?:\s+[\p{Ll}-]+){1,4}|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:said|added|says|adds|explained|continued|concluded)(?:\s+[\p{L}\d ,]{0,30})?\.?\s*$/u.exec(
      text.slice(start, end),
    );
  return tail ? start + tail.index : end;
}

/** Whether a paragraph starts with a quotation mark that opens (or, as some sites print it, a closing one). */
export function opensWithQuote(text: string, style: QuoteStyle = 'double'): boolean {
  return (style === 'double' ? /^\s*(?:[“"”„«]|‘‘)\p{L}/u : /^\s*[‘'’]\p{L}/u).test(text);
}

function opensStraight(text: string, i: number, openAt: number): boolean {
  if (openAt !== -1) return false;
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}

// "the members’ vote was clear’" (a plural possessive), "we've been talkin’ about" (a dropped g): after "s" or
// "in", before a lowercase word, with another closing mark to come.
function isElision(text: string, i: number, closers: string): boolean {
  const plural = text[i - 1] === 's';
  const droppedG = /\p{Ll}in$/u.test(text.slice(Math.max(0, i - 4), i));
  if ((!plural && !droppedG) || !/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  for (let j = i + 1; j < text.length; j++) if (closers.includes(text[j]!) && !isApostrophe(text, j)) return true;
  return false;
}

// "union’s", "don't", "’90s", "since '99".
function isApostrophe(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return true;
  // "’90s", "since '99": a year cut to its last two digits.
  return /\s/.test(before) && /^\d\d(?!\d)/.test(text.slice(i + 1, i + 4));
}
