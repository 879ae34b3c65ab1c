import { z } from 'astro/zod';
import type { Entity } from '../schemas/entity.ts';
import { entityPageHref, type CorpusArticle } from './corpus-article.ts';
import { KIND_LABELS } from './entity-cards.ts';

/** What one search result is: the kinds a reader can land on. */
export const SearchRecordKindSchema = z.enum(['Article', 'Paragraph', 'Quote', 'Entity']);
export type SearchRecordKind = z.infer<typeof SearchRecordKindSchema>;

/** One record of the search index (a Pagefind custom record): a URL with its fragment and its words. */
export const SearchRecordSchema = z.object({
  /** Where the result leads: an article, `#<paragraph id>`, `#<quote id>` or an entity page. */
  url: z.string().startsWith('/'),
  /** The words the index holds. */
  content: z.string(),
  /** What the result list shows. */
  meta: z.object({ title: z.string(), kind: SearchRecordKindSchema, context: z.string() }),
});
export type SearchRecord = z.infer<typeof SearchRecordSchema>;

/**
 * One article's records: the article (title and first paragraph), each of its paragraphs and quotations
 * (so a result lands on the words themselves).
 */
export function articleSearchRecords(article: Omit<CorpusArticle, 'key' | 'listed'>): SearchRecord[] {
  const context = `${article.outlet}, ${article.dateLabel}`;
  const records: SearchRecord[] = [
    {
      url: article.href,
      content: `${article.title}. ${article.analysis.paragraphs[0]?.text ?? ''}`,
      meta: { title: article.title, kind: 'Article', context },
    },
  ];
  article.analysis.paragraphs.forEach((paragraph, index) => {
    records.push({
      url: `${article.href}#${paragraph.id}`,
      content: paragraph.text,
      meta: { title: `${article.title}, paragraph ${index + 1}`, kind: 'Paragraph', context },
    });
  });
  for (const quote of article.analysis.quotes) {
    const speaker = quote.speaker?.name ?? 'Speaker not stated';
    records.push({
      url: `${article.href}#${quote.id}`,
      content: `${quote.text} ${speaker}`,
      meta: { title: `${speaker}: “${quote.text}”`, kind: 'Quote', context: `${article.title} · ${context}` },
    });
  }
  return records;
}

/** Each registered entity with its names and role. */
export function entitySearchRecords(registry: readonly Entity[]): SearchRecord[] {
  return registry.map((entity) => ({
    url: entityPageHref(entity.id),
    content: entityText(entity),
    meta: { title: entity.name, kind: 'Entity', context: KIND_LABELS[entity.kind] },
  }));
}

/**
 * An entity's words for search, as a reader would write them: "Vladimir Putin, President of Russia, seeking
 * North Korean munitions. Also named: Putin." A role the description repeats, and aliases the other words
 * already say, are left out.
 */
export function entityText(entity: Entity): string {
  const said = (words: string, text: string) =>
    new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(words);
  const { name, role, description } = entity;
  const repeatsRole = role !== undefined && description.toLowerCase().startsWith(role.toLowerCase());
  const first = repeatsRole ? `${name}, ${description}` : role ? `${name}, ${role}` : name;
  const rest = repeatsRole || said(first, description) ? undefined : description;
  const known = `${first} ${rest ?? ''}`;
  const aliases = entity.aliases.filter((alias) => !said(known, alias));
  return [first, rest, aliases.length > 0 ? `Also named: ${aliases.join(', ')}` : undefined]
    .filter((sentence): sentence is string => Boolean(sentence))
    .map((sentence) => sentence.replace(/[.\s]*$/, '.'))
    .join(' ');
}
