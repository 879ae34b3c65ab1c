// Expected values written by hand from a calendar: Fri 8 Sep 2023 is the seed article's publication day
// (Mon 4 – Sun 10 Sep is its ISO week).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/dates/index.ts';
import { PUB, datesIn as brief } from './found.ts';

describe('the seed article (published Fri 8 Sep 2023)', () => {
  it('"This week" is the ISO week of publication', () => {
    const s = 'This week, the People’s Republic of China will send a delegation to North Korea.';
    const found = findDates(s, PUB);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ phrase: 'This week', start: 0, end: 9 });
    expect(found[0]?.date).toMatchObject({ start: '2023-09-04', end: '2023-09-10', precision: 'week' });
    expect(found[0]?.date.reason).toContain('Mon 4 Sep 2023');
  });

  it('"On Saturday" with a present progressive is the coming Saturday', () => {
    const s =
      'On Saturday, Vice Premier Liu Guozhong is leading an envoy delegation to North Korea to celebrate the founding anniversary of the hermit Kingdom.';
    const found = findDates(s, PUB);
    expect(brief(s)).toEqual([{ phrase: 'On Saturday', start: '2023-09-09', end: '2023-09-09', precision: 'day' }]);
    expect(found[0]?.date.reason).toContain('"is leading"');
    expect(found[0]?.date.reason).toContain('the Saturday after the publication date, Fri 8 Sep 2023');
  });

  it('"On Thursday" governed by "announced" is the Thursday before', () => {
    const s =
      'On Thursday, the North Korean state news agency Korean Central News Agency announced that an international meeting would be held.';
    const found = findDates(s, PUB);
    expect(brief(s)).toEqual([{ phrase: 'On Thursday', start: '2023-09-07', end: '2023-09-07', precision: 'day' }]);
    expect(found[0]?.date.reason).toBe(
      'past tense ("announced"), so the Thursday before the publication date, Fri 8 Sep 2023',
    );
  });

  it('"will mark … on Saturday" is the Saturday after; "75th" is no date', () => {
    const s =
      'North Korea will mark its 75th birthday on Saturday by holding a military parade sanctioned by the state.';
    const found = findDates(s, PUB);
    expect(brief(s)).toEqual([{ phrase: 'on Saturday', start: '2023-09-09', end: '2023-09-09', precision: 'day' }]);
    expect(found[0]?.date.reason).toBe(
      'future tense ("will mark"), so the Saturday after the publication date, Fri 8 Sep 2023',
    );
    expect(s.slice(found[0]!.start, found[0]!.end)).toBe('on Saturday');
  });

  it('"only days after" is vague, an estimated range in the week before publication', () => {
    const s =
      'The Chinese delegation was announced only days after North Korea claimed that dictator Kim Jong Un planned to travel to Moscow and meet Russian President Vladimir Putin.';
    const found = findDates(s, PUB);
    expect(found).toHaveLength(1);
    expect(found[0]?.phrase).toBe('only days after');
    expect(found[0]?.date).toMatchObject({ start: '2023-09-01', end: '2023-09-08', precision: 'vague' });
    expect(found[0]?.date.reason).toContain('estimate');
  });

  it('"reported on Monday that Kim will meet" takes its tense from "reported"', () => {
    const s =
      'The New York Times reported on Monday that Kim will meet Putin at the Eastern Economic Forum, which is being held at Far Eastern Federal University (Vladivostok), Russia.';
    const found = findDates(s, PUB);
    expect(brief(s)).toEqual([{ phrase: 'on Monday', start: '2023-09-04', end: '2023-09-04', precision: 'day' }]);
    expect(found[0]?.date.reason).toContain('"reported"');
  });

  it('"Sept. 10-13" is a range in the year of publication', () => {
    const s = 'The forum is scheduled for Sept. 10-13.';
    const found = findDates(s, PUB);
    expect(brief(s)).toEqual([{ phrase: 'Sept. 10-13', start: '2023-09-10', end: '2023-09-13', precision: 'range' }]);
    expect(found[0]?.date.reason).toBe('"Sept. 10-13" with no year: 2023, the year of publication (Fri 8 Sep 2023)');
    expect(found[0]).toMatchObject({ start: 27, end: 38 });
  });

  it('"recently" is the 30 days before publication, vague', () => {
    const s = 'U.S. Intelligence reports that Russian officials recently visited North Korea…';
    expect(brief(s)).toEqual([{ phrase: 'recently', start: '2023-08-09', end: '2023-09-08', precision: 'vague' }]);
  });
});
