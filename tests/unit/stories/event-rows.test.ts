import { describe, expect, it } from 'vitest';
import type { Analysis, Event } from '../../../src/schemas/analysis.ts';
import { eventRows, type CopyEvents } from '../../../src/lib/stories/event-rows.ts';

const ENTITIES: Analysis['entities'] = [
  { id: 'olaf-scholz', name: 'Olaf Scholz', kind: 'person', registered: true, mentions: 1 },
  { id: 'germany', name: 'Germany', kind: 'country', registered: true, mentions: 1 },
  { id: 'france', name: 'France', kind: 'country', registered: true, mentions: 1 },
  { id: 'bundestag', name: 'Bundestag', kind: 'organization', registered: true, mentions: 1 },
];

/** A copy with one event per sentence: [sentence, date phrase, start, end, actors]. */
function copy(slug: string, events: [string, string, string, string, string[]][]): CopyEvents {
  const paragraphs = events.map(([text], i) => ({
    id: `p-${i + 1}`,
    text,
    sentences: [{ start: 0, end: text.length }],
  }));
  return {
    slug,
    analysis: {
      paragraphs,
      entities: ENTITIES,
      events: events.map(([text, phrase, start, end, actors], i): Event => {
        const span = { paragraph: `p-${i + 1}`, start: 0, end: text.length };
        const precision = start === end ? 'day' : 'range';
        return {
          id: `event-${slug}-${i}`,
          summary: text,
          phrase,
          date: { start, end, precision, reason: 'test' },
          actors,
          paragraph: span.paragraph,
          span,
          origin: 'engine',
        };
      }),
    },
  };
}

const SPEECH = 'Chancellor Olaf Scholz told the Bundestag that Germany would send more air defence systems';

describe('events across copies', () => {
  it('joins one event told by two copies with the same day', () => {
    const rows = eventRows([
      copy('a', [[`On Monday, ${SPEECH}.`, 'On Monday', '2024-03-04', '2024-03-04', ['olaf-scholz', 'bundestag']]]),
      copy('b', [[`${SPEECH} on Monday.`, 'on Monday', '2024-03-04', '2024-03-04', ['olaf-scholz', 'germany']]]),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ copies: ['a', 'b'], actors: ['olaf-scholz'], dateDisagreement: false });
  });

  it('joins the same statement given as Monday in one copy and Tuesday in another, and flags it', () => {
    const rows = eventRows([
      copy('a', [[`On Monday, ${SPEECH}.`, 'On Monday', '2024-03-04', '2024-03-04', ['olaf-scholz']]]),
      copy('b', [[`On Tuesday, ${SPEECH}.`, 'On Tuesday', '2024-03-05', '2024-03-05', ['olaf-scholz']]]),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.dateDisagreement).toBe(true);
    expect(rows[0]!.mentions.map((m) => m.start)).toEqual(['2024-03-04', '2024-03-05']);
  });

  it('keeps apart two events of one day that share only states', () => {
    const rows = eventRows([
      copy('a', [
        [
          'On Monday, Germany and France signed a gas deal.',
          'On Monday',
          '2024-03-04',
          '2024-03-04',
          ['germany', 'france'],
        ],
      ]),
      copy('b', [[`On Monday, ${SPEECH}.`, 'On Monday', '2024-03-04', '2024-03-04', ['olaf-scholz', 'germany']]]),
    ]);
    expect(rows).toHaveLength(2);
  });

  it('keeps apart two statements of one person on different days whose sentences differ', () => {
    const rows = eventRows([
      copy('a', [[`On Monday, ${SPEECH}.`, 'On Monday', '2024-03-04', '2024-03-04', ['olaf-scholz']]]),
      copy('b', [
        [
          'On Thursday, Scholz flew to Paris for talks on farm subsidies.',
          'On Thursday',
          '2024-03-07',
          '2024-03-07',
          ['olaf-scholz'],
        ],
      ]),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => !row.dateDisagreement)).toBe(true);
  });

  it('never joins events without actors', () => {
    const rows = eventRows([
      copy('a', [['It rained on Monday.', 'on Monday', '2024-03-04', '2024-03-04', []]]),
      copy('b', [['It rained on Monday.', 'on Monday', '2024-03-04', '2024-03-04', []]]),
    ]);
    expect(rows).toHaveLength(2);
  });
});
