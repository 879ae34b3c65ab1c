/**
 * The engine: a short pipeline of passes over one paragraph model.
 *   text → tokens (tagged) → names and mentions → dates and events → quotes → attribution
 * Each pass reads the layers the passes before it made and adds its own.
 */
import type { Analysis, AnalysisEntity, DateMention, Event, Mention, Paragraph, Quote } from '../schemas/analysis.ts';
import type { Corrections } from '../schemas/corrections.ts';
import type { Entity } from '../schemas/entity.ts';
import { attribute } from './attribution/index.ts';
import type { AttributionParagraph, EntityFacts, KnownMention } from './attribution/types.ts';
import { appositiveRole } from './appositive-roles.ts';
import { applyCorrections, CorrectionError } from './corrections.ts';
import { dateResolver } from './dates/index.ts';
import { anchorSpokenDays } from './dates/spoken.ts';
import { registryMatcher } from './entity-mentions.ts';
import {
  eventOfSentence,
  sentenceReport,
  type FoundEvent,
  type SentenceReport,
  type SummaryContext,
} from './events.ts';
import { DATELINE } from './names/dateline.ts';
import { findUnregistered, type FoundEntity } from './names/unregistered.ts';
import { findQuoteSites, type UnbalancedMark } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { itemsWithin } from './spans-between.ts';
import { uniqueIds } from './slug.ts';
import { tokenize, tokensWithin, type Token } from './tokens.ts';

/** Characters of a sentence that can reach an event id (its opening dozen words, with room to spare). */
const ID_TEXT_LIMIT = 240;
/** Quoted words this short are kept only when a sieve attributes them: otherwise they are scare quotes. */
const SHORT_QUOTE_WORDS = 2;
/** What was done with an unpaired quotation mark, for the editor's warning. */
const UNBALANCED = {
  none: 'no quotation was taken from it',
  closing: 'its closing mark is missing; the quotation was read up to its attribution or the paragraph’s end',
  opening: 'its opening mark is missing; the quotation was read from the paragraph’s start',
} as const;
/** A possessive determiner right before an opening mark. */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:its|their|his|our|my|your|whose)\s$/iu;

export { CorrectionError };

/** What the engine reads: the body's paragraphs with their ids, the publication day, the registry. */
export interface AnalyzeInput {
  paragraphs: readonly { id: string; text: string }[];
  /** Publication day, `YYYY-MM-DD`; relative dates resolve against it. */
  published: string;
  registry: readonly Entity[];
  corrections?: Corrections;
  /**
   * The headline and the editor's summary. Read only for who is who ("Prime minister Malcolm Turnbull hailed…"
   * gives Turnbull his role, so that "the prime minister told the house" is him); never for quotes or events.
   */
  lead?: readonly string[];
  /**
   * Registry ids the editor lists as the article's subjects (its frontmatter `entities`): their short forms ("the
   * union") count from the first paragraph on, where other entities' count only after a full mention.
   */
  about?: readonly string[];
  /** BCP 47 tag of the copy's language ("en", "nb"); names the registry does not know are found in English only. */
  language?: string;
}

/** Analyses an article: entities, dates, quotes and events, each with its paragraph and span. */
export function analyze(input: AnalyzeInput): Analysis {
  const { paragraphs, entities } = modelParagraphs(input);
  const mentions: Mention[] = paragraphs.flatMap((p) =>
    p.mentions.map((m) => ({ entity: m.entity, text: p.text.slice(m.start, m.end), span: span(p.id, m) })),
  );
  const found = datedEvents(paragraphs, input.published, (id) => entities.get(id)!.name);
  const { quotes, unbalanced } = quotations(paragraphs, entities);
  const { dates, events } = anchorSpokenDays(input.published, found.dates, found.events, quotes);
  const analysis: Analysis = {
    version: 1,
    published: input.published,
    paragraphs: paragraphs.map((p): Paragraph => ({ id: p.id, text: p.text, sentences: [...p.sentences] })),
    entities: [...entities.values()]
      .filter((e) => e.mentions > 0)
      .map(publishedEntity)
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
    mentions,
    dates,
    quotes,
    events,
    warnings: unbalanced.map((u) => ({
      message: `unbalanced quotation mark at character ${u.at + 1} of the paragraph: ${UNBALANCED[u.missing ?? 'none']}`,
      span: { paragraph: paragraphs[u.paragraph]!.id, start: u.at, end: u.at + 1 },
    })),
  };
  return input.corrections ? applyCorrections(analysis, input.corrections, input.registry) : analysis;
}

