import { describe, expect, it } from 'vitest';
import { encodeFragmentText, firstWordMatch, textFragmentUrl } from '../../../src/lib/share/text-fragment.ts';

const at = (text: string, before = 'Title. ', blockBefore = '', blockAfter = '') =>
  textFragmentUrl('https://x.example/a/#p-1', { text, before, blockBefore, blockAfter });

describe('text fragments of a selection', () => {
  it('link a short selection in full and a long one by its first and last words', () => {
    expect(at(' North-Korean  forum, Sept. 10 ')).toBe(
      'https://x.example/a/#:~:text=North%2DKorean%20forum%2C%20Sept.%2010',
    );
    expect(at('one two three four five six seven eight nine ten')).toBe(
      'https://x.example/a/#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten',
    );
    expect(at('   ')).toBeUndefined();
    expect(encodeFragmentText('a&b')).toBe('a%26b');
  });

  it('tell repeated words apart by the words before them, or after them at a paragraph’s start', () => {
    const earlier = 'North Korea will mark its birthday. Putin said';
    expect(at('North Korea', earlier, 'Putin said', 'is a friend.')).toBe(
      'https://x.example/a/#:~:text=said-,North%20Korea',
    );
    expect(at('North Korea', 'Putin said North Korea is a friend. ', '', 'will mark')).toBe(
      'https://x.example/a/#:~:text=North%20Korea,-will',
    );
    // "said North Korea" occurs earlier too: two words of prefix.
    expect(at('North Korea', 'Kim said North Korea won. Putin said', 'Putin said', '')).toBe(
      'https://x.example/a/#:~:text=Putin%20said-,North%20Korea',
    );
  });

  it('give a long selection in full when its last words occur inside it', () => {
    expect(at('w x y z t u v s m t u v s')).toBe(
      'https://x.example/a/#:~:text=w%20x%20y%20z%20t%20u%20v%20s%20m%20t%20u%20v%20s',
    );
  });

  it('match whole words only', () => {
    expect(firstWordMatch('Koreas and Korea', 'Korea')).toBe(11);
    expect(firstWordMatch('by him', 'by h')).toBe(-1);
  });
});
