import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.ts';
import type { Entity } from '../../../src/schemas/entity.ts';

const registry: Entity[] = [
  { id: 'acme', name: 'Acme Corp', kind: 'organization', aliases: ['Acme'], description: 'x' },
  { id: 'chile', name: 'Chile', kind: 'country', aliases: [], description: 'x' },
];

function summaries(text: string): string[] {
  return analyze({ paragraphs: [{ id: 'p-0', text }], published: '2024-03-15', registry }).events.map((e) => e.summary);
}

// Expectations written by hand.
describe('event summaries', () => {
  it('drop an adverbial date phrase', () => {
    expect(summaries('On Thursday, Acme announced a recall.')).toEqual(['Acme announced a recall']);
    expect(summaries('Acme announced a recall on Thursday.')).toEqual(['Acme announced a recall']);
  });

  it('keep a date phrase that joins two clauses, so the summary still reads', () => {
    expect(summaries('Acme sued Chile only days after the permits were revoked.')).toEqual([
      'Acme sued Chile only days after the permits were revoked',
    ]);
  });
});
