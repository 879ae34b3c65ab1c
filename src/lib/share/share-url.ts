/** Anchors that have a share page of their own (with its preview); sections and others link to the article. */
const SHAREABLE = /^(p|quote|event)-/;

/**
 * The URL a share control hands out for an anchor: its share page when it has one
 * (`<origin><shareBase><anchor>/`), otherwise the page URL with the fragment.
 */
export function shareUrl(pageUrl: string, anchor: string, shareBase: string | undefined): string {
  const page = new URL(pageUrl);
  if (shareBase && SHAREABLE.test(anchor)) return new URL(`${shareBase}${anchor}/`, page.origin).href;
  page.hash = anchor;
  return page.href;
}

/** The words a text fragment shows in full; a longer selection is given by its first and last words. */
const FULL_WORDS = 8;
const EDGE_WORDS = 4;

/**
 * A link to selected text as a text fragment (`#:~:text=`): the whole selection when it is short, else
 * `start,end` with its first and last words, so that the link stays short and survives whitespace.
 */
export function textFragmentUrl(pageUrl: string, selection: string): string | undefined {
  const words = selection.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const page = new URL(pageUrl);
  page.hash = '';
  const directive =
    words.length <= FULL_WORDS
      ? encodeFragmentText(words.join(' '))
      : `${encodeFragmentText(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${page.href}#:~:text=${directive}`;
}

/** Percent-encodes text for a text directive: `-`, `,` and `&` are syntax there, so they are encoded too. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
