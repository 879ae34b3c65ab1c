/** What a missing address says about what the reader was after. */
export interface NotFoundHint {
  /** `/articles/<slug>/` when the address is an article's or one of its share pages. */
  article: string | undefined;
  /** The anchor of a share page (`/articles/<slug>/s/<anchor>/`) or the article's fragment. */
  anchor: string | undefined;
  /** The address's words, for a search ("china delegation north korea"). */
  words: string;
}

/** Reads a missing path: an article's, a share page's, or any other (its words only); undefined for `/`. */
export function notFoundHint(path: string, hash = ''): NotFoundHint | undefined {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return undefined;
  const isArticle = parts[0] === 'articles' && parts.length >= 2;
  const slug = isArticle ? parts[1]! : parts.at(-1)!;
  const share = isArticle && parts[2] === 's' ? parts[3] : undefined;
  const anchor = share ?? (hash.replace(/^#/, '') || undefined);
  return {
    article: isArticle ? `/articles/${slug}/` : undefined,
    anchor: isArticle ? anchor : undefined,
    words: slug
      .replace(/\.html?$/, '')
      .split(/[-_\s]+/)
      .filter(Boolean)
      .join(' '),
  };
}
