import { describe, expect, it } from 'vitest';
import { paragraphIds } from '../../src/analysis/paragraph-ids.ts';

const paragraphs = [
  'This week, the People’s Republic of China will send a delegation to North Korea.',
  'On Saturday, Vice Premier Liu Guozhong is leading an envoy delegation to North Korea.',
  'On Saturday, Vice Premier Liu Guozhong is leading a second delegation elsewhere.',
  'Putin wants North Korea’s antitank and artillery missiles.',
];

describe('paragraphIds', () => {
  it('derives ids from the opening words, and more words where two paragraphs share them', () => {
    expect(paragraphIds(paragraphs)).toEqual([
      'p-this-week-the-peoples-republic',
      'p-on-saturday-vice-premier-liu-guozhong-is-leading-an',
      'p-on-saturday-vice-premier-liu-guozhong-is-leading-a',
      'p-putin-wants-north-koreas-antitank',
    ]);
  });

  // Only a paragraph that shared its opening words with the one removed gets a shorter id back.
  it('keeps the ids of other paragraphs when one is inserted or removed elsewhere', () => {
    const before = paragraphIds(paragraphs);
    const inserted = paragraphIds([paragraphs[0]!, 'A new paragraph of corrections.', ...paragraphs.slice(1)]);
    expect(inserted.filter((id) => id !== 'p-a-new-paragraph-of-corrections')).toEqual(before);
    const removed = paragraphIds([paragraphs[0]!, paragraphs[1]!, paragraphs[3]!]);
    expect(removed).toEqual([before[0], 'p-on-saturday-vice-premier-liu', before[3]]);
  });

  it('gives unique ids to identical paragraphs and to text without Latin words', () => {
    const ids = paragraphIds(['Same.', 'Same.', '북한은 토요일에', '北朝鮮']);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^p-[a-z0-9-]+$/);
  });
});
