import type { Analysis, AnalysisEntity } from '../../schemas/analysis.ts';
import type { Article } from '../../schemas/article.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import { SITE } from '../../site.ts';
import { articleImagePath, sharePath } from './share-paths.ts';

const SCHEMA_TYPES: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  media: 'Organization',
  place: 'Place',
  event: 'Event',
};

/**
 * The article page's schema.org `NewsArticle`: the copy's metadata, the entities it is about (those the
 * editor listed) and mentions (the others the engine found), and every quotation with its speaker.
 */
export function newsArticleLd(
  slug: string,
  article: Pick<Article, 'title' | 'published' | 'outlet' | 'summary' | 'byline' | 'url' | 'language' | 'entities'>,
  analysis: Pick<Analysis, 'entities' | 'quotes'>,
): Record<string, unknown> {
  const url = new URL(`/articles/${slug}/`, SITE.url).href;
  const about = new Set(article.entities);
  const kinds = new Map(analysis.entities.map((entity) => [entity.id, entity.kind]));
  // An unnamed speaker ("an NSC spokeswoman") is a person too.
  const speakerType = (id: string | null) => SCHEMA_TYPES[(id && kinds.get(id)) || 'person'];
  const thing = (entity: AnalysisEntity) => ({ '@type': SCHEMA_TYPES[entity.kind], name: entity.name });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.published,
    inLanguage: article.language,
    url,
    mainEntityOfPage: url,
    image: new URL(articleImagePath(slug), SITE.url).href,
    publisher: { '@type': 'Organization', name: article.outlet },
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    ...(article.url ? { isBasedOn: article.url } : {}),
    about: analysis.entities.filter((entity) => about.has(entity.id)).map(thing),
    mentions: analysis.entities.filter((entity) => !about.has(entity.id)).map(thing),
    hasPart: analysis.quotes.map((quote) => ({
      '@type': 'Quotation',
      text: quote.text,
      url: new URL(sharePath(slug, quote.id), SITE.url).href,
      ...(quote.speaker ? { creator: { '@type': speakerType(quote.speaker.entity), name: quote.speaker.name } } : {}),
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that the text cannot close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
