// The build benchmark's three publishing cases over a built corpus: an edited article, a new one and a
// deleted one. Each says what it changed and checks that the published site shows it (search included).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { articleShard, shardCount } from '../src/lib/output/search-shards.ts';
import { indexedRecords } from './search-fragments.ts';

/** A word no copy has, so that the search index can be asked for the edited paragraph. */
const MARKER = 'Quillwhistle';

/** One publishing case: what to change in the corpus, and what the published site must then show. */
export interface Change {
  name: 'edit' | 'add' | 'delete';
  /** Changes the copies; returns the slug it touched. */
  apply(articles: string): string;
  /** Problems with the published site after the rebuild (none: the change is live and complete). */
  check(site: string, slug: string, articles: number): string[];
}

const slugs = (articles: string) =>
  readdirSync(articles)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();

/** The records of one article's shard in the published index. */
function shardRecords(site: string, slug: string, articles: number) {
  return indexedRecords(site, [articleShard(slug, shardCount(articles))]);
}

/** Every page Astro renders (share pages aside), with its path. */
function astroPages(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !/^articles\/[^/]+\/s\//.test(path));
}

export const CHANGES: readonly Change[] = [
  {
    name: 'edit',
    apply(articles) {
      const slug = slugs(articles)[0]!;
      writeFileSync(
        join(articles, `${slug}.md`),
        `${readFileSync(join(articles, `${slug}.md`), 'utf8').trimEnd()}\n\nThe editor added a paragraph about ${MARKER}.\n`,
      );
      return slug;
    },
    check(site, slug, articles) {
      const problems: string[] = [];
      if (!readFileSync(join(site, 'articles', slug, 'index.html'), 'utf8').includes(MARKER))
        problems.push('the page lacks the new paragraph');
      const records = shardRecords(site, slug, articles);
      if (!records.some((record) => record.url.startsWith(`/articles/${slug}/#p-`) && record.content.includes(MARKER)))
        problems.push('the search index lacks the new paragraph');
      return problems;
    },
  },
  {
    name: 'add',
    apply(articles) {
      const slug = 'bench-added-article';
      const copy = readFileSync(join(articles, `${slugs(articles)[1]!}.md`), 'utf8');
      // A new headline: its preview card is new too.
      writeFileSync(join(articles, `${slug}.md`), copy.replace(/^title: (["']?)/m, `title: $1Added today: `));
      return slug;
    },
    check(site, slug, articles) {
      const problems: string[] = [];
      for (const file of ['index.html', 'analysis.json', 'og.png'])
        if (!existsSync(join(site, 'articles', slug, file))) problems.push(`no ${file}`);
      if (!existsSync(join(site, 'articles', slug, 's'))) problems.push('no share pages');
      if (!shardRecords(site, slug, articles).some((record) => record.url === `/articles/${slug}/`))
        problems.push('not in the search index');
      const home = [
        'index.html',
        ...(existsSync(join(site, 'page')) ? readdirSync(join(site, 'page')).map((n) => `page/${n}/index.html`) : []),
      ];
      if (!home.some((page) => readFileSync(join(site, page), 'utf8').includes(`href="/articles/${slug}/"`)))
        problems.push('not on any page of the home page');
      return problems;
    },
  },
  {
    name: 'delete',
    apply(articles) {
      const slug = slugs(articles)[2]!;
      rmSync(join(articles, `${slug}.md`));
      return slug;
    },
    check(site, slug, articles) {
      const problems: string[] = [];
      if (existsSync(join(site, 'articles', slug))) problems.push(`its folder is still published`);
      if (shardRecords(site, slug, articles).some((record) => record.url.startsWith(`/articles/${slug}/`)))
        problems.push('its search records are still in the index');
      const linking = astroPages(site).filter((page) =>
        readFileSync(join(site, page), 'utf8').includes(`href="/articles/${slug}/`),
      );
      if (linking.length > 0) problems.push(`${linking.length} pages still link to it (/${linking[0]})`);
      return problems;
    },
  },
];
