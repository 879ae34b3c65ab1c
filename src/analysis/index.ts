import type { Analysis, AnalysisEntity, DateMention, Event, Mention, Paragraph, Quote } from '../schemas/analysis.ts';
import type { Corrections } from '../schemas/corrections.ts';
import type { Entity } from '../schemas/entity.ts';
import type { KnownMention } from './attribution.ts';
import { applyCorrections, CorrectionError } from './corrections.ts';
import { dateResolver } from './dates/index.ts';
import { registryMatcher } from './entity-mentions.ts';
import {
  eventOfSentence,
  sentenceReport,
  type FoundEvent,
  type SentenceReport,
  type SummaryContext,
} from './events.ts';
import { findQuotes } from './quotes.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { itemsWithin } from './spans-between.ts';
import { tokenize, tokensWithin, type Token } from './tokens.ts';
import { uniqueIds, slugify } from './slug.ts';
import { appositiveRole } from './appositive-roles.ts';
import { DATELINE, findUnregisteredNames } from './unregistered-entities.ts';

/** Characters of a sentence that can reach an event id (its opening dozen words, with room to spare). */
const ID_TEXT_LIMIT = 240;

export { CorrectionError };

/** What the engine reads: the body's paragraphs with their ids, the publication day, the registry. */
export interface AnalyzeInput {
  paragraphs: readonly { id: string; text: string }[];
  /** Publication day, `YYYY-MM-DD`; relative dates resolve against it. */
  published: string;
  registry: readonly Entity[];
  corrections?: Corrections;
}

interface ParagraphModel {
  id: string;
  text: string;
  sentences: SentenceSpan[];
  /** Tagged tokens, offsets into `text`. */
  tokens: Token[];
  mentions: KnownMention[];
}

/** Analyses an article: entities, dates, quotes and events, each with its paragraph and span. */
export function analyze(input: AnalyzeInput): Analysis {
  const entities = new Map<string, AnalysisEntity>();
  for (const entity of input.registry) entities.set(entity.id, registeredEntity(entity));
  const models = modelParagraphs(input, entities);
  const mentions: Mention[] = models.flatMap((p) =>
    p.mentions.map((m) => ({ entity: m.entity, text: p.text.slice(m.start, m.end), span: span(p.id, m) })),
  );
  for (const mention of mentions) entities.get(mention.entity)!.mentions++;

  const dates: DateMention[] = [];
  const found: FoundEvent[] = [];
  const resolver = dateResolver(input.published);
  const earlier: string[] = []; // entity names in reading order, for summaries' "the forum"
  const nameOf = (m: KnownMention) => entities.get(m.entity)!.name;
  for (const paragraph of models) {
    // "BRUSSELS, Jan 29 (Reuters) -": the dateline's date and outlet say where the copy comes from, not who acted.
    const datelineEnd = DATELINE.exec(paragraph.text)?.[0].length ?? 0;
    const actors = paragraph.mentions.filter((m) => m.start >= datelineEnd);
    for (const sentence of paragraph.sentences) {
      let report: SentenceReport | undefined;
      let context: SummaryContext | undefined;
      const sentenceTokens = tokensWithin(paragraph.tokens, sentence.start, sentence.end).map((t) => ({
        ...t,
        start: t.start - sentence.start,
        end: t.end - sentence.start,
      }));
      const inSentence = itemsWithin(paragraph.mentions, sentence.start, sentence.end);
      for (const date of resolver.inSentence(paragraph.text.slice(sentence.start, sentence.end), sentenceTokens)) {
        const start = sentence.start + date.start;
        const end = sentence.start + date.end;
        dates.push({ ...date.date, phrase: date.phrase, span: { paragraph: paragraph.id, start, end } });
        if (end <= datelineEnd) continue;
        report ??= sentenceReport(paragraph, sentence, actors);
        context ??= {
          tokens: sentenceTokens,
          datelineEnd,
          names: inSentence.map((m) => ({
            name: nameOf(m),
            start: m.start - sentence.start,
            end: m.end - sentence.start,
          })),
          earlier,
          cache: {},
        };
        found.push(
          eventOfSentence(paragraph, sentence, { start, end, text: date.phrase, date: date.date }, report, context),
        );
      }
      for (const m of inSentence) earlier.push(nameOf(m));
    }
  }

  const names = new Map([...entities].map(([id, e]) => [id, { name: e.name, kind: e.kind, role: e.role }]));
  const { quotes: foundQuotes, unbalanced } = findQuotes(models, names);
  const quoteIds = uniqueIds(
    foundQuotes.map((q) => textOf(models, q.paragraph, q)),
    'quote',
  );
  const quotes: Quote[] = foundQuotes.map((q, i) => ({
    id: quoteIds[i]!,
    text: textOf(models, q.paragraph, q),
    speaker: q.speaker,
    ...(q.channel ? { channel: q.channel } : {}),
    paragraph: q.paragraph,
    span: span(q.paragraph, q),
    sentence: span(q.paragraph, q.sentence),
    ...(q.continues !== undefined ? { continues: quoteIds[q.continues]! } : {}),
    attribution: q.attribution,
  }));

  // From the copy's words only (the phrase, then its sentence), never from how the engine resolved or
  // summarised it: a better engine must not break a published link.
  const eventIds = uniqueIds(
    found.map((e) => {
      // Ids use a dozen words at most: a bounded slice keeps a run-on sentence with many dates linear.
      const sentence = textOf(models, e.paragraph, e.sentence).slice(0, ID_TEXT_LIMIT);
      return `${e.phrase} ${sentence.replace(e.phrase, ' ')}`;
    }),
    'event',
  );
  const events: Event[] = found.map((e, i) => ({
    id: eventIds[i]!,
    summary: e.summary,
    phrase: e.phrase,
    date: e.date,
    actors: e.actors,
    ...(e.source ? { source: e.source } : {}),
    paragraph: e.paragraph,
    span: span(e.paragraph, e.sentence),
    origin: 'engine' as const,
  }));

  const analysis: Analysis = {
    version: 1,
    published: input.published,
    paragraphs: models.map((p): Paragraph => ({ id: p.id, text: p.text, sentences: p.sentences })),
    entities: [...entities.values()]
      .filter((e) => e.mentions > 0)
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    mentions,
    dates,
    quotes,
    events,
    warnings: unbalanced.map((u) => ({
      message: `unbalanced quotation mark at character ${u.at + 1} of the paragraph: no quotation was taken from it`,
      span: { paragraph: u.paragraph, start: u.at, end: u.at + 1 },
    })),
  };
  return input.corrections ? applyCorrections(analysis, input.corrections, input.registry) : analysis;
}

