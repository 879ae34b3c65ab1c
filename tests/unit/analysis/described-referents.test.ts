import { describe, expect, it } from 'vitest';
import { speakers } from './copy.ts';

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

// Expectations written by hand.
describe('who a phrase with "of" or "for" names', () => {
  it('gives the words of "a member of the X Club" to the member, and "the captain of X, Name" to the name', () => {
    expect(speakers('“We won,” said a member of the Velmora Rowing Club.')).toEqual([
      'a member of the Velmora Rowing Club',
    ]);
    expect(speakers('“We won,” said the captain of the Velmora Rowing Club, Ines Cole.')).toEqual(['Ines Cole']);
    expect(speakers('Crowds came to Tarquin.', '“It is a fake,” a contact of Banksy told the artist.')).toEqual([
      'a contact of Banksy',
    ]);
  });
  it('never gives "they said" to a place, and reads a closing mark printed doubled (’’)', () => {
    expect(speakers('Crowds gathered in Guernsey on Saturday.', '‘It was very moving,’ they said.')).toEqual([null]);
    expect(speakers('“We were poor,’’ said halfback Aaron Smith.')).toEqual(['Aaron Smith']);
  });
});

// Expectations written by hand.
describe('quoted words inside a noun phrase', () => {
  it('are never introduced by a speech verb before them, nor reported by "responded to"', () => {
    expect(speakers('Ines Cole defended the way the police responded to the ‘unprecedented’ civil unrest.')).toEqual([
      'Ines Cole',
    ]);
    expect(speakers('Ines Cole said the police had faced “unprecedented” unrest.')).toEqual(['Ines Cole']);
  });
});

// Expectations written by hand.
describe('a bare definite role and a fuller one', () => {
  it('refers "the magistrate" back to "a magistrate", never to a pair, and keeps "the Nairobi prosecutor" as written', () => {
    expect(
      speakers(
        'A prosecutor and a magistrate argued in court on Friday.',
        '“This is contempt,” the Nairobi prosecutor said.',
        '“Sit down,” the magistrate responded.',
      ),
    ).toEqual(['the Nairobi prosecutor', 'a magistrate']);
  });
});