/**
 * Sentences, tokens and entity mentions of every paragraph: the registry's names first, then the names it does
 * not know. Tokens inside a name are tagged PROPN, so later passes read "Parry added" as a name and a verb.
 */
function modelParagraphs(input: AnalyzeInput): {
  paragraphs: AttributionParagraph[];
  entities: Map<string, FoundEntity>;
} {
  const entities = new Map<string, FoundEntity>();
  for (const entity of input.registry) entities.set(entity.id, registeredEntity(entity));
  const match = registryMatcher(input.registry);
  const seen = new Set<string>(input.about ?? []);
  const base = input.paragraphs.map(({ id, text }) => {
    const registered = match(text, seen).map((m) => ({ ...m, kind: entities.get(m.entity)!.kind }));
    return { id, text, sentences: splitSentences(text), tokens: tokenize(text), registered };
  });
  // Names the registry does not know are read with an English tagger and English evidence: in a copy in another
  // language they would be guesses ("Vi", Norwegian for "we", as a person), so only the registry's are kept.
  const english = input.language === undefined || /^en\b/i.test(input.language);
  const unregistered = english
    ? findUnregistered(
        base.map((p) => ({
          ...p,
          covered: (t: Token) => p.registered.some((m) => t.start < m.end && t.end > m.start),
        })),
        new Set(entities.keys()),
      )
    : { entities: [], mentions: [] };
  for (const entity of unregistered.entities) entities.set(entity.id, entity);
  rolesFromLead(unregistered.entities, input.lead ?? []);
  for (const entity of entities.values()) entity.mentions = 0;
  const paragraphs = base.map((p, index): AttributionParagraph => {
    const own = unregistered.mentions
      .filter((m) => m.paragraph === index)
      .map((m) => ({ entity: m.entity, kind: entities.get(m.entity)!.kind, start: m.start, end: m.end }));
    const mentions: KnownMention[] = [...p.registered, ...own].sort((a, b) => a.start - b.start);
    for (const m of mentions) entities.get(m.entity)!.mentions++;
    return { id: p.id, text: p.text, sentences: p.sentences, tokens: tagNames(p.tokens, mentions), mentions };
  });
  return { paragraphs, entities };
}

/** A role for each person the text gives none, from where the headline or summary names them with one. */
function rolesFromLead(entities: readonly FoundEntity[], lead: readonly string[]): void {
  for (const entity of entities) {
    if (entity.kind !== 'person' || entity.role) continue;
    for (const text of lead) {
      const at = text.indexOf(entity.name);
      const role = at >= 0 ? appositiveRole(text, at, at + entity.name.length) : undefined;
      if (role) {
        entity.role = role;
        break;
      }
    }
  }
}

/** The tokens with every word inside a name tagged as a proper noun. */
function tagNames(tokens: readonly Token[], mentions: readonly KnownMention[]): Token[] {
  return tokens.map((t) =>
    /^\p{Lu}/u.test(t.text) && t.pos !== 'PROPN' && mentions.some((m) => t.start >= m.start && t.end <= m.end)
      ? { ...t, pos: 'PROPN' }
      : t,
  );
}

