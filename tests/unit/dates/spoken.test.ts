import { describe, expect, it } from 'vitest';
import { analysed } from '../analysis/copy.ts';

/** Each date of a copy published on Friday 15 March 2024: phrase → start. */
function dates(...texts: string[]): string[] {
  return analysed(texts).dates.map((d) => `${d.phrase} → ${d.start}`);
}

// Expectations written by hand.
describe('day words in quoted speech', () => {
  it('count from the day the words were spoken, when the quotation’s sentence says it', () => {
    expect(
      dates('Speaking on Tuesday, Ines Cole said: “Today is a good day, and tomorrow the dredging starts.”'),
    ).toEqual(['on Tuesday → 2024-03-12', 'Today → 2024-03-12', 'tomorrow → 2024-03-13']);
    expect(dates('“We played well today,” the coach said after Wednesday’s game.')).toEqual([
      'today → 2024-03-13',
      'Wednesday → 2024-03-13',
    ]);
  });
  it('count from the publication day when no day of speaking is given, and outside quotations', () => {
    expect(dates('“We start today,” Ines Cole said.')).toEqual(['today → 2024-03-15']);
    expect(dates('Ines Cole said on Tuesday the dredging starts today.')).toEqual([
      'on Tuesday → 2024-03-12',
      'today → 2024-03-15',
    ]);
  });
});
