import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleBuildData } from './build-data.ts';
import { linkOrCopy } from './files.ts';
import type { OgPool } from './og-pool.ts';
import { fillSharePage, type ShareTemplate } from './share-pages.ts';

/** The file of a share page, relative to the site's root. */
export function sharePageFile(slug: string, anchor: string): string {
  return `articles/${slug}/s/${anchor}/index.html`;
}

/**
 * Writes the share pages and preview images of the given articles into `staging` and returns each
 * article's files. Every card goes to the image pool first, so the workers render while the share pages
 * are written; an image is a hard link to its file in the image cache.
 */
export async function writeArticleFiles(
  articles: readonly ArticleBuildData[],
  template: ShareTemplate,
  staging: string,
  pool: OgPool,
): Promise<Map<string, string[]>> {
  const images = articles.map((article) =>
    article.cards.map(async ({ path, card }) => {
      linkOrCopy(await pool.image(card), join(staging, path));
      return path;
    }),
  );
  const files = new Map<string, string[]>();
  for (const article of articles) {
    const pages = article.shares.map((share) => {
      const file = sharePageFile(article.slug, share.anchor);
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      writeFileSync(join(staging, file), fillSharePage(template, article.slug, share));
      return file;
    });
    files.set(article.slug, pages);
  }
  const linked = await Promise.all(images.map((paths) => Promise.all(paths)));
  articles.forEach((article, i) => files.get(article.slug)!.push(...linked[i]!));
  return files;
}
