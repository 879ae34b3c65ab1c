import type { Paragraph } from '../../schemas/analysis.ts';

/** Each paragraph id's place in the copy, from 1. */
export function paragraphNumbers(paragraphs: readonly Pick<Paragraph, 'id'>[]): Map<string, number> {
  return new Map(paragraphs.map((paragraph, i) => [paragraph.id, i + 1]));
}
