import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the content lives: `content/` unless NA_CONTENT_DIR names another folder (the build tests and
 * the benchmark build over temporary copies this way).
 */
export function contentDir(): string {
  return process.env.NA_CONTENT_DIR ?? './content';
}

/** The articles folder. */
export function articlesDir(): string {
  return join(contentDir(), 'articles');
}

/** The entity registry folder. */
export function entitiesDir(): string {
  return join(contentDir(), 'entities');
}

/** The fixture articles, each `<name>/copy.md` with its own `<name>/entities/` registry. */
export const FIXTURE_ARTICLES_DIR = 'tests/fixtures/articles';
/** Demo-only copies that are not engine fixtures (a second outlet's copy of the seed story, timelines of many spans). */
export const DEMO_ARTICLES_DIR = 'tests/fixtures/demo/articles';
/** The registry entries the demo-only copies need. */
export const DEMO_ENTITIES_DIR = 'tests/fixtures/demo/entities';
/**
 * Copies of reported cases, each with what the page must do: the shared cases (../shared/cases/turn2/, copied
 * into turn2/), of which the site's own (14 footnotes, 15 an Arabic copy) are published, and a Norwegian copy.
 */
export const CASE_ARTICLES_DIR = 'tests/fixtures/cases';

/** The demo corpus is included when NA_DEMO is set to anything but "" or "0" (`NA_DEMO=1 npm run build`). */
export function demoEnabled(): boolean {
  const flag = process.env.NA_DEMO;
  return flag !== undefined && flag !== '' && flag !== '0';
}

/** One folder of article copies and the glob pattern of its files. */
export interface ArticleSource {
  readonly base: string;
  readonly pattern: string;
}

/** The article folders the build reads: the real copies, plus the fixtures and demo copies with NA_DEMO. */
export function articleSources(): ArticleSource[] {
  const real = { base: articlesDir(), pattern: '*.md' };
  if (!demoEnabled()) return [real];
  return [
    real,
    { base: FIXTURE_ARTICLES_DIR, pattern: '*/copy.md' },
    { base: DEMO_ARTICLES_DIR, pattern: '*.md' },
    { base: CASE_ARTICLES_DIR, pattern: '*.md' },
    { base: join(CASE_ARTICLES_DIR, 'turn2'), pattern: '1[45]-*.md' },
  ];
}

/** The registry folders the build merges: the real registry, plus each fixture's and the demo copies' with NA_DEMO. */
export function registryDirs(): string[] {
  if (!demoEnabled()) return [entitiesDir()];
  const fixtures = readdirSync(FIXTURE_ARTICLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(FIXTURE_ARTICLES_DIR, entry.name, 'entities'))
    .sort();
  return [entitiesDir(), ...fixtures, DEMO_ENTITIES_DIR];
}

/** The stories folder: one YAML file per story that several copies tell. */
export function storiesDir(): string {
  return join(contentDir(), 'stories');
}
