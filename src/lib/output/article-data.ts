import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writtenSince } from './astro-files.ts';
import { ARTICLE_DATA_DIR, ArticleBuildDataSchema, type ArticleBuildData } from './build-data.ts';
import { digestOf } from './digest.ts';
import { walkTree } from './files.ts';
import type { Inventory } from './inventory.ts';
import { formatIssue } from '../format-issue.ts';

/** The articles of this build against the published ones. */
export interface ArticleData {
  /** Every article of this build: the published entry when unchanged, else its new hashes (files to come). */
  entries: Inventory['articles'];
  /** The articles whose files must be made again. */
  changed: ArticleBuildData[];
  /** An article's build data, read (once) when it is needed. */
  read(slug: string): ArticleBuildData;
}

/**
 * Reads which articles changed: an article's build data that Astro did not write this build is the
 * published one (when the published files were made by the same code, `trusted`); one it wrote is
 * compared by hash, since Astro writes it again whenever the page's code changes.
 */
export function readArticleData(
  work: string,
  code: string,
  trusted: Inventory | undefined,
  started: number,
): ArticleData {
  const data = new Map<string, { article: ArticleBuildData; hash: string }>();
  const load = (slug: string) => {
    let loaded = data.get(slug);
    if (!loaded) {
      const file = join(work, ARTICLE_DATA_DIR, `${slug}.json`);
      const text = readFileSync(file, 'utf8');
      const parsed = ArticleBuildDataSchema.safeParse(JSON.parse(text));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}: ${issue.path.join('.') || '(file)'}: ${formatIssue(issue)}`);
      }
      loaded = { article: parsed.data, hash: digestOf(code, text) };
      data.set(slug, loaded);
    }
    return loaded;
  };
  const entries: Inventory['articles'] = {};
  const changed: ArticleBuildData[] = [];
  for (const file of walkTree(join(work, ARTICLE_DATA_DIR))) {
    const slug = file.path.replace(/\.json$/, '');
    const before = trusted?.articles[slug];
    if (before && !writtenSince(file, started)) {
      entries[slug] = before;
      continue;
    }
    const { article, hash } = load(slug);
    if (before?.hash === hash) entries[slug] = before;
    else {
      changed.push(article);
      entries[slug] = { hash, records: digestOf(JSON.stringify(article.records)), files: [] };
    }
  }
  return { entries, changed, read: (slug) => load(slug).article };
}
