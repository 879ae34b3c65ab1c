import { describe, expect, it } from 'vitest';
import { checkCopyText, MAX_COPY_BYTES } from '../../src/lib/copy-checks.ts';

const copy = (body: string) => `---\ntitle: "T"\n---\n\n${body}\n`;

describe('checkCopyText', () => {
  it.each([
    ['a leading byte-order mark', `\uFEFF${copy('Text.')}`],
    ['CRLF line ends', copy('Text.\r\n\r\nMore.').replace(/\n/g, '\r\n')],
    ['zero-width joiners, non-joiners and LRM/RLM marks', copy('👨\u200d👩 می\u200cخواهم \u200e\u200f')],
    ['tabs in the body', copy('a\tb')],
    ['a copy at the size limit', copy('a'.repeat(MAX_COPY_BYTES - copy('').length))],
  ])('accepts %s', (_name, text) => {
    expect(checkCopyText('x.md', text)).toBeUndefined();
  });

  it.each([
    [
      'one byte over the limit',
      copy('a'.repeat(MAX_COPY_BYTES - copy('').length + 1)),
      'x.md: (file): the copy is 512 KB; a copy may be at most 512 KB',
    ],
    [
      'a left-to-right isolate',
      copy('a\u2066b'),
      'x.md: line 5, column 2: invisible character U+2066 (a bidirectional control)',
    ],
    ['a word joiner', copy('a\u2060b'), 'x.md: line 5, column 2: invisible character U+2060 (a zero-width space)'],
    ['a NUL', copy('a\u0000b'), 'x.md: line 5, column 2: invisible character U+0000 (a control character)'],
    ['a list for frontmatter', '---\n- a\n- b\n---\n\nBody.\n', 'x.md: frontmatter: expected "key: value" lines'],
  ])('rejects %s', (_name, text, message) => {
    expect(checkCopyText('x.md', text)?.message).toContain(message);
  });
});
