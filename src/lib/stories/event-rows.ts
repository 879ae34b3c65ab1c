import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Analysis, Event } from '../../schemas/analysis.ts';
import type { EventMention, EventRow } from '../../schemas/comparison.ts';
import { paragraphNumbers } from './paragraph-numbers.ts';
import { rowId } from './row-id.ts';
import { LabelledSets } from './union-find.ts';
import { sharedContentWords } from './word-diff.ts';
import { contentWords, wordsOf, type Word } from './words.ts';

/** One copy's events, with the paragraphs and entities they point into; copies come in story order. */
export interface CopyEvents {
  slug: string;
  analysis: Pick<Analysis, 'events' | 'paragraphs' | 'entities'>;
}

/** Actors that single an event out: people, organizations, media and named events, not the states and places most sentences of a story share. */
const KEY_KINDS = new Set(['person', 'organization', 'media', 'event']);
/** Two tellings whose dates do not overlap are still one statement when at most this many days apart… */
const NEAR_DAYS = 7;
/** …and their sentences share at least this many content words, and half of the shorter one's. */
const MIN_SHARED = 3;

interface Item {
  mention: EventMention;
  actors: Set<string>;
  keyActors: Set<string>;
  sentence: Word[];
}

/**
 * Aligns the events of several copies into rows. Two tellings are one event when their dates overlap and
 * they share a key actor (or have the same actors); tellings of one statement whose dates do not overlap
 * (a sentence alike, a key actor shared, at most a week apart) join too, and the row says the dates disagree.
 */
export function eventRows(copies: readonly CopyEvents[]): EventRow[] {
  const items = copies.flatMap(({ slug, analysis }) => {
    const kinds = new Map(analysis.entities.map((entity) => [entity.id, entity.kind]));
    const paragraphs = new Map(analysis.paragraphs.map((p) => [p.id, p.text]));
    const numbers = paragraphNumbers(analysis.paragraphs);
    return analysis.events.map((event) =>
      item(slug, event, kinds, paragraphs.get(event.span.paragraph) ?? '', numbers.get(event.paragraph) ?? 1),
    );
  });
  const sets = new LabelledSets(items.map(() => null));
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) if (sameEvent(items[a]!, items[b]!)) sets.union(a, b);
  }
  const used = new Set<string>();
  return sets
    .groups()
    .map((members) => buildRow(members.map((i) => items[i]!)))
    .sort((a, b) => a.mentions[0]!.start.localeCompare(b.mentions[0]!.start) || b.copies.length - a.copies.length)
    .map((row) => ({ ...row, id: rowId('event-row', `${row.mentions[0]!.start} ${row.mentions[0]!.summary}`, used) }));
}

function item(
  copy: string,
  event: Event,
  kinds: ReadonlyMap<string, string>,
  paragraph: string,
  paragraphNumber: number,
): Item {
  return {
    mention: {
      copy,
      event: event.id,
      paragraph: event.paragraph,
      paragraphNumber,
      phrase: event.phrase,
      start: event.date.start,
      end: event.date.end,
      precision: event.date.precision,
      summary: event.summary,
      actors: event.actors,
    },
    actors: new Set(event.actors),
    keyActors: new Set(event.actors.filter((id) => KEY_KINDS.has(kinds.get(id) ?? ''))),
    sentence: wordsOf(paragraph.slice(event.span.start, event.span.end)),
  };
}

function overlaps(a: EventMention, b: EventMention): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function daysApart(a: EventMention, b: EventMention): number {
  const [early, late] = a.end < b.start ? [a, b] : [b, a];
  return differenceInCalendarDays(parseISO(late.start), parseISO(early.end));
}

function sameEvent(a: Item, b: Item): boolean {
  if (a.actors.size === 0 || b.actors.size === 0) return false;
  const sharesKey = [...a.keyActors].some((id) => b.keyActors.has(id));
  const sameActors = a.actors.size === b.actors.size && [...a.actors].every((id) => b.actors.has(id));
  if (overlaps(a.mention, b.mention)) return sharesKey || sameActors;
  if (!sharesKey || daysApart(a.mention, b.mention) > NEAR_DAYS) return false;
  const shared = sharedContentWords(a.sentence, b.sentence);
  const shorter = Math.min(contentWords(a.sentence).length, contentWords(b.sentence).length);
  return shared >= MIN_SHARED && shared >= shorter / 2;
}

function buildRow(members: readonly Item[]): EventRow {
  const copies = [...new Set(members.map((m) => m.mention.copy))];
  const actorSets = copies.map(
    (copy) => new Set(members.filter((m) => m.mention.copy === copy).flatMap((m) => [...m.actors])),
  );
  const shared = [...actorSets[0]!].filter((id) => actorSets.every((set) => set.has(id)));
  const dateDisagreement = members.some((a) =>
    members.some((b) => a.mention.copy !== b.mention.copy && !overlaps(a.mention, b.mention)),
  );
  return { id: 'event-row-pending', copies, actors: shared, dateDisagreement, mentions: members.map((m) => m.mention) };
}
