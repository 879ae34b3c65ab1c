/** Class of the empty element that keeps a moved anchor's old id (see `withMovedAnchors`). */
export const MOVED_ANCHOR_CLASS = 'na-moved-anchor';

/**
 * The page's HTML with, for each moved anchor (old → new id), an empty `<span id="old">` as the first
 * child of the element that has the new id, so that a link to the old anchor lands there without
 * JavaScript. A moved anchor whose new element is not in the HTML is left out.
 */
export function withMovedAnchors(html: string, moved: Readonly<Record<string, string>>): string {
  let result = html;
  for (const [old, now] of Object.entries(moved)) {
    const at = result.indexOf(` id="${now}"`);
    if (at < 0 || result.includes(` id="${old}"`)) continue;
    const close = startTagEnd(result, at);
    if (close < 0) continue;
    const marker = `<span id="${old}" class="${MOVED_ANCHOR_CLASS}"></span>`;
    result = `${result.slice(0, close + 1)}${marker}${result.slice(close + 1)}`;
  }
  return result;
}

/** Index of the `>` that closes the start tag holding `from`; attribute values are double-quoted. */
function startTagEnd(html: string, from: number): number {
  let quoted = false;
  for (let i = from; i < html.length; i++) {
    if (html[i] === '"') quoted = !quoted;
    else if (html[i] === '>' && !quoted) return html[i - 1] === '/' ? -1 : i;
  }
  return -1;
}
