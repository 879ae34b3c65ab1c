import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentWith, runAstro } from './build-runner.ts';

const seed = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const BUILD_TIMEOUT = 180_000;

// Real builds over broken content: each must stop, exit non-zero, and name the file, the field and the reason.
describe('a broken copy stops the build', () => {
  it.each([
    [
      'an unknown frontmatter key',
      { 'bad.md': seed.replace('language: en', 'language: en\ncolour: red') },
      {},
      ['bad.md', 'colour: unknown key'],
    ],
    [
      'an unknown entity',
      { 'bad.md': seed.replace('  - china\n', '  - atlantis\n') },
      {},
      ['bad.md', 'entities.0: unknown entity "atlantis"'],
    ],
    [
      'a date without offset',
      { 'bad.md': seed.replace(/published: .*/, 'published: "2023-09-08T09:00:00"') },
      {},
      ['bad.md', 'published: expected an ISO 8601 date-time with an offset'],
    ],
    ['two files with one slug', { 'story.md': seed, 'Story.md': seed }, {}, ['story.md', 'duplicate slug "story"']],
    [
      'a cycle in the registry',
      { 'ok.md': seed },
      {
        'china.yaml': 'id: china\nname: China\nkind: country\naffiliation: north-korea\ndescription: x\n',
        'north-korea.yaml': 'id: north-korea\nname: North Korea\nkind: country\naffiliation: china\ndescription: x\n',
      },
      ['china.yaml', 'affiliation: affiliations form a cycle'],
    ],
    [
      'an empty body',
      { 'empty.md': seed.slice(0, seed.indexOf('---', 4) + 4) },
      {},
      ['empty.md', 'body: the body has no text'],
    ],
    [
      'a quote correction that is not verbatim',
      {
        'fix.md': seed.replace(
          'language: en',
          'language: en\ncorrections:\n  quoteSpeakers:\n    - quote: "we will pay any price"\n      speaker: jake-sullivan',
        ),
      },
      {},
      [
        'fix.md',
        'corrections.quoteSpeakers[0].quote: "we will pay any price" is not verbatim in any quotation of the body',
      ],
    ],
  ])(
    '%s',
    (_name, articles, entities, messages) => {
      const { status, output } = runAstro('build', contentWith(articles, entities));
      expect(status).not.toBe(0);
      for (const message of messages) expect(output).toContain(message);
    },
    BUILD_TIMEOUT,
  );

  it(
    'astro check fails on a broken copy too',
    () => {
      const { status, output } = runAstro('check', contentWith({ 'bad.md': seed.replace('title:', 'headline:') }));
      expect(status).not.toBe(0);
      expect(output).toContain('bad.md');
      expect(output).toContain('title: required: the headline as text');
    },
    BUILD_TIMEOUT,
  );
});
