import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';

function spans(sentence: string, published: string): string[] {
  return findDates(sentence, published).map((f) => `${f.phrase} → ${f.date.start}..${f.date.end} ${f.date.precision}`);
}

// Expectations written by hand. Published Thu 4 Jan 2024.
describe('periods that end on a stated date', () => {
  it('run back the stated length from the stated day, the last one up to publication when no year is given', () => {
    expect(spans('Sales rose 1.8% over the 22 weeks to December 30.', '2024-01-04')).toEqual([
      'over the 22 weeks to December 30 → 2023-07-30..2023-12-30 range',
    ]);
    expect(spans('Profit fell in the three months to December.', '2024-01-04')).toEqual([
      'in the three months to December → 2023-10-01..2023-12-31 range',
    ]);
    expect(spans('Revenue for the 12 months ended June 30 was flat.', '2024-01-04')).toEqual([
      'for the 12 months ended June 30 → 2022-07-01..2023-06-30 range',
    ]);
  });
  it('take the stated year', () => {
    expect(spans('In the year to March 2023, prices rose.', '2024-01-04')).toEqual([
      'In the year to March 2023 → 2022-04-01..2023-03-31 range',
    ]);
  });
});
