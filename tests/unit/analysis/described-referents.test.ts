import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.ts';

function speakers(...texts: string[]): (string | null)[] {
  const paragraphs = texts.map((text, i) => ({ id: `p-${i}`, text }));
  return analyze({ paragraphs, published: '2024-03-15', registry: [] }).quotes.map((q) => q.speaker?.name ?? null);
}

// Expectations written by hand.
describe('a definite description as a later reference', () => {
  it('takes "the ministry" for "the health ministry" the copy described before', () => {
    expect(
      speakers(
        'Clinics will stay open over the holiday, the health ministry said on Friday.',
        'The ministry added that staff would be paid overtime.',
        '“Nobody will be turned away,” the ministry said.',
      ),
    ).toEqual(['the health ministry']);
  });
  it('keeps the bare description when the copy never narrowed it', () => {
    expect(speakers('“Nobody will be turned away,” the ministry said.')).toEqual(['the ministry']);
  });
  it('gives "he" to the person whose words a paragraph since the last quotation reports', () => {
    expect(
      speakers(
        'Prime Minister Zorvan Voss said the vote was a defeat for reform.',
        'Party spokesperson Ketri Marr said the prime minister should explain his record.',
        '“Tell us what your record is,” Marr said.',
        'The prime minister said the opposition could not accept the result.',
        '“They never expected us to win twice,” he said.',
      ),
    ).toEqual(['Ketri Marr', 'Zorvan Voss']);
  });
});

