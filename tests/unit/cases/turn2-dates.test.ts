// The shared cases from peer tools' bug reports (tests/fixtures/cases/turn2/, copies of ../shared/cases/turn2/):
// every case whose .expected.yaml lists dates is analysed as the site does and must give exactly those dates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '../../../src/markdown/analyze-markdown.ts';

const DIR = 'tests/fixtures/cases/turn2';

interface CaseExpectation {
  kind: string;
  dates?: { phrase: string; start: string; end: string }[];
}

/** A YAML day as `YYYY-MM-DD`, whether the parser gave a string or a Date. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.yaml'))
  .sort()
  .map((file) => ({
    name: file.replace('.expected.yaml', ''),
    expected: load(readFileSync(join(DIR, file), 'utf8')) as CaseExpectation,
    copy: readFileSync(join(DIR, file.replace('.expected.yaml', '.md')), 'utf8'),
  }))
  .filter((c) => c.expected.dates);

describe('turn-2 cases: dates', () => {
  it('the cases with dates are found', () => {
    expect(cases.map((c) => c.name.slice(0, 2))).toEqual(expect.arrayContaining(['01', '02', '03', '14']));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, { expected, copy }) => {
    const analysis = await analyzeMarkdown(copy, []);
    const found = analysis.dates.map((d) => ({ phrase: d.phrase, start: d.start, end: d.end }));
    expect(found).toEqual(expected.dates!.map((d) => ({ phrase: d.phrase, start: day(d.start), end: day(d.end) })));
  });
});