/** Every date of every sentence, and the event each dated sentence states; `nameOf` names an entity id. */
function datedEvents(
  paragraphs: readonly AttributionParagraph[],
  published: string,
  nameOf: (entity: string) => string,
): { dates: DateMention[]; events: Event[] } {
  const dates: DateMention[] = [];
  const found: FoundEvent[] = [];
  const resolver = dateResolver(published);
  const earlier: string[] = []; // entity names in reading order, for summaries' "the forum"
  for (const paragraph of paragraphs) {
    // "BRUSSELS, Jan 29 (Reuters) -": the dateline's date and outlet say where the copy comes from, not who acted.
    const datelineEnd = DATELINE.exec(paragraph.text)?.[0].length ?? 0;
    const actors = paragraph.mentions.filter((m) => m.start >= datelineEnd);
    for (const sentence of paragraph.sentences) {
      let report: SentenceReport | undefined;
      let context: SummaryContext | undefined;
      // Offsets relative to the sentence, made only for a sentence with a date.
      let relative: Token[] | undefined;
      const sentenceTokens = () =>
        (relative ??= tokensWithin(paragraph.tokens, sentence.start, sentence.end).map((t) => ({
          ...t,
          start: t.start - sentence.start,
          end: t.end - sentence.start,
        })));
      const inSentence = itemsWithin(paragraph.mentions, sentence.start, sentence.end);
      for (const date of resolver.inSentence(paragraph.text.slice(sentence.start, sentence.end), sentenceTokens)) {
        const start = sentence.start + date.start;
        const end = sentence.start + date.end;
        dates.push({ ...date.date, phrase: date.phrase, span: { paragraph: paragraph.id, start, end } });
        if (end <= datelineEnd) continue;
        report ??= sentenceReport(paragraph, sentence, actors);
        context ??= {
          tokens: sentenceTokens(),
          datelineEnd,
          names: inSentence.map((m) => ({
            name: nameOf(m.entity),
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
      for (const m of inSentence) earlier.push(nameOf(m.entity));
    }
  }
  // From the copy's words only (the phrase, then its sentence), never from how the engine resolved or
  // summarised it: a better engine must not break a published link.
  const eventIds = uniqueIds(
    found.map((e) => {
      // Ids use a dozen words at most: a bounded slice keeps a run-on sentence with many dates linear.
      const sentence = textOf(paragraphs, e.paragraph, e.sentence).slice(0, ID_TEXT_LIMIT);
      return `${e.phrase} ${sentence.replace(e.phrase, ' ')}`;
    }),
    'event',
  );
  const events = found.map((e, i): Event => ({
    id: eventIds[i]!,
    summary: e.summary,
    phrase: e.phrase,
    date: e.date,
    actors: e.actors,
    ...(e.source ? { source: e.source } : {}),
    paragraph: e.paragraph,
    span: span(e.paragraph, e.sentence),
    origin: 'engine',
  }));
  return { dates, events };
}

/** Every quotation with its attribution; short quoted words no sieve attributes are scare quotes, and dropped. */
function quotations(
  paragraphs: readonly AttributionParagraph[],
  entities: ReadonlyMap<string, FoundEntity>,
): { quotes: Quote[]; unbalanced: UnbalancedMark[] } {
  const { sites: found, unbalanced } = findQuoteSites(paragraphs);
  // "reiterated its “forward guidance”": a short quotation a possessive owns is a term, whoever is named.
  const sites = found.map((site) => {
    const text = paragraphs[site.paragraph]!.text;
    const short = text.slice(site.start, site.end).split(/\s+/).length <= SHORT_QUOTE_WORDS;
    return short && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, site.open - 8), site.open))
      ? { ...site, term: true }
      : site;
  });
  const facts = new Map<string, EntityFacts>([...entities].map(([id, e]) => [id, e]));
  const attributions = attribute({ paragraphs, entities: facts, quotes: sites });
  const kept = sites
    .map((site, i) => ({ site, a: attributions[i]!, index: i }))
    .filter(({ site, a }) => {
      const quoted = paragraphs[site.paragraph]!.text.slice(site.start, site.end);
      // "“Nobody listened.”" after an attributed quotation: a short sentence of its own is speech, not a term.
      const sentence = /^\p{Lu}.*[.!?]$/u.test(quoted) && a.speaker !== null;
      return (
        quoted.split(/\s+/).length > SHORT_QUOTE_WORDS ||
        (a.sieve !== undefined && a.sieve !== 'continuation') ||
        sentence
      );
    });
  const textOfSite = (site: (typeof sites)[number]) => paragraphs[site.paragraph]!.text.slice(site.start, site.end);
  const ids = uniqueIds(
    kept.map(({ site }) => textOfSite(site)),
    'quote',
  );
  const idOf = new Map(kept.map(({ index }, k) => [index, ids[k]!]));
  const quotes = kept.map(({ site, a }, k): Quote => {
    const paragraph = paragraphs[site.paragraph]!.id;
    const continues = site.continues !== undefined ? idOf.get(site.continues) : undefined;
    return {
      id: ids[k]!,
      text: textOfSite(site),
      speaker: a.speaker,
      ...(a.channel ? { channel: a.channel } : {}),
      paragraph,
      span: span(paragraph, site),
      sentence: span(paragraph, site.sentence),
      ...(continues ? { continues } : {}),
      attribution: !a.speaker ? 'none' : a.sieve === 'continuation' ? 'previous' : 'explicit',
      ...(a.sieve ? { sieve: a.sieve } : {}),
      reason: a.reason,
    };
  });
  return { quotes, unbalanced };
}

/** An entity as published: without what only attribution needs (gender, the title as written). */
function publishedEntity(entity: FoundEntity): AnalysisEntity {
  const published: AnalysisEntity & { gender?: unknown; genderByName?: unknown; title?: unknown } = { ...entity };
  delete published.gender;
  delete published.genderByName;
  delete published.title;
  return published;
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

function textOf(
  paragraphs: readonly AttributionParagraph[],
  paragraph: string,
  range: { start: number; end: number },
): string {
  return paragraphs.find((p) => p.id === paragraph)!.text.slice(range.start, range.end);
}
