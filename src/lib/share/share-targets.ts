import type { Analysis, Event, Paragraph, Quote } from '../../schemas/analysis.ts';
import { formatDateRange } from '../timeline-layout.ts';

/** What kind of element a share page points at. */
export type ShareKind = 'paragraph' | 'quote' | 'event';

/** One share page: `/articles/<slug>/s/<anchor>/`, previewing one element of the article. */
export interface ShareTarget {
  /** The anchor of the share page's URL (an old, mapped anchor for a moved one). */
  anchor: string;
  /** The element id it lands on. */
  target: string;
  kind: ShareKind;
  /** og:title. */
  title: string;
  /** og:description: the quote with its speaker, the event with its date, the paragraph's first sentence. */
  description: string;
  /** The quote's preview image is its own; the others use the article's. */
  image: 'article' | 'quote';
}

/** The article's fields a share page needs besides the analysis. */
export interface ShareArticle {
  title: string;
}

/** Longest og:description handed out; previews cut longer ones anyway. */
const MAX_DESCRIPTION = 300;

/** Share targets of an article: every paragraph, quote and event, and each moved anchor (`moved`: old → new). */
export function shareTargets(
  analysis: Pick<Analysis, 'paragraphs' | 'quotes' | 'events'>,
  article: ShareArticle,
  moved: Readonly<Record<string, string>> = {},
): ShareTarget[] {
  const targets = [
    ...analysis.paragraphs.map((paragraph, index) => paragraphTarget(paragraph, index, article)),
    ...analysis.quotes.map((quote) => quoteTarget(quote, article)),
    ...analysis.events.map((event) => eventTarget(event, article)),
  ];
  const byAnchor = new Map(targets.map((target) => [target.anchor, target]));
  for (const [old, current] of Object.entries(moved)) {
    const target = byAnchor.get(current);
    if (target && !byAnchor.has(old)) targets.push({ ...target, anchor: old });
  }
  return targets;
}

/** The quote's speaker as a caption: "Jake Sullivan, White House National Security Adviser". */
export function speakerLabel(quote: Pick<Quote, 'speaker'>): string {
  const speaker = quote.speaker;
  if (!speaker) return 'Speaker not stated';
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/** The first sentence of a paragraph (the whole text when it has no sentence bounds). */
export function firstSentence(paragraph: Pick<Paragraph, 'text' | 'sentences'>): string {
  const first = paragraph.sentences[0];
  const sentence = first ? paragraph.text.slice(first.start, first.end) : paragraph.text;
  return sentence.trim() || paragraph.text.trim();
}

function paragraphTarget(paragraph: Paragraph, index: number, article: ShareArticle): ShareTarget {
  return {
    anchor: paragraph.id,
    target: paragraph.id,
    kind: 'paragraph',
    title: `${article.title} (paragraph ${index + 1})`,
    description: clip(firstSentence(paragraph)),
    image: 'article',
  };
}

function quoteTarget(quote: Quote, article: ShareArticle): ShareTarget {
  const speaker = speakerLabel(quote);
  const channel = quote.channel ? ` (${quote.channel})` : '';
  return {
    anchor: quote.id,
    target: quote.id,
    kind: 'quote',
    title: capitalize(`${quote.speaker?.name ?? 'A quotation'} in “${article.title}”`),
    description: clip(`“${quote.text}” — ${speaker}${channel}`),
    image: 'quote',
  };
}

function eventTarget(event: Event, article: ShareArticle): ShareTarget {
  const date = formatDateRange(event.date.start, event.date.end, event.date.precision).label;
  return {
    anchor: event.id,
    target: event.id,
    kind: 'event',
    title: `${date}: ${article.title}`,
    description: clip(`${date} (“${event.phrase}”): ${event.summary}`),
    image: 'article',
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A preview description cut to the length previews show, with an ellipsis. */
export function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`;
}
