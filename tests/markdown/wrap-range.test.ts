import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { wrapRange } from '../../src/markdown/wrap-range.ts';

const paragraph = (): Element => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children: [
    { type: 'text', value: 'Kim said “we ' },
    { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'will' }] },
    { type: 'text', value: ' go” to ' },
    {
      type: 'element',
      tagName: 'a',
      properties: { href: 'https://example.com' },
      children: [{ type: 'text', value: 'Moscow' }],
    },
  ],
});
const mark = (tagName: string): Omit<Element, 'children'> => ({ type: 'element', tagName, properties: {} });

// Expected HTML written by hand.
describe('wrapRange', () => {
  it('wraps a range inside one text node and leaves the text as it was', () => {
    const p = paragraph();
    expect(wrapRange(p, 0, 3, mark('b'))).toBe(true);
    expect(toHtml(p)).toBe('<p><b>Kim</b> said “we <em>will</em> go” to <a href="https://example.com">Moscow</a></p>');
    expect(toString(p)).toBe(toString(paragraph()));
  });

  it('wraps inside a mark added before (a mention inside a quote)', () => {
    const p = paragraph();
    wrapRange(p, 0, 8, mark('span'));
    expect(wrapRange(p, 0, 3, mark('b'))).toBe(true);
    expect(toHtml(p)).toContain('<span><b>Kim</b> said</span>');
  });

  it('refuses a range that crosses an element boundary or falls inside a link', () => {
    const p = paragraph();
    expect(wrapRange(p, 10, 17, mark('span'))).toBe(false);
    expect(wrapRange(p, 25, 31, mark('b'), ['a'])).toBe(false);
    expect(toHtml(p)).toBe(toHtml(paragraph()));
  });
});
