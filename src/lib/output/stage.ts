import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageAstroFiles } from './astro-files.ts';
import { readArticleData } from './article-data.ts';
import { writeArticleFiles, type ArticleFiles } from './article-files.ts';
import { ENTITY_DATA_FILE, EntityBuildDataSchema, SHARE_TEMPLATE_FILE } from './build-data.ts';
import { digestOf as hashOf } from './digest.ts';
import type { Inventory } from './inventory.ts';
import { OgPool } from './og-pool.ts';
import { parseShareTemplate } from './share-pages.ts';
import { stageSearch } from './search-output.ts';
import { filesDigest } from '../files-digest.ts';

/** What the output step staged: the files to publish, the files to remove, and the site's new inventory. */
export interface StagedSite {
  writes: string[];
  deletes: string[];
  /** Nothing was known of the published tree: the staging folder holds the whole site and replaces it. */
  replace: boolean;
  inventory: Omit<Inventory, 'tree'>;
  /** One line per part, for the build log. */
  report: string[];
}

/** The output step's own code and the image and search libraries' versions: a change remakes everything it made. */
function outputCodeDigest(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const versions = ['pagefind', 'satori', '@resvg/resvg-js'].map(
    (pkg) => JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')).version as string,
  );
  return filesDigest([here, join(here, '../share/og-image.ts'), join(here, '../../site.ts')]) + versions.join();
}

/**
 * After `astro build` wrote the work tree: stages everything that differs from the published site (its
 * inventory `published`; undefined when unknown, then the whole site is staged). Astro's changed files are
 * copied, each changed article's share pages and preview images written, each changed search shard indexed.
 */
export async function stageSite(options: {
  work: string;
  target: string;
  staging: string;
  started: number;
  published: Inventory | undefined;
  language: string;
}): Promise<StagedSite> {
  const { work, staging, published } = options;
  const report: string[] = [];
  let clock = performance.now();
  const lap = () => `${((performance.now() - clock) / 1000).toFixed(1)} s`;
  const restart = () => (clock = performance.now());

  const astro = stageAstroFiles({ ...options, published: published?.astro });
  report.push(
    `Astro's files: ${astro.writes.length} staged, ${astro.deletes.length} removed (${astro.current.length} in all) in ${lap()}`,
  );
  restart();

  const templateHtml = readFileSync(join(work, SHARE_TEMPLATE_FILE), 'utf8');
  const articleCode = hashOf(outputCodeDigest(), templateHtml);
  const trusted = published?.articleCode === articleCode ? published : undefined;
  const { entries: articles, changed, read } = readArticleData(work, articleCode, trusted, options.started);
  const entityText = readFileSync(join(work, ENTITY_DATA_FILE), 'utf8');
  // The search index is built by Pagefind's own process while this one writes share pages and the
  // workers draw images: the three run side by side.
  const searching = stageSearch({
    staging,
    target: published && options.target,
    language: options.language,
    code: articleCode,
    articles,
    entities: {
      hash: hashOf(articleCode, entityText),
      records: () => EntityBuildDataSchema.parse(JSON.parse(entityText)).records,
    },
    recordsOf: (slug) => read(slug).records,
    published: trusted?.search,
  }).then((search) => ({ search, seconds: lap() }));
  const pool = new OgPool();
  let files: Map<string, ArticleFiles>;
  try {
    files = await writeArticleFiles(
      changed,
      parseShareTemplate(templateHtml),
      staging,
      published && options.target,
      pool,
    );
  } finally {
    await pool.close();
  }
  for (const article of changed) articles[article.slug]!.files = files.get(article.slug)!.files;
  const articleWrites = [...files.values()].flatMap((written) => written.staged);
  const articleDeletes = Object.entries(published?.articles ?? {}).flatMap(([slug, before]) => {
    const now = new Set(articles[slug]?.files);
    return before.files.filter((file) => !now.has(file));
  });
  const shares = changed.reduce((sum, article) => sum + article.shares.length, 0);
  report.push(
    `articles: ${changed.length} of ${Object.keys(articles).length} changed, ${shares} share pages made; ` +
      `preview images ${pool.rendered} rendered, ${pool.reused} reused; ${articleWrites.length} files new or changed, ` +
      `${articleDeletes.length} removed in ${lap()}`,
  );
  const { search, seconds } = await searching;
  report.push(`search, beside the articles: ${search.report} in ${seconds}`);

  const inventory = { version: 1 as const, articleCode, astro: astro.current, articles, search: search.shards };
  return {
    writes: [...astro.writes, ...articleWrites, ...search.writes],
    deletes: gone(published, inventory),
    replace: published === undefined,
    inventory,
    report,
  };
}

/** Every file of an inventory, whoever made it. */
function filesOf(inventory: Omit<Inventory, 'tree'>): string[] {
  return [
    ...inventory.astro,
    ...Object.values(inventory.articles).flatMap((article) => article.files),
    ...Object.values(inventory.search).flatMap((shard) => shard.files),
  ];
}

/** Published files that nothing makes any more (a file that changed hands, from a route to the output step, stays). */
function gone(published: Inventory | undefined, next: Omit<Inventory, 'tree'>): string[] {
  if (!published) return [];
  const now = new Set(filesOf(next));
  return [...new Set(filesOf(published))].filter((file) => !now.has(file));
}
