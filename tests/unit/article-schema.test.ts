import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/schemas/article.ts';

const seedFile = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const seedFrontmatter = load(seedFile.split('---')[1]!) as Record<string, unknown>;

/** The first issue of parsing the seed's frontmatter changed by `edit`, as "path: message". */
function firstIssue(edit: (data: Record<string, unknown>) => void): string {
  const data = structuredClone(seedFrontmatter);
  edit(data);
  const result = ArticleSchema.safeParse(data);
  if (result.success) return 'accepted';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('ArticleSchema', () => {
  it('accepts the seed', () => {
    expect(ArticleSchema.safeParse(seedFrontmatter).success).toBe(true);
  });

  const cases: [string, (data: Record<string, unknown>) => void, string][] = [
    ['missing title', (d) => delete d.title, 'title: required: the headline as text'],
    ['empty title', (d) => (d.title = '  '), 'title: the title is empty'],
    ['10,000-character title', (d) => (d.title = 'x'.repeat(10_000)), 'title: a title has at most 300 characters'],
    ['title as a number', (d) => (d.title = 42), 'title: expected the headline as text, got number'],
    ['missing published', (d) => delete d.published, 'published: required: the publication date-time'],
    [
      'date without offset',
      (d) => (d.published = '2023-09-08T09:00:00'),
      'published: expected an ISO 8601 date-time with an offset',
    ],
    [
      'impossible date',
      (d) => (d.published = '2023-02-30T09:00:00Z'),
      'published: expected an ISO 8601 date-time with an offset',
    ],
    [
      'unquoted YAML date',
      (d) => (d.published = new Date('2023-09-08')),
      'published: expected an ISO 8601 date-time with an offset',
    ],
    ['unknown key', (d) => (d.colour = 'red'), 'colour: unknown key: remove it, or use one of title, outlet'],
    [
      'no publishedNote for an inferred date',
      (d) => delete d.publishedNote,
      'publishedNote: required when the copy does not state its date',
    ],
    ['bad language tag', (d) => (d.language = 'English'), 'language: expected a language tag such as "en" or "en-GB"'],
    ['tags as a string', (d) => (d.tags = 'north-korea'), 'tags: expected a list of tags, got string'],
    [
      'entity id with capitals',
      (d) => (d.entities = ['North-Korea']),
      'entities.0: an id is lowercase letters, digits and single hyphens',
    ],
    ['non-http url', (d) => (d.url = 'javascript:alert(1)'), 'url: expected an http(s) URL'],
    ['summary too long', (d) => (d.summary = 'word '.repeat(100)), 'summary: a summary is one or two sentences'],
    [
      'unknown correction key',
      (d) => (d.corrections = { pinDate: [] }),
      'corrections.pinDate: unknown key: remove it, or use one of pinDates',
    ],
    [
      'correction with an impossible day',
      (d) => (d.corrections = { pinDates: [{ event: 'event-x', start: '2023-02-30', reason: 'r' }] }),
      'corrections.pinDates.0.start: expected a calendar day written YYYY-MM-DD',
    ],
  ];

  it.each(cases)('rejects %s with a message naming the field', (_name, edit, message) => {
    expect(firstIssue(edit)).toContain(message);
  });

  it('accepts a stated date without a note', () => {
    expect(firstIssue((d) => ((d.dateStated = true), delete d.publishedNote))).toBe('accepted');
  });
});
