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

describe('turn-2 cases: what their behaviour notes ask', () => {
  const analysed = (prefix: string) => {
    const file = readdirSync(DIR).find((f) => f.startsWith(prefix) && f.endsWith('.md'))!;
    return analyzeMarkdown(readFileSync(join(DIR, file), 'utf8'), []);
  };

  it('01: "last Friday\'s closure" leaves a readable summary, without a stray "\'s"', async () => {
    const { events } = await analysed('01-');
    expect(events.map((e) => [e.phrase, e.summary])).toEqual([
      ['on Friday', 'The Kestrel Bay port reopened, a week after a storm closed it last Friday'],
      ['last Friday', 'The Kestrel Bay port reopened on Friday, a week after a storm closed it'],
      ['last Friday', 'Harbour officials said the closure cost shippers millions'],
    ]);
  });

  it('02: each reason names the governing verb', async () => {
    const { dates } = await analysed('02-');
    expect(dates.map((d) => d.reason)).toEqual([
      expect.stringContaining('future tense ("will publish")'),
      expect.stringContaining('future in the past ("would release")'),
      expect.stringContaining('a plan or expectation ("plans to announce")'),
    ]);
  });

  it('03: each of the four sentences is an event, and each anchored reason says what it counted from', async () => {
    const { events } = await analysed('03-');
    expect(events.map((e) => [e.phrase, e.summary])).toEqual([
      ['on Tuesday', 'Negotiators for the dockworkers and the port operators met in Halden'],
      ['the next day', 'The talks collapsed, when the operators walked out'],
      ['Two days after the collapse', 'The mayor offered to mediate'],
      ['the day before the meeting', 'The union had threatened a strike'],
    ]);
    expect(events.slice(1).map((e) => e.date.reason)).toEqual([
      expect.stringContaining('the day after "on Tuesday" (Tue 7 May 2024)'),
      expect.stringContaining('2 days after the collapse, dated by "the next day" (Wed 8 May 2024)'),
      expect.stringContaining('the day before the meeting, dated by "on Tuesday" (Tue 7 May 2024)'),
    ]);
  });

  it('07: the "Last night" event has no stray opening quotation mark', async () => {
    const { events } = await analysed('07-');
    expect(events.find((e) => e.phrase === 'Last night')?.summary).toBe('There was nowhere to go');
  });
});
