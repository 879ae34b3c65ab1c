import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageAstroFiles, writtenSince } from './astro-files.ts';
import { writeArticleFiles, type ArticleFiles } from './article-files.ts';
import {
  ARTICLE_DATA_DIR,
  ArticleBuildDataSchema,
  ENTITY_DATA_FILE,
  EntityBuildDataSchema,
  SHARE_TEMPLATE_FILE,
  type ArticleBuildData,
} from './build-data.ts';
import { digestOf as hashOf } from './digest.ts';
import { walkTree } from './files.ts';
import type { Inventory } from './inventory.ts';
import { OgPool } from './og-pool.ts';
import { parseShareTemplate } from './share-pages.ts';
import { stageSearch } from './search-output.ts';
import { filesDigest } from '../files-digest.ts';
import { formatIssue } from '../format-issue.ts';

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
  const lap = () => {
    const seconds = (performance.now() - clock) / 1000;
    clock = performance.now();
    return `${seconds.toFixed(1)} s`;
  };

  const astro = stageAstroFiles({ ...options, published: published?.astro });
  report.push(
    `Astro's files: ${astro.writes.length} staged, ${astro.deletes.length} removed (${astro.current.length} in all) in ${lap()}`,
  );

  const templateHtml = readFileSync(join(work, SHARE_TEMPLATE_FILE), 'utf8');
  const template = parseShareTemplate(templateHtml);
  const articleCode = hashOf(outputCodeDigest(), templateHtml);
  const trusted = published?.articleCode === articleCode ? published : undefined;
  const dataFiles = walkTree(join(work, ARTICLE_DATA_DIR));
  const data = new Map<string, ArticleBuildData>();
  const read = (slug: string) => {
    let article = data.get(slug);
    if (!article) {
      const file = join(work, ARTICLE_DATA_DIR, `${slug}.json`);
      const text = readFileSync(file, 'utf8');
      const parsed = ArticleBuildDataSchema.safeParse(JSON.parse(text));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}: ${issue.path.join('.') || '(file)'}: ${formatIssue(issue)}`);
      }
      article = parsed.data;
      data.set(slug, article);
      hashes.set(slug, hashOf(articleCode, text));
    }
    return article;
  };
  const hashes = new Map<string, string>();
  const articles: Inventory['articles'] = {};
  const changed: ArticleBuildData[] = [];
  for (const file of dataFiles) {
    const slug = file.path.replace(/\.json$/, '');
    const before = trusted?.articles[slug];
    if (before && !writtenSince(file, options.started)) {
      articles[slug] = before;
      continue;
    }
    const article = read(slug);
    const hash = hashes.get(slug)!;
    if (before?.hash === hash) articles[slug] = before;
    else changed.push(article);
  }
  const pool = new OgPool();
  let files: Map<string, ArticleFiles>;
  try {
    files = await writeArticleFiles(changed, template, staging, published && options.target, pool);
  } finally {
    await pool.close();
  }
  for (const article of changed) {
    articles[article.slug] = {
      hash: hashes.get(article.slug)!,
      records: hashOf(JSON.stringify(article.records)),
      files: files.get(article.slug)!.files,
    };
  }
  const articleWrites = [...files.values()].flatMap((written) => written.staged);
  const articleDeletes = Object.entries(published?.articles ?? {}).flatMap(([slug, before]) => {
    const now = new Set(articles[slug]?.files);
    return before.files.filter((file) => !now.has(file));
  });
  const shares = changed.reduce((sum, article) => sum + article.shares.length, 0);
  report.push(
    `articles: ${changed.length} of ${dataFiles.length} changed, ${shares} share pages made; ` +
      `preview images ${pool.rendered} rendered, ${pool.reused} reused; ${articleWrites.length} files new or changed, ` +
      `${articleDeletes.length} removed in ${lap()}`,
  );

  const entityText = readFileSync(join(work, ENTITY_DATA_FILE), 'utf8');
  const search = await stageSearch({
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
  });
  report.push(`search: ${search.report} in ${lap()}`);

  const writes = [...astro.writes, ...articleWrites, ...search.writes];
  const written = new Set(writes);
  return {
    writes,
    deletes: [...astro.deletes, ...articleDeletes, ...search.deletes].filter((file) => !written.has(file)),
    replace: published === undefined,
    inventory: { version: 1, articleCode, astro: astro.current, articles, search: search.shards },
    report,
  };
}
