import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../../src/schemas/comparison.ts';
import { contentWith, runAstro } from './build-runner.ts';

// A real build of stories that are odd but not wrong: one with a single copy, one with a copy in
// another language, one that no copy names.
function copy(story: string, language: string, body: string): string {
  return `---
title: "A copy of ${story} in ${language}"
outlet: "The ${language} Wire"
published: "2024-03-05T10:00:00+01:00"
dateStated: true
language: ${language}
story: ${story}
summary: "A copy for the story tests."
entities: [russia]
---

${body}
`;
}

const EN = 'Russia said on Tuesday it would keep the talks going. “We will keep talking,” a spokesman said.';
const FR = 'La Russie a dit mardi qu’elle poursuivrait les discussions. « Nous continuerons », a dit un porte-parole.';

const dir = contentWith({
  'lonely-copy.md': copy('lonely', 'en', EN),
  'talks-en-1.md': copy('talks', 'en', EN),
  'talks-en-2.md': copy('talks', 'en-GB', EN),
  'talks-fr.md': copy('talks', 'fr', FR),
});
mkdirSync(join(dir, 'stories'));
for (const id of ['lonely', 'talks', 'empty']) {
  writeFileSync(join(dir, 'stories', `${id}.yaml`), `id: ${id}\ntitle: "The ${id} story"\nsummary: "A test story."\n`);
}
let build: { status: number | null; output: string } | undefined;
const built = () => (build ??= runAstro('build', dir));
const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

describe('stories that are odd but not wrong (one real build)', () => {
  it('builds', () => expect(built().status, built().output).toBe(0), 180_000);

  it('a story with one copy gets a page that says so', () => {
    expect(page('stories/lonely/index.html')).toContain('Only one copy tells this story so far');
  });

  it('a copy in another language is listed, not aligned, and the language field says which', () => {
    const html = page('stories/talks/index.html');
    expect(html).toContain('In fr: listed, not aligned with the copies in en.');
    const comparison = ComparisonSchema.parse(JSON.parse(page('stories/talks/comparison.json')));
    expect(comparison.copies.map((c) => [c.slug, c.language, c.aligned])).toEqual([
      ['talks-en-1', 'en', true],
      ['talks-en-2', 'en-GB', true],
      ['talks-fr', 'fr', false],
    ]);
    expect(comparison.quoteRows.flatMap((row) => row.copies)).not.toContain('talks-fr');
  });

  it('a story no copy names is not an error: its page says so', () => {
    expect(page('stories/empty/index.html')).toContain('No copy names this story yet');
    expect(page('stories/index.html')).toContain('href="/stories/empty/"');
  });

  it('an article page links to its story', () => {
    expect(page('articles/talks-fr/index.html')).toContain('href="/stories/talks/"');
  });
});
