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
