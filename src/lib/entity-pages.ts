import type { Entity, EntityKind } from '../schemas/entity.ts';
import { entityPageHref, type CorpusArticle } from './corpus-article.ts';
import { KIND_LABELS, firstMentionId } from './entity-cards.ts';
import { formatDateRange } from './timeline-layout.ts';

/** An article that mentions the entity. */
export interface EntityArticleView {
  slug: string;
  title: string;
  outlet: string;
  dateLabel: string;
  href: string;
  mentions: number;
  /** `/articles/<slug>/#mention-<id>`: the first mark of the entity in the body; none when the text never names it. */
  firstMentionHref: string | undefined;
}

/** A quotation of the entity (or of an unnamed speaker for it) in some article. */
export interface EntityQuoteView {
  /** `<slug>-<quote id>`, unique across articles. */
  id: string;
  /** The article's slug. */
  slug: string;
  text: string;
  /** As the article names the speaker ("Jake Sullivan", "an NSC spokeswoman"). */
  speaker: string;
  channel: string | undefined;
  dateLabel: string | undefined;
  articleTitle: string;
  outlet: string;
  /** `/articles/<slug>/#<quote id>`: the quote's card beside the article. */
  href: string;
}

/** Another entity named in the same articles. */
export interface CoMentionView {
  id: string;
  name: string;
  kindLabel: string;
  href: string;
  /** How many articles name both. */
  articles: number;
}

/** Everything `/entities/<id>/` shows but the timeline. */
export interface EntityPageView {
  entity: Entity;
  kindLabel: string;
  href: string;
  affiliation: { name: string; href: string } | undefined;
  articles: EntityArticleView[];
  /** Mentions over all articles. */
  mentions: number;
  /** "12 mentions in 2 articles", "listed in 1 article, not named in its text". */
  countLabel: string;
  quotes: EntityQuoteView[];
  coMentions: CoMentionView[];
  /** Slugs of the articles, for its own timeline. */
  slugs: Set<string>;
}

/** The head of every page of an entity: who it is, how often the articles name it, who with. */
export type EntityProfileView = Pick<
  EntityPageView,
  'entity' | 'kindLabel' | 'href' | 'affiliation' | 'mentions' | 'countLabel' | 'coMentions'
> & {
  /** How many articles name it. */
  articleCount: number;
};

/** One kind of entity on `/entities/`. */
export interface EntityKindGroup {
  kind: EntityKind;
  kindLabel: string;
  entities: Pick<EntityProfileView, 'entity' | 'href' | 'mentions' | 'articleCount' | 'countLabel'>[];
}

/** How many co-mentioned entities a page lists. */
const CO_MENTIONS_SHOWN = 10;

/**
 * The page of every registered entity, from the analyses of all articles: the articles that mention it
 * (newest first), the quotations it (or an unnamed speaker for it) gave, and the entities named with it most.
 */
