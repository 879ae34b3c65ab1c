import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyToHast } from '../../src/markdown/body-to-hast.ts';

async function html(markdown: string): Promise<string> {
  return unified()
    .use(rehypeStringify)
    .stringify(await bodyToHast(markdown));
}

describe('raw HTML in a copy is sanitised', () => {
  it.each([
    ['a script', 'Text.\n\n<script>alert(1)</script>\n\nMore.', '<p>Text.</p>\n\n<p>More.</p>'],
    ['an inline handler', 'A <b onclick="alert(1)">bold</b> word.', '<p>A <b>bold</b> word.</p>'],
    ['a javascript: link', '[click](javascript:alert(1))', '<p><a>click</a></p>'],
    ['a data: link', '<a href="data:text/html,x">x</a>', '<p><a>x</a></p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>\n\nText.', '<p>Text.</p>'],
    ['a style element', '<style>body{display:none}</style>\n\nText.', '<p>Text.</p>'],
    ['a remote tracking image', '![](https://tracker.example/p.gif) Text.', '<p> Text.</p>'],
  ])('drops %s', async (_name, markdown, expected) => {
    expect((await html(markdown)).trim()).toBe(expected);
  });

  it('keeps the text and curly quotes verbatim', async () => {
    expect(await html('“We urge the D.P.R.K.,” she said -- it’s "straight" too.')).toBe(
      '<p>“We urge the D.P.R.K.,” she said -- it’s "straight" too.</p>',
    );
  });
});

describe('links that leave the site', () => {
  it.each([
    [
      'an http(s) link',
      '[x](https://example.org/)',
      '<p><a href="https://example.org/" rel="noopener noreferrer">x</a></p>',
    ],
    [
      'a protocol-relative link',
      '<a href="//example.org/">x</a>',
      '<p><a href="//example.org/" rel="noopener noreferrer">x</a></p>',
    ],
    ['an in-page link (unchanged)', '[x](#p-one)', '<p><a href="#p-one">x</a></p>'],
  ])('%s', async (_name, markdown, expected) => {
    expect((await html(markdown)).trim()).toBe(expected);
  });
});
