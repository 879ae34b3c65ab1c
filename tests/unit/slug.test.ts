import { describe, expect, it } from 'vitest';
import { paragraphIds } from '../../src/analysis/paragraph-ids.ts';

describe('paragraphIds', () => {
  const paragraphs = [
    'This week, the People’s Republic of China will send a delegation to North Korea.',
    'On Saturday, Vice Premier Liu Guozhong is leading an envoy delegation to North Korea.',
    'On Saturday, Vice Premier Liu Guozhong is leading a second delegation elsewhere.',
  ];

  it('derives ids from the opening words', () => {
    expect(paragraphIds(paragraphs)).toEqual([
      'p-this-week-the-peoples-republic',
      'p-on-saturday-vice-premier-liu-guozhong-is-leading-an',
      'p-on-saturday-vice-premier-liu-guozhong-is-leading-a',
    ]);
  });
});
