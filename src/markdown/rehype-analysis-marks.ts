import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { firstMentionId } from '../lib/entity-cards.ts';
import { quoteTextId } from '../lib/quote-list.ts';
import { dateView } from '../lib/timeline-layout.ts';
import type { Analysis, AnalysisEntity, Event } from '../schemas/analysis.ts';
import type { BodyParagraph } from './paragraphs.ts';
import { wrapRanges, type WrapRange } from './wrap-ranges.ts';

/** Options of `rehypeAnalysisMarks`. */
export interface AnalysisMarksOptions {
  /** Put a link to the timeline after each paragraph that states events; default `true`. */
  readonly eventMarkers?: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** The engine's validated output, for the plugins that mark up the body. */
    analysis: Analysis;
  }
}

/**
 * Marks the analysis in the body, inside each paragraph: every quotation becomes
 * `span.na-quote#<quote-id>-text[data-quote]`, every entity mention a link to its who's-who card with its
 * name and role in `data-label` (the first one of each entity also carries `id="mention-<id>"`); after a
 * paragraph that states events, a small link to each of them goes beside the paragraph's link control.
 * Only elements are added: each paragraph's text stays exactly as it was. A range that does not match the
 * text, or would cross an element boundary, is skipped with a message on the file. Reads
 * `file.data.analysis` and `file.data.paragraphs` (from `rehypeParagraphIds`).
 */
export default function rehypeAnalysisMarks(options: Readonly<AnalysisMarksOptions> = {}) {
  const eventMarkers = options.eventMarkers ?? true;
  return (tree: Root, file: VFile): void => {
    const analysis = file.data.analysis;
    const paragraphs = file.data.paragraphs;
    if (!analysis || !paragraphs) return;
    const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
    const texts = new Map(analysis.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
    const anchored = new Set<string>();
    for (const paragraph of paragraphs) {
      if (texts.get(paragraph.id) !== paragraph.text) continue;
      const marks = paragraphMarks(analysis, paragraph, entities);
      const made = wrapRanges(
        paragraph.element,
        marks.map(({ range }) => range),
      );
      marks.forEach(({ entity, words }, i) => {
        const element = made[i];
        if (!element) {
          file.message(`could not mark “${words}” in ${paragraph.id}: it crosses an element or a link`);
        } else if (entity !== undefined && !anchored.has(entity)) {
          anchored.add(entity);
          element.properties.id = firstMentionId(entity);
        }
      });
    }
    if (eventMarkers) markEvents(tree, paragraphs, analysis.events, Number(analysis.published.slice(0, 4)));
  };
}

interface Mark {
  range: WrapRange;
  /** The entity of a mention. */
  entity: string | undefined;
  words: string;
}

/** The quotations and mentions of one paragraph whose words match its text, in reading order. */
function paragraphMarks(
  analysis: Analysis,
  paragraph: BodyParagraph,
  entities: ReadonlyMap<string, AnalysisEntity>,
): Mark[] {
  const matches = (start: number, end: number, words: string) => paragraph.text.slice(start, end) === words;
  const quotes: Mark[] = analysis.quotes
    .filter((quote) => quote.span.paragraph === paragraph.id && matches(quote.span.start, quote.span.end, quote.text))
    .map((quote) => ({
      entity: undefined,
      words: quote.text,
      range: {
        start: quote.span.start,
        end: quote.span.end,
        wrapper: {
          type: 'element',
          tagName: 'span',
          properties: { className: ['na-quote'], id: quoteTextId(quote.id), dataQuote: quote.id },
        },
      },
    }));
  const mentions: Mark[] = analysis.mentions.flatMap((mention) => {
    const entity = entities.get(mention.entity);
    const { paragraph: id, start, end } = mention.span;
    if (!entity || id !== paragraph.id || !matches(start, end, mention.text)) return [];
    const label = entity.role ? `${entity.name}, ${entity.role}` : `${entity.name}, ${entity.kind}`;
    return [
      {
        entity: entity.id,
        words: mention.text,
        range: {
          start,
          end,
          wrapper: {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['na-mention', `na-kind-${entity.kind}`],
              href: `#entity-${entity.id}`,
              dataEntity: entity.id,
              dataLabel: label,
            },
          },
        },
      },
    ];
  });
  return [...quotes, ...mentions];
}

/**
 * After each paragraph with events, inside its `.na-para` wrapper: a link to each event on the timeline, its date
 * with the year whenever that is not the year of publication.
 */
function markEvents(
  tree: Root,
  paragraphs: readonly BodyParagraph[],
  events: readonly Event[],
  publishedYear: number,
): void {
  const byElement = new Map(paragraphs.map((paragraph) => [paragraph.element, paragraph.id]));
  visit(tree, 'element', (node) => {
    const classes = node.properties.className;
    if (!Array.isArray(classes) || !classes.includes('na-para')) return;
    const paragraph = node.children.find((child): child is Element => child.type === 'element' && byElement.has(child));
    const id = paragraph && byElement.get(paragraph);
    const stated = events.filter((event) => event.paragraph === id);
    if (stated.length === 0) return;
    node.children.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['na-para-events'] },
      children: stated.map((event) => ({
        type: 'element',
        tagName: 'a',
        properties: { className: ['na-para-event'], href: `#${event.id}`, dataEvent: event.id },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['na-visually-hidden'] },
            children: [{ type: 'text', value: 'On the timeline: ' }],
          },
          { type: 'text', value: eventMarkerText(event, publishedYear) },
        ],
      })),
    });
  });
}

function eventMarkerText(event: Event, publishedYear: number): string {
  const date = dateView(event.date, publishedYear);
  return date.uncertain ? `approx. ${date.short}` : date.short;
}
