import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, type FoundDate } from '../../../src/analysis/dates/index.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PRECISIONS = ['day', 'range', 'week', 'month', 'year', 'vague'];

function wellFormed(sentence: string, found: FoundDate[]): void {
  let last = 0;
  for (const f of found) {
    expect(f.phrase).toBe(sentence.slice(f.start, f.end));
    expect(f.phrase.length).toBeGreaterThan(0);
    expect(f.start).toBeGreaterThanOrEqual(last); // reading order, no overlaps
    last = f.end;
    expect(f.date.start).toMatch(DAY);
    expect(f.date.end).toMatch(DAY);
    expect(f.date.start <= f.date.end).toBe(true);
    expect(PRECISIONS).toContain(f.date.precision);
    expect(f.date.reason.length).toBeGreaterThan(0);
  }
}

const WORDS = [
  'On',
  'on',
  'Saturday',
  'Friday',
  'last',
  'next',
  'this',
  'week',
  'weekend',
  'month',
  'year',
  'Sept.',
  'Sep',
  'March',
  'May',
  'may',
  'Dec.',
  'Jan.',
  '10',
  '13',
  '31',
  '29',
  '2023',
  '2019',
  '1948',
  '75th',
  '2,000',
  '$2023',
  '-',
  '–',
  'to',
  'through',
  'and',
  'between',
  'from',
  'since',
  'in',
  'early',
  'mid-',
  'late',
  'will',
  'was',
  'said',
  'announced',
  'is',
  'leading',
  'recently',
  'days',
  'after',
  'ago',
  'two',
  'a',
  'few',
  'the',
  'past',
  'yesterday',
  'Today',
  'tonight',
  '(',
  ')',
  ',',
  '.',
  '—',
  '“',
  '”',
  '’s',
  "'",
  'SEOUL,',
  'AP',
  'summer',
  'fall',
  'of',
  'the 1990s',
  'Q3',
  'quarter',
  'first',
  'earlier',
  'within',
  'hours',
  'sales',
  '%',
  'third-quarter',
  '1950-53',
  '2023-24',
  'Earlier',
  '\u0000',
  '\uD800',
  '🎉',
  'ß',
  'İ',
];

describe('never throws, never invents', () => {
  it('empty, odd and bad inputs', () => {
    expect(findDates('', '2023-09-08')).toEqual([]);
    expect(findDates('On Saturday', '')).toEqual([]);
    expect(findDates('On Saturday', 'not a date')).toEqual([]);
    expect(findDates('On Saturday', '2023-02-30')).toEqual([]);
    expect(findDates(undefined as unknown as string, '2023-09-08')).toEqual([]);
    expect(findDates('On Saturday', null as unknown as string)).toEqual([]);
    expect(findDates('Le 9 septembre, le président a parlé.', '2023-09-08')).toEqual([]);
    expect(findDates('朝鲜周六举行阅兵式。', '2023-09-08')).toEqual([]);
    expect(findDates('\uD800\uDC00\uD800 on\u00A0Saturday \u200B', '2023-09-08')).toHaveLength(1);
  });

  it('text with no dates gives nothing', () => {
    for (const s of [
      'Putin met Kim at the forum.',
      'The delegation included 2,000 troops and marked the 75th anniversary.',
      'Analysts say the relationship may deepen.',
      'The march drew thousands of people.',
      'They may decide to fall back.',
    ]) {
      expect(findDates(s, '2023-09-08')).toEqual([]);
    }
  });

  it('arbitrary strings (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 12 }), (s, pub) => {
        const found = findDates(s, pub);
        wellFormed(s, found);
        const good = findDates(s, '2023-09-08');
        wellFormed(s, good);
      }),
      { numRuns: 500 },
    );
  });

  it('date-like word salad (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }),
        fc.constantFrom(' ', '  ', '\n', '\u00A0'),
        fc.constantFrom('2023-09-08', '2024-12-30', '2024-02-29', '2025-01-01', '1999-12-31'),
        (words, sep, pub) => {
          const s = words.join(sep);
          wellFormed(s, findDates(s, pub));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a 100 kB string is handled quickly', () => {
    const sentence =
      'The New York Times reported on Monday that Kim will meet Putin on Sept. 13, and recently 2,000 troops moved. ';
    const big = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const t0 = performance.now();
    const found = findDates(big, '2023-09-08');
    const ms = performance.now() - t0;
    wellFormed(big, found);
    expect(found.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(2000);
    const noise = 'ẞ'.repeat(50_000) + '🎉'.repeat(25_000);
    expect(findDates(noise, '2023-09-08')).toEqual([]);
  });

  it('straight and curly quotes and apostrophes read alike', () => {
    const curly = findDates('“We won’t sign,” the minister said on Tuesday.', '2023-09-08');
    const straight = findDates('"We won\'t sign," the minister said on Tuesday.', '2023-09-08');
    expect(curly.map((f) => f.date.start)).toEqual(['2023-09-05']);
    expect(straight.map((f) => f.date.start)).toEqual(['2023-09-05']);
  });
});
