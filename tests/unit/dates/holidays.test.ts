import { describe, expect, it } from 'vitest';
import { analysed } from '../analysis/copy.ts';

/** Each date of a one-paragraph copy: phrase → start, and the copy's entity names. */
function read(published: string, text: string) {
  const a = analysed([text], { published });
  return { dates: a.dates.map((d) => `${d.phrase} → ${d.start}`), names: a.entities.map((e) => e.name) };
}

// Expectations written by hand.
describe('holidays on one day', () => {
  it('take their year from the verb that governs them, or from the text', () => {
    expect(read('2011-01-04', 'Regulars gathered on New Year’s Eve for a last drink.').dates).toEqual([
      'on New Year’s Eve → 2010-12-31',
    ]);
    expect(read('2011-01-04', 'The parade will return on St Patrick’s Day.').dates).toEqual([
      'on St Patrick’s Day → 2011-03-17',
    ]);
    expect(read('2024-03-15', 'Shops opened early on Boxing Day 2019.').dates).toEqual([
      'on Boxing Day 2019 → 2019-12-26',
    ]);
  });
  it('count US Thanksgiving as the fourth Thursday of November, the last one for a past verb', () => {
    expect(read('2011-01-04', 'Families met at Thanksgiving.').dates).toEqual(['Thanksgiving → 2010-11-25']);
    expect(read('2011-01-04', 'Families will meet at Thanksgiving.').dates).toEqual(['Thanksgiving → 2011-11-24']);
  });
  it('are no entities, and "Christmas" alone is a season, not a day', () => {
    expect(read('2011-01-04', 'Ines Cole closed the pub on New Year’s Eve.').names).toEqual(['Ines Cole']);
    expect(read('2011-01-04', 'Sales were weak over Christmas.').dates).toEqual([]);
  });
});
