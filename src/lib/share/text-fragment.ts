/** A selection as the page's text sees it: the selected words and the text around them. */
export interface SelectionContext {
  /** The selected text, already expanded to whole words. */
  text: string;
  /** Everything the page shows before the selection, in document order (for repeats). */
  before: string;
  /** The words before the selection in its own paragraph (for a prefix). */
  blockBefore: string;
  /** The words after the selection in its own paragraph (for a suffix). */
  blockAfter: string;
}

/** The words a text fragment shows in full; a longer selection is given by its first and last words. */
const FULL_WORDS = 8;
const EDGE_WORDS = 4;
/** At most this many words of context are added before or after. */
const CONTEXT_WORDS = 3;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);
const squash = (text: string) => words(text).join(' ');
const WORD_CHAR = /[\p{L}\p{N}\p{M}’'_-]/u;

/** Where `needle` first occurs in `haystack` between word boundaries (whitespace squashed in both), or -1. */
export function firstWordMatch(haystack: string, needle: string): number {
  const hay = squash(haystack);
  const wanted = squash(needle);
  if (wanted === '') return -1;
  for (let at = hay.indexOf(wanted); at >= 0; at = hay.indexOf(wanted, at + 1)) {
    const open = at === 0 || !WORD_CHAR.test(hay[at - 1]!);
    const close = at + wanted.length === hay.length || !WORD_CHAR.test(hay[at + wanted.length]!);
    if (open && close) return at;
  }
  return -1;
}

/** Whether `term`'s first match in `before + term + rest` is the one right after `before`. */
function firstAtSelection(before: string, term: string, rest = ''): boolean {
  const at = firstWordMatch(`${before} ${term} ${rest}`, term);
  return at === squash(`${before} ${term}`).length - squash(term).length;
}

/** Percent-encodes text for a text directive: `-`, `,` and `&` are syntax there, so they are encoded too. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The text directive (`text=…`) that leads a browser to this selection and no earlier repeat of it:
 * the words in full, or `start,end` for a long selection, with `prefix-,` (or `,-suffix` when the
 * selection opens its paragraph) of up to three words when the words occur earlier on the page.
 */
export function textDirective(selection: SelectionContext): string | undefined {
  const selected = words(selection.text);
  if (selected.length === 0) return undefined;
  const whole = selected.join(' ');
  let start = whole;
  let end: string | undefined;
  if (selected.length > FULL_WORDS) {
    const head = selected.slice(0, EDGE_WORDS).join(' ');
    const tail = selected.slice(-EDGE_WORDS).join(' ');
    // After its start, the browser takes the first match of the end: it must be the selection's last words.
    if (firstAtSelection(selected.slice(EDGE_WORDS, -EDGE_WORDS).join(' '), tail)) {
      start = head;
      end = tail;
    }
  }
  const body =
    end === undefined ? encodeFragmentText(start) : `${encodeFragmentText(start)},${encodeFragmentText(end)}`;
  const pageBefore = squash(selection.before);
  if (firstAtSelection(pageBefore, start)) return `text=${body}`;
  // The paragraph's words before the selection end the page's text before it: a prefix is cut from there.
  const before = words(selection.blockBefore);
  for (let count = 1; count <= Math.min(CONTEXT_WORDS, before.length); count++) {
    const prefix = before.slice(-count).join(' ');
    if (firstAtSelection(pageBefore.slice(0, pageBefore.length - prefix.length), `${prefix} ${start}`))
      return `text=${encodeFragmentText(prefix)}-,${body}`;
  }
  const after = words(selection.blockAfter);
  for (let count = 1; count <= Math.min(CONTEXT_WORDS, after.length); count++) {
    const suffix = after.slice(0, count).join(' ');
    if (firstWordMatch(selection.before, `${whole} ${suffix}`) < 0)
      return `text=${body},-${encodeFragmentText(suffix)}`;
  }
  return `text=${body}`;
}

/** The page URL with a text fragment (`#:~:text=…`) for the selection; undefined when nothing is selected. */
export function textFragmentUrl(pageUrl: string, selection: SelectionContext): string | undefined {
  const directive = textDirective(selection);
  if (!directive) return undefined;
  const page = new URL(pageUrl);
  page.hash = '';
  return `${page.href}#:~:${directive}`;
}
