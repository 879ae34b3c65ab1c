import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyToHast } from '../../src/markdown/body-to-hast.ts';
import { bodyParagraphs } from '../../src/markdown/paragraphs.ts';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';
import { VFile } from 'vfile';

const BODY = `The council voted on Tuesday.

> “This is a historic day,” the mayor said.

### What comes next

- The plan takes effect on June 1.
- Critics said it “goes too far.”

1. First point

   With a paragraph of its own.
`;

// Expectations written by hand.
describe('body blocks', () => {
  it('are paragraphs, the copy’s subheadings and the items of a tight list, in reading order', async () => {
    const texts = bodyParagraphs(await bodyToHast(BODY)).map((p) => p.text);
    expect(texts).toEqual([
      'The council voted on Tuesday.',
      '“This is a historic day,” the mayor said.',
      'What comes next',
      'The plan takes effect on June 1.',
      'Critics said it “goes too far.”',
      'First point',
      'With a paragraph of its own.',
    ]);
  });

  it('each get an id and a link control, and a list stays a list of items', async () => {
    const tree = await bodyToHast(BODY);
    rehypeParagraphIds()(tree, new VFile());
    const html = unified().use(rehypeStringify).stringify(tree);
    expect(html).toContain('<h3 id="p-what-comes-next">What comes next</h3>');
    expect(html).toMatch(
      /<ul>\s*<li><div class="na-para"><div id="p-the-plan-takes-effect[^"]*">The plan takes effect on June 1\.<\/div><a class="na-pilcrow"/,
    );
    expect(html).not.toMatch(/<ul>\s*<div/);
  });
});