export function entityPages(
  articles: readonly CorpusArticle[],
  registry: readonly Entity[],
): Map<string, EntityPageView> {
  const byId = new Map(registry.map((entity) => [entity.id, entity]));
  const pages = new Map<string, EntityPageView>(
    registry.map((entity) => {
      const affiliation = entity.affiliation === undefined ? undefined : byId.get(entity.affiliation);
      return [
        entity.id,
        {
          entity,
          kindLabel: KIND_LABELS[entity.kind],
          href: entityPageHref(entity.id),
          affiliation: affiliation && { name: affiliation.name, href: entityPageHref(affiliation.id) },
          articles: [],
          mentions: 0,
          countLabel: '',
          quotes: [],
          coMentions: [],
          slugs: new Set(),
        },
      ];
    }),
  );
  const together = new Map<string, Map<string, number>>();
  const newest = [...articles].sort(
    (a, b) => b.day.localeCompare(a.day) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug),
  );
  for (const article of newest) {
    const named = article.analysis.entities.filter((entity) => entity.mentions > 0 && pages.has(entity.id));
    for (const entity of named) {
      const page = pages.get(entity.id)!;
      page.articles.push(articleView(article, entity.mentions, `${article.href}#${firstMentionId(entity.id)}`));
      page.mentions += entity.mentions;
      page.slugs.add(article.slug);
      const counts = together.get(entity.id) ?? new Map<string, number>();
      for (const other of named) if (other.id !== entity.id) counts.set(other.id, (counts.get(other.id) ?? 0) + 1);
      together.set(entity.id, counts);
    }
    // An entity the editor lists belongs to the article even when its text never names it.
    const namedIds = new Set(named.map((entity) => entity.id));
    for (const id of article.listed) {
      const page = pages.get(id);
      if (!page || namedIds.has(id)) continue;
      page.articles.push(articleView(article, 0, undefined));
      page.slugs.add(article.slug);
    }
    for (const quote of article.analysis.quotes) {
      const speaker = quote.speaker;
      const id = speaker?.entity ?? speaker?.affiliation;
      const page = id === undefined ? undefined : pages.get(id);
      if (!page || !speaker) continue;
      page.quotes.push({
        id: `${article.slug}-${quote.id}`,
        slug: article.slug,
        text: quote.text,
        speaker: speaker.name,
        channel: quote.channel,
        dateLabel: quote.date && formatDateRange(quote.date.start, quote.date.end, quote.date.precision).label,
        articleTitle: article.title,
        outlet: article.outlet,
        href: `${article.href}#${quote.id}`,
      });
    }
  }
  for (const page of pages.values()) page.countLabel = countLabel(page);
  for (const [id, counts] of together) {
    pages.get(id)!.coMentions = [...counts]
      .sort(([a, x], [b, y]) => y - x || byId.get(a)!.name.localeCompare(byId.get(b)!.name) || a.localeCompare(b))
      .slice(0, CO_MENTIONS_SHOWN)
      .map(([other, count]) => ({
        id: other,
        name: byId.get(other)!.name,
        kindLabel: KIND_LABELS[byId.get(other)!.kind],
        href: entityPageHref(other),
        articles: count,
      }));
  }
  return pages;
}

/** An article as an entity page lists it. */
function articleView(
  article: CorpusArticle,
  mentions: number,
  firstMentionHref: string | undefined,
): EntityArticleView {
  const { slug, title, outlet, dateLabel, href } = article;
  return { slug, title, outlet, dateLabel, href, mentions, firstMentionHref };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How much the articles say of an entity: mentions in the articles that name it, and listings without a mention. */
function countLabel(page: Pick<EntityPageView, 'mentions' | 'articles'>): string {
  const named = page.articles.filter((article) => article.mentions > 0).length;
  const listed = page.articles.length - named;
  const parts = named > 0 || listed === 0 ? [`${plural(page.mentions, 'mention')} in ${plural(named, 'article')}`] : [];
  if (listed > 0)
    parts.push(
      `listed by the editor in ${named > 0 ? `${listed} more` : plural(listed, 'article')}, not named in its text`,
    );
  return parts.join('; ');
}

/** `/entities/`: the entities by kind (in the kinds' order), most mentioned first, then by name. */
export function entityKindGroups(pages: ReadonlyMap<string, EntityPageView>): EntityKindGroup[] {
  const kinds = Object.keys(KIND_LABELS) as EntityKind[];
  return kinds
    .map((kind) => ({
      kind,
      kindLabel: KIND_LABELS[kind],
      entities: [...pages.values()]
        .filter((page) => page.entity.kind === kind)
        .sort(
          (a, b) =>
            b.mentions - a.mentions ||
            a.entity.name.localeCompare(b.entity.name) ||
            a.entity.id.localeCompare(b.entity.id),
        )
        .map((page) => ({
          entity: page.entity,
          href: page.href,
          mentions: page.mentions,
          articleCount: page.articles.length,
          countLabel: page.countLabel,
        })),
    }))
    .filter((group) => group.entities.length > 0);
}

/** The profile of an entity page: everything but the lists, which are paged. */
export function entityProfile(page: EntityPageView): EntityProfileView {
  const { entity, kindLabel, href, affiliation, mentions, countLabel, coMentions } = page;
  return { entity, kindLabel, href, affiliation, mentions, countLabel, coMentions, articleCount: page.articles.length };
}
