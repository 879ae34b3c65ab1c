import { slugify } from '../analysis/slug.ts';
import type { Analysis, Quote } from '../schemas/analysis.ts';
import type { EntityKind } from '../schemas/entity.ts';
import { KIND_LABELS, entityAnchor, type EntityNames } from './entity-cards.ts';
import { formatDateRange, quoteTimelineId } from './timeline-layout.ts';

/** One quotation card of the sidebar. */
export interface QuoteCardView {
  /** The engine's id (`quote-…`), the card's element id. */
  id: string;
  text: string;
  /** How it was said ("during a briefing for the press"). */
  channel: string | undefined;
  /** When it was said, when the text says so ("Thu 7 Sep 2023"). */
  dateLabel: string | undefined;
  /** Whether it continues the previous quotation (one running over paragraphs). */
  continued: boolean;
  /** `#<quote-id>-text`: the quoted words in the article. */
  textHref: string;
  /** `#timeline-<quote-id>`: its item in the timeline's list, beside its mark on the chart. */
  timelineHref: string;
  /** Why this speaker (or none), with the sieve that attributed it: the card's "why?". */
  why: string | undefined;
}

/** The quotations of one speaker. */
export interface SpeakerGroupView {
  /** Stable key: the speaker's entity id, `unnamed-<slug of the name>`, or `unattributed`. */
  key: string;
  /** As the article names them ("Jake Sullivan", "an NSC spokeswoman"). */
  name: string;
  role: string | undefined;
  /** Name of the organization an unnamed speaker speaks for. */
  affiliation: string | undefined;
  /** "Jake Sullivan, White House National Security Adviser"; an unnamed speaker's name alone. */
  label: string;
  kind: EntityKind | undefined;
  kindLabel: string | undefined;
  /** The speaker's who's-who card, when they have one. */
  href: string | undefined;
  quotes: QuoteCardView[];
}

/** Element id of the mark the body puts around a quotation's words (see `rehypeAnalysisMarks`). */
export function quoteTextId(quote: string): string {
  return `${quote}-text`;
}

/**
 * The sidebar's quotations grouped by speaker, speakers in the order they are first quoted. Roles come
 * from the registry (through the analysis's entities); `names` names affiliations the copy never mentions.
 */
export function quoteList(
  analysis: Pick<Analysis, 'quotes' | 'entities'>,
  names: EntityNames = new Map(),
): SpeakerGroupView[] {
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const groups = new Map<string, SpeakerGroupView>();
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker;
    const key = speaker === null ? 'unattributed' : (speaker.entity ?? `unnamed-${slugify(speaker.name)}`);
    let group = groups.get(key);
    if (!group) {
      const entity = speaker?.entity ? entities.get(speaker.entity) : undefined;
      const role = entity?.role ?? speaker?.role;
      const affiliationId = speaker?.entity === null ? speaker.affiliation : undefined;
      const name = speaker?.name ?? 'Speaker not stated';
      group = {
        key,
        name,
        role,
        affiliation:
          affiliationId === undefined
            ? undefined
            : (entities.get(affiliationId)?.name ?? names.get(affiliationId) ?? affiliationId),
        label: role === undefined ? name : `${name}, ${role}`,
        kind: entity?.kind,
        kindLabel: entity && KIND_LABELS[entity.kind],
        href: entity && `#${entityAnchor(entity.id)}`,
        quotes: [],
      };
      groups.set(key, group);
    }
    group.quotes.push(quoteCard(quote));
  }
  return [...groups.values()];
}

function quoteCard(quote: Quote): QuoteCardView {
  return {
    id: quote.id,
    text: quote.text,
    channel: quote.channel,
    dateLabel: quote.date && formatDateRange(quote.date.start, quote.date.end, quote.date.precision).label,
    continued: quote.continues !== undefined,
    textHref: `#${quoteTextId(quote.id)}`,
    timelineHref: `#${quoteTimelineId(quote.id)}`,
    why: quote.reason && (quote.sieve ? `${quote.reason} (the ${SIEVE_LABELS[quote.sieve]} rule)` : quote.reason),
  };
}

/** The attribution sieves in words, for the "why?" of a quotation. */
const SIEVE_LABELS: Readonly<Record<NonNullable<Quote['sieve']>, string>> = {
  'descriptor-name': 'name-and-descriptor',
  'adjacent-verb': 'speech-verb',
  'colon-dash': 'colon-or-dash',
  'reported-speech': 'reported-speech',
  continuation: 'continuation',
  'narrative-subject': 'sentence-before',
};