/** Sentences and entity mentions (registered, then unregistered names) of every paragraph. */
function modelParagraphs(input: AnalyzeInput, entities: Map<string, AnalysisEntity>): ParagraphModel[] {
  const match = registryMatcher(input.registry);
  const seen = new Set<string>();
  const kindOf = (id: string) => entities.get(id)!.kind;
  return input.paragraphs.map(({ id, text }) => {
    const sentences = splitSentences(text);
    const tokens = tokenize(text);
    const registered = match(text, seen).map((m) => ({ ...m, kind: kindOf(m.entity) }));
    const covered = (start: number, end: number) => registered.some((m) => start < m.end && end > m.start);
    const starts = new Set(sentences.map((s) => s.start));
    const unregistered = findUnregisteredNames(text, covered, starts).map((name) => {
      const entityId = unregisteredId(entities, name.name, name.kind);
      const entity = entities.get(entityId)!;
      const role = name.role ?? (name.kind === 'person' ? appositiveRole(text, name.start, name.end) : undefined);
      if (role && !entity.role) entity.role = role;
      return { entity: entityId, kind: entities.get(entityId)!.kind, start: name.start, end: name.end };
    });
    const mentions = [...registered, ...unregistered].sort((a, b) => a.start - b.start);
    return { id, text, sentences, tokens, mentions };
  });
}

/** The id of an unregistered name: a surname alone joins the full name seen before it. */
function unregisteredId(entities: Map<string, AnalysisEntity>, name: string, kind: AnalysisEntity['kind']): string {
  const id = slugify(name) || 'unnamed';
  const existing = entities.get(id);
  if (existing) return id;
  if (!name.includes(' ')) {
    // "McCarthy" after "Kevin McCarthy"; "Samsung" after "Samsung Electronics".
    const full = [...entities.values()].find(
      (e) =>
        !e.registered &&
        ((e.kind === 'person' && e.name.endsWith(` ${name}`)) ||
          (e.kind === 'organization' && e.name.startsWith(`${name} `))),
    );
    if (full) return full.id;
  }
  entities.set(id, { id, name, kind, registered: false, mentions: 0 });
  return id;
}

function registeredEntity(entity: Entity): AnalysisEntity {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    registered: true,
    ...(entity.role ? { role: entity.role } : {}),
    ...(entity.affiliation ? { affiliation: entity.affiliation } : {}),
    description: entity.description,
    mentions: 0,
  };
}

function span(paragraph: string, range: { start: number; end: number }) {
  return { paragraph, start: range.start, end: range.end };
}

function textOf(models: readonly ParagraphModel[], paragraph: string, range: { start: number; end: number }): string {
  return models.find((p) => p.id === paragraph)!.text.slice(range.start, range.end);
}
