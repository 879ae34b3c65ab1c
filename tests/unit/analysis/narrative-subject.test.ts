import { describe, expect, it } from 'vitest';
import { analysed } from './copy.ts';

function attributed(...texts: string[]) {
  return analysed(texts).quotes.map((q) => [q.speaker?.name ?? null, q.sieve ?? null]);
}

// Expectations written by hand.
describe('the narrative-subject sieve', () => {
  it('gives a quotation that is a sentence of its own to the person the sentence before it is about', () => {
    expect(attributed('Opposition leader Tom Price disagreed. “This budget abandons the town centre.”')).toEqual([
      ['Tom Price', 'narrative-subject'],
    ]);
    expect(attributed('Asked whether she would resign, Anna Berg laughed. “Not a chance.”')).toEqual([
      ['Anna Berg', 'narrative-subject'],
    ]);
    // Across a paragraph break, when the paragraph before quotes no one.
    expect(attributed('Tom Price, the opposition leader, was scathing.', '“This budget abandons the town.”')).toEqual([
      ['Tom Price', 'narrative-subject'],
    ]);
  });
  it('gives nothing when that sentence is about no person, or its person only underwent something', () => {
    expect(attributed('The council voted to close the library. “It is a sad day.”')).toEqual([[null, null]]);
    expect(attributed('Tom Price was arrested in May.', '“He was a good boy.”')).toEqual([[null, null]]);
    // A quotation with its own attribution is another sieve's.
    expect(attributed('Tom Price disagreed. “It is a sad day,” Anna Berg said.')).toEqual([
      ['Anna Berg', 'adjacent-verb'],
    ]);
  });
  it('gives it to the one whose words that sentence reports, when it reports someone’s', () => {
    expect(
      attributed(
        'Commissioner Michael Alofa referred questions to Terry Bates, who said it was too soon to say.',
        '“We are looking at it.”',
      ),
    ).toEqual([['Terry Bates', 'narrative-subject']]);
  });
});
