import { describe, expect, it } from 'vitest';
import { analyze, CorrectionError } from '../../../src/analysis/index.ts';
import { loadRegistry } from '../../../src/lib/registry.ts';
import { CorrectionsSchema, type CorrectionsInput } from '../../../src/schemas/corrections.ts';

const registry = loadRegistry('content/entities');
const paragraphs = [
  { id: 'p-a', text: 'KCNA announced on Thursday that a meeting would be held.' },
  { id: 'p-b', text: '“We will not back down,” an official said.' },
];
const run = (corrections: CorrectionsInput) =>
  analyze({ paragraphs, published: '2023-09-08', registry, corrections: CorrectionsSchema.parse(corrections) });
const eventId = run({}).events[0]!.id;

// Expectations written by hand.
describe('editor corrections', () => {
  it('pins a date, sets a speaker, adds an event and hides a quote', () => {
    const analysis = run({
      pinDates: [{ event: eventId, start: '2023-09-06', reason: 'KCNA’s bulletin was dated Wednesday' }],
      quoteSpeakers: [{ quote: 'We will not back down', speaker: 'kim-jong-un' }],
      addEvents: [
        {
          text: 'a meeting would be held',
          summary: 'An international meeting',
          start: '2023-09-10',
          actors: ['north-korea'],
          reason: 'KCNA’s later bulletin',
        },
      ],
    });
    expect(analysis.events.find((e) => e.origin === 'editor' && e.phrase === 'on Thursday')?.date).toMatchObject({
      start: '2023-09-06',
      precision: 'day',
    });
    expect(analysis.quotes[0]).toMatchObject({
      speaker: { entity: 'kim-jong-un', name: 'Kim Jong Un' },
      attribution: 'editor',
    });
    expect(analysis.events.map((e) => e.summary)).toContain('An international meeting');
    expect(run({ hide: [analysis.quotes[0]!.id] }).quotes).toEqual([]);
  });

  it.each<[string, CorrectionsInput, string, RegExp]>([
    [
      'an unknown event',
      { pinDates: [{ event: 'event-nope', start: '2023-09-06', reason: 'x' }] },
      'corrections.pinDates[0].event',
      /no event "event-nope"/,
    ],
    [
      'a quote that is not verbatim',
      { quoteSpeakers: [{ quote: 'We will back down', speaker: 'kim-jong-un' }] },
      'corrections.quoteSpeakers[0].quote',
      /not verbatim/,
    ],
    [
      'an unknown speaker',
      { quoteSpeakers: [{ quote: 'We will not back down', speaker: 'nobody' }] },
      'corrections.quoteSpeakers[0].speaker',
      /unknown entity "nobody"/,
    ],
    [
      'an added event not in the text',
      { addEvents: [{ text: 'a parade', summary: 's', start: '2023-09-09', actors: ['north-korea'], reason: 'r' }] },
      'corrections.addEvents[0].text',
      /not verbatim/,
    ],
    [
      'a range that ends before it starts',
      {
        addEvents: [
          {
            text: 'a meeting',
            summary: 's',
            start: '2023-09-09',
            end: '2023-09-01',
            actors: ['north-korea'],
            reason: 'r',
          },
        ],
      },
      'corrections.addEvents[0].end',
      /ends \(2023-09-01\) before it starts/,
    ],
    [
      'hiding what does not exist',
      { hide: ['quote-nope'] },
      'corrections.hide[0]',
      /no event, quote or unregistered entity/,
    ],
  ])('rejects %s, naming the field', (_name, corrections, field, message) => {
    try {
      run(corrections);
      expect.unreachable('the correction was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(CorrectionError);
      expect((error as CorrectionError).field).toBe(field);
      expect((error as Error).message).toMatch(message);
    }
  });
});
