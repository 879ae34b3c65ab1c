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
export function articleSearchRecords(article: Omit<CorpusArticle, 'key'>): SearchRecord[] {
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
    content: [entity.name, ...entity.aliases, entity.role, entity.description].filter(Boolean).join('. '),
    meta: { title: entity.name, kind: 'Entity', context: KIND_LABELS[entity.kind] },
  }));
}
