import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStories } from '../../../src/lib/stories/story-files.ts';
import { articleSchemaWithRegistry } from '../../../src/schemas/article.ts';
import { StorySchema } from '../../../src/schemas/story.ts';

function storiesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'na-stories-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GOOD = 'id: summit\ntitle: "A summit"\nsummary: "Leaders met."\nentities: [russia]\n';

describe('content/stories/<id>.yaml', () => {
  it('reads a valid story, with no entities by default', () => {
    expect(StorySchema.parse({ id: 'summit', title: 'A summit', summary: 'Leaders met.' })).toEqual({
      id: 'summit',
      title: 'A summit',
      summary: 'Leaders met.',
      entities: [],
    });
    expect(loadStories(storiesDir({ 'summit.yaml': GOOD }), new Set(['russia']))).toHaveLength(1);
  });

  it('a missing folder is no stories', () => {
    expect(loadStories(join(tmpdir(), 'na-no-such-folder'), new Set())).toEqual([]);
  });

  it.each([
    [
      'an unknown entity',
      { 'summit.yaml': GOOD },
      'entities.0: unknown entity "russia": expected the id of a file in content/entities/',
    ],
    ['an id that is not the file name', { 'other.yaml': GOOD }, 'id: "summit" must match the file name "other"'],
    [
      'a missing title',
      { 'summit.yaml': 'id: summit\nsummary: "Leaders met."\n' },
      'title: required: the story’s title as text',
    ],
    ['an unknown key', { 'summit.yaml': `${GOOD}colour: red\n` }, 'colour: unknown key'],
    ['invalid YAML', { 'summit.yaml': 'id: [summit\n' }, '(YAML): not valid YAML'],
  ])('rejects %s, naming the file and the field', (_name, files, message) => {
    const dir = storiesDir(files);
    expect(() => loadStories(dir, new Set())).toThrow(message);
    expect(() => loadStories(dir, new Set())).toThrow(Object.keys(files)[0]);
  });
});

describe('the article frontmatter’s story', () => {
  const article = {
    title: 'T',
    outlet: 'O',
    published: '2024-03-05T10:00:00Z',
    dateStated: true,
    language: 'en',
    summary: 'S.',
  };

  it('names a story of content/stories/', () => {
    const schema = articleSchemaWithRegistry(new Set(), new Set(['summit']));
    expect(schema.parse({ ...article, story: 'summit' }).story).toBe('summit');
  });

  it('an unknown story is an error on the field', () => {
    const result = articleSchemaWithRegistry(new Set(), new Set(['summit'])).safeParse({
      ...article,
      story: 'elsewhere',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ['story'],
        message: 'unknown story "elsewhere": expected the id of a file in content/stories/',
      }),
    ]);
  });
});
