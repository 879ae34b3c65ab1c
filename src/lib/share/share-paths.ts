import type { ShareTarget } from './share-targets.ts';

/** Path of a share page. */
export function sharePath(slug: string, anchor: string): string {
  return `/articles/${slug}/s/${anchor}/`;
}

/** Path of the preview image a share page shows: the quote's own, or the article's. */
export function shareImagePath(slug: string, target: Pick<ShareTarget, 'image' | 'target'>): string {
  return target.image === 'quote' ? `${sharePath(slug, target.target)}og.png` : articleImagePath(slug);
}

/** Path of an article's preview image. */
export function articleImagePath(slug: string): string {
  return `/articles/${slug}/og.png`;
}
