import { describe, expect, it } from 'vitest';
import { drawingDigest, ogCardKey } from '../../../src/lib/share/og-image.ts';

const card = {
  kind: 'quote' as const,
  text: 'We will act',
  speaker: 'Jake Sullivan',
  article: 'A story',
  language: 'English',
};

describe('the preview image cache', () => {
  it('keys a card by what it shows', () => {
    expect(ogCardKey(card)).toBe(ogCardKey({ ...card }));
    expect(ogCardKey(card)).not.toBe(ogCardKey({ ...card, text: 'We will not act' }));
  });

  it('never trusts an image drawn by older code or older libraries', () => {
    const drawing = drawingDigest('const DESIGN = 1;', ['satori@0.63.2']);
    expect(drawingDigest('const DESIGN = 2;', ['satori@0.63.2'])).not.toBe(drawing);
    expect(drawingDigest('const DESIGN = 1;', ['satori@0.64.0'])).not.toBe(drawing);
    expect(ogCardKey(card, drawing)).not.toBe(ogCardKey(card, drawingDigest('const DESIGN = 2;', ['satori@0.63.2'])));
  });
});
