import { describe, expect, it } from 'vitest';
import { copyFieldLine, fieldPath } from '../../src/lib/frontmatter-check.ts';
import { yamlFieldLine } from '../../src/lib/yaml-lines.ts';
import { quoteProblem } from '../../src/lib/yaml-quotes.ts';

const YAML = 'title: "x"\npublished: 2023\nentities: [a,\n  b]\ncorrections:\n  hide:\n    - event-1\n    - event-2\n';

describe('the line of a field', () => {
  it('finds keys, list items and nested fields; a missing key points at its parent', () => {
    expect(yamlFieldLine(YAML, ['title'])).toBe(1);
    expect(yamlFieldLine(YAML, ['published'])).toBe(2);
    expect(yamlFieldLine(YAML, ['entities', 1])).toBe(4);
    expect(yamlFieldLine(YAML, ['corrections', 'hide', 1])).toBe(8);
    expect(yamlFieldLine(YAML, ['corrections', 'pinDates'])).toBe(5);
    expect(yamlFieldLine(YAML, ['byline'])).toBeUndefined();
  });

  it('counts a copy’s lines from the file’s first line', () => {
    expect(fieldPath('corrections.quoteSpeakers[0].quote')).toEqual(['corrections', 'quoteSpeakers', 0, 'quote']);
    expect(copyFieldLine(`---\n${YAML}---\n\nBody.\n`, 'entities.1')).toBe(5);
  });
});

describe('the likely cause of a YAML error', () => {
  it('names an unescaped quotation mark inside a quoted value, on its own line', () => {
    const problem = quoteProblem('---\ntitle: "Kim says "no" to talks"\noutlet: x\n', 2);
    expect(problem).toEqual({
      line: 2,
      key: 'title',
      reason:
        'a quotation mark inside the value ends it early (after "Kim says "): write it as \\", or put the value in the other kind of quotation marks',
    });
  });

  it('names a value whose quotation mark is never closed, found before the line YAML reports', () => {
    expect(quoteProblem('---\ntitle: "Unclosed\noutlet: "Wire"\n---', 4)).toMatchObject({ line: 2, key: 'title' });
  });

  it('accepts escaped quotation marks and comments', () => {
    expect(quoteProblem('title: "say \\"no\\"" # fine\nb: \'it\'\'s\'\n', 2)).toBeUndefined();
  });
});
