import type { Analysis, Event } from '../schemas/analysis.ts';
import type { Corrections } from '../schemas/corrections.ts';
import type { Entity } from '../schemas/entity.ts';
import { uniqueIds } from './slug.ts';

/** An editor correction that does not fit the text: `field` is its path in the frontmatter. */
export class CorrectionError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'CorrectionError';
    this.field = field;
  }
}

/** Applies the editor's corrections, each checked against the text and the registry. */
export function applyCorrections(analysis: Analysis, corrections: Corrections, registry: readonly Entity[]): Analysis {
  const known = new Map(registry.map((entity) => [entity.id, entity]));
  const requireEntity = (field: string, id: string) => {
    if (!known.has(id))
      throw new CorrectionError(field, `unknown entity "${id}": expected the id of a file in content/entities/`);
  };
  const checkRange = (field: string, start: string, end: string | undefined) => {
    if (end !== undefined && end < start)
      throw new CorrectionError(`${field}.end`, `ends (${end}) before it starts (${start})`);
  };
  let events = [...analysis.events];
  let quotes = [...analysis.quotes];

  corrections.pinDates.forEach((pin, i) => {
    const field = `corrections.pinDates[${i}]`;
    const index = events.findIndex((event) => event.id === pin.event);
    if (index === -1)
      throw new CorrectionError(
        `${field}.event`,
        `no event "${pin.event}" in this article: expected one of ${events.map((e) => e.id).join(', ') || '(none)'}`,
      );
    checkRange(field, pin.start, pin.end);
    const end = pin.end ?? pin.start;
    events[index] = {
      ...events[index]!,
      date: {
        start: pin.start,
        end,
        precision: end === pin.start ? 'day' : 'range',
        reason: `set by the editor: ${pin.reason}`,
      },
      origin: 'editor',
    };
  });

  corrections.quoteSpeakers.forEach((fix, i) => {
    const field = `corrections.quoteSpeakers[${i}]`;
    requireEntity(`${field}.speaker`, fix.speaker);
    const index = quotes.findIndex((quote) => quote.text.includes(fix.quote));
    if (index === -1)
      throw new CorrectionError(`${field}.quote`, `"${fix.quote}" is not verbatim in any quotation of the body`);
    const entity = known.get(fix.speaker)!;
    quotes[index] = {
      ...quotes[index]!,
      speaker: { name: entity.name, entity: entity.id, ...(entity.role ? { role: entity.role } : {}) },
      ...(fix.channel ? { channel: fix.channel } : {}),
      attribution: 'editor',
    };
  });

  const added: Event[] = corrections.addEvents.map((add, i) => {
    const field = `corrections.addEvents[${i}]`;
    add.actors.forEach((actor, j) => requireEntity(`${field}.actors[${j}]`, actor));
    if (add.source) requireEntity(`${field}.source`, add.source);
    checkRange(field, add.start, add.end);
    const paragraph = analysis.paragraphs.find((p) => p.text.includes(add.text));
    if (!paragraph) throw new CorrectionError(`${field}.text`, `"${add.text}" is not verbatim in the body`);
    const start = paragraph.text.indexOf(add.text);
    return {
      id: 'event-pending',
      summary: add.summary,
      phrase: add.text,
      date: {
        start: add.start,
        end: add.end ?? add.start,
        precision: add.end && add.end !== add.start ? 'range' : 'day',
        reason: `set by the editor: ${add.reason}`,
      },
      actors: add.actors,
      ...(add.source ? { source: add.source } : {}),
      paragraph: paragraph.id,
      span: { paragraph: paragraph.id, start, end: start + add.text.length },
      origin: 'editor',
    };
  });
  if (added.length > 0) {
    const ids = uniqueIds(
      [...events, ...added].map((e) => `${e.date.start} ${e.summary}`),
      'event',
    );
    events = [...events, ...added].map((event, i) => ({ ...event, id: ids[i]! }));
  }

  let entities = analysis.entities;
  corrections.hide.forEach((id, i) => {
    const exists =
      events.some((e) => e.id === id) ||
      quotes.some((q) => q.id === id) ||
      entities.some((e) => e.id === id && !e.registered);
    if (!exists)
      throw new CorrectionError(
        `corrections.hide[${i}]`,
        `no event, quote or unregistered entity "${id}" in this article`,
      );
    events = events.filter((e) => e.id !== id);
    quotes = quotes.filter((q) => q.id !== id);
    entities = entities.filter((e) => e.id !== id);
  });
  const mentions = analysis.mentions.filter((m) => entities.some((e) => e.id === m.entity));
  return { ...analysis, entities, mentions, events, quotes };
}
