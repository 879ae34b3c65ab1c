// The benchmark corpus: n copies made from the real copies, the fixtures and the demo copies, with varied
// slugs and publication dates, and one merged registry. `node scripts/bench-corpus.ts <dir> <n>` writes one
// to look at or to profile a build over it (NA_CONTENT_DIR=<dir>).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format, parseISO } from 'date-fns';
import { DEMO_ARTICLES_DIR, DEMO_ENTITIES_DIR, FIXTURE_ARTICLES_DIR, storiesDir } from '../src/lib/content-paths.ts';

/** The templates: the real copies, the fixtures and the demo copies. */
function templates(): { name: string; text: string }[] {
  const real = readdirSync('content/articles').map((file) => ({
    name: file.replace(/\.md$/, ''),
    text: readFileSync(join('content/articles', file), 'utf8'),
  }));
  const fixtures = readdirSync(FIXTURE_ARTICLES_DIR).map((name) => ({
    name,
    text: readFileSync(join(FIXTURE_ARTICLES_DIR, name, 'copy.md'), 'utf8'),
  }));
  const demo = readdirSync(DEMO_ARTICLES_DIR).map((file) => ({
    name: file.replace(/\.md$/, ''),
    text: readFileSync(join(DEMO_ARTICLES_DIR, file), 'utf8'),
  }));
  return [...real, ...fixtures, ...demo];
}

/** The copy shifted by `days` (its publication date, so every relative date moves with it). */
function shifted(text: string, days: number): string {
  return text.replace(/^published: ["']?([^"'\n]+)["']?$/m, (_line, iso: string) => {
    const offset = iso.slice(19);
    const moved = format(addDays(parseISO(iso.slice(0, 19)), days), "yyyy-MM-dd'T'HH:mm:ss");
    return `published: "${moved}${offset}"`;
  });
}

/**
 * n copies into `<dir>/articles` (slug `<template>-<i>`, publication moved by up to `spread` days), one merged
 * registry into `<dir>/entities` (the real one, each fixture's, the demo copies', and one invented person per 100
 * copies, or `people` when more) and the stories into `<dir>/stories`.
 */
export function generate(dir: string, n: number, people = 0, spread = 180): void {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'entities'), { recursive: true });
  const sources = [
    'content/entities',
    ...readdirSync(FIXTURE_ARTICLES_DIR).map((name) => join(FIXTURE_ARTICLES_DIR, name, 'entities')),
    DEMO_ENTITIES_DIR,
  ];
  for (const source of sources.reverse()) {
    for (const file of readdirSync(source))
      writeFileSync(join(dir, 'entities', file), readFileSync(join(source, file)));
  }
  for (let group = 0; group * 100 < n || group < people; group++) {
    writeFileSync(
      join(dir, 'entities', `bench-person-${group}.yaml`),
      `id: bench-person-${group}\nname: Bench Person ${group}\nkind: person\ndescription: Invented for the build benchmark.\n`,
    );
  }
  // The stories keep the copies of the first round of templates; later rounds leave the story out, as one
  // story of hundreds of identical copies is nothing an archive holds.
  mkdirSync(join(dir, 'stories'), { recursive: true });
  for (const file of readdirSync(storiesDir()))
    writeFileSync(join(dir, 'stories', file), readFileSync(join(storiesDir(), file)));
  const all = templates();
  for (let i = 0; i < n; i++) {
    const template = all[i % all.length]!;
    const text = i < all.length ? template.text : template.text.replace(/^story: .*\n/m, '');
    writeFileSync(join(dir, 'articles', `${template.name}-${i}.md`), shifted(text, i % spread));
  }
}

if (import.meta.main) generate(process.argv[2]!, Number(process.argv[3]));
