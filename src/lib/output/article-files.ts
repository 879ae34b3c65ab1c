import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleBuildData } from './build-data.ts';
import { storedAnalysisFile } from '../copy-store.ts';
import { linkOrCopy } from './files.ts';
import type { OgPool } from './og-pool.ts';
import { fillSharePage, type ShareTemplate } from './share-pages.ts';

/** The file of a share page, relative to the site's root. */
export function sharePageFile(slug: string, anchor: string): string {
  return `articles/${slug}/s/${anchor}/index.html`;
}

/** An article's files, and those of them that differ from the published ones (staged). */
export interface ArticleFiles {
  files: string[];
  staged: string[];
}

/**
 * Writes the share pages, preview images and `analysis.json` of the given articles into `staging`, except
 * files the published site (`published`, when the commit moves files into it) already holds byte for byte.
 * Every card goes to the image pool first, so the workers render while the share pages are written. An image
 * is a hard link to its file in the image cache, the analysis to the validated file in the copy store.
 */
export async function writeArticleFiles(
  articles: readonly ArticleBuildData[],
  template: ShareTemplate,
  staging: string,
  published: string | undefined,
  pool: OgPool,
): Promise<Map<string, ArticleFiles>> {
  const images = articles.map((article) =>
    article.cards.map(async ({ path, card }) => {
      const cached = await pool.image(card);
      if (published && sameFile(cached, join(published, path))) return { path, staged: false };
      linkOrCopy(cached, join(staging, path));
      return { path, staged: true };
    }),
  );
  const files = new Map<string, ArticleFiles>();
  for (const article of articles) {
    const written: ArticleFiles = { files: [], staged: [] };
    const analysis = `articles/${article.slug}/analysis.json`;
    written.files.push(analysis);
    if (!published || !sameFile(storedAnalysisFile(article.analysisRef), join(published, analysis))) {
      linkOrCopy(storedAnalysisFile(article.analysisRef), join(staging, analysis));
      written.staged.push(analysis);
    }
    for (const share of article.shares) {
      const file = sharePageFile(article.slug, share.anchor);
      const html = fillSharePage(template, article.slug, share);
      written.files.push(file);
      if (published && sameText(join(published, file), html)) continue;
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      writeFileSync(join(staging, file), html);
      written.staged.push(file);
    }
    files.set(article.slug, written);
    // Let the search index's messages and the workers' answers through between articles.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const linked = await Promise.all(images.map((paths) => Promise.all(paths)));
  articles.forEach((article, i) => {
    const written = files.get(article.slug)!;
    for (const { path, staged } of linked[i]!) {
      written.files.push(path);
      if (staged) written.staged.push(path);
    }
  });
  return files;
}

function sameText(file: string, text: string): boolean {
  return existsSync(file) && readFileSync(file, 'utf8') === text;
}

/** The published file is the cached one (the same hard link), or has the same bytes. */
function sameFile(cached: string, file: string): boolean {
  if (!existsSync(file)) return false;
  const [a, b] = [statSync(cached), statSync(file)];
  return (a.ino === b.ino && a.dev === b.dev) || (a.size === b.size && readFileSync(cached).equals(readFileSync(file)));
}
