import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.ts';
import type { Entity } from '../../../src/schemas/entity.ts';

const registry: Entity[] = [
  { id: 'acme', name: 'Acme Corp', kind: 'organization', aliases: ['Acme'], description: 'x' },
  { id: 'chile', name: 'Chile', kind: 'country', aliases: [], description: 'x' },
  { id: 'reuters', name: 'Reuters', kind: 'media', aliases: [], description: 'x' },
];

function events(text: string) {
  return analyze({ paragraphs: [{ id: 'p-0', text }], published: '2024-03-15', registry }).events.map((e) => ({
    phrase: e.phrase,
    actors: e.actors,
    source: e.source ?? null,
  }));
}

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

describe('event actors', () => {
  it('take the reporter only when it is the subject of the reporting verb', () => {
    expect(events('Acme announced on Thursday that it would leave.')).toEqual([
      { phrase: 'on Thursday', actors: ['acme'], source: 'acme' },
    ]);
    expect(events('Ministers agreed on Thursday to fine Acme and Chile, diplomats said.')).toEqual([
      { phrase: 'on Thursday', actors: ['acme', 'chile'], source: null },
    ]);
  });

  it('leave the dateline out: its date is no event and its outlet no actor', () => {
    expect(events('SANTIAGO, March 15 (Reuters) - Chile fined Acme on Friday.')).toEqual([
      { phrase: 'on Friday', actors: ['chile', 'acme'], source: null },
    ]);
  });
});
