import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { bodyToHast } from '../../src/markdown/body-to-hast.ts';
import { bodyParagraphs } from '../../src/markdown/paragraphs.ts';
import { wrapRanges } from '../../src/markdown/wrap-ranges.ts';

const BODY = 'Approved on Tuesday after a year of debate.[^1] It passed.\n\n[^1]: The vote was 32 to 27.\n';

describe('footnotes in a copy', () => {
  it('link the marker and the note to ids that exist', async () => {
    const html = toHtml(await bodyToHast(BODY));
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<a href="#user-content-fnref-1" data-footnote-backref');
  });

  it('leave the marker out of the paragraph text and the notes out of the paragraphs', async () => {
    const paragraphs = bodyParagraphs(await bodyToHast(BODY));
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Approved on Tuesday after a year of debate. It passed.',
    ]);
  });

  it('wrap ranges by the same text, around the marker', async () => {
    const [paragraph] = bodyParagraphs(await bodyToHast(BODY));
    const text = paragraph!.text;
    const start = text.indexOf('It passed');
    const [made] = wrapRanges(paragraph!.element, [
      { start, end: start + 'It passed'.length, wrapper: { type: 'element', tagName: 'mark', properties: {} } },
    ]);
    expect(toHtml(made as Element)).toBe('<mark>It passed</mark>');
  });
});
