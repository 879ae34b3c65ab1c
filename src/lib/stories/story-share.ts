import type { OgCard } from '../share/og-image.ts';
import { clip } from '../share/share-targets.ts';
import type { StoryPageView } from './story-view.ts';
import { languageView } from '../language.ts';
import { SITE } from '../../site.ts';

const SITE_LANGUAGE = languageView(SITE.lang).name;

/** One share page of a story row: `/stories/<id>/s/<anchor>/`. */
export interface StoryShareTarget {
  /** The row's id: the page's anchor and the share page's path segment. */
  anchor: string;
  kind: 'quote' | 'event';
  title: string;
  description: string;
  /** A quote row's preview is its own card; an event row uses the story's. */
  card: OgCard | undefined;
}

/** The preview card of a story: its title, its outlets, its first day. */
export function storyCard(view: StoryPageView): OgCard {
  const outlets = [...new Set(view.coverage.map((c) => c.outlet))].join(', ');
  return {
    kind: 'article',
    title: view.title,
    outlet: `${view.coverage.length} ${view.coverage.length === 1 ? 'copy' : 'copies'}${outlets ? `: ${outlets}` : ''}`,
    date: view.coverage[0]?.dateLabel ?? '',
    // A story's title is the editor's, in the site's language.
    language: SITE_LANGUAGE,
  };
}

/** Share targets of a story page: every quote row and event row. */
export function storyShareTargets(view: StoryPageView): StoryShareTarget[] {
  return [
    ...view.quoteRows.map((row): StoryShareTarget => {
      const text = row.readings[0]!.marks.map((m) => m.body + m.gap).join('');
      return {
        anchor: row.id,
        kind: 'quote',
        title: `${row.speaker} in “${view.title}”`,
        description: clip(`“${text}” — ${row.speaker}. ${row.label}: ${row.outlets}.`),
        card: { kind: 'quote', text, speaker: row.speaker, article: view.title, language: SITE_LANGUAGE },
      };
    }),
    ...view.eventRows.map((row): StoryShareTarget => ({
      anchor: row.id,
      kind: 'event',
      title: `${row.tellings[0]!.dateLabel}: ${view.title}`,
      description: clip(
        `${row.summary} Told by ${row.outlets}${row.disagreement ? '; the copies give different dates' : ''}.`,
      ),
      card: undefined,
    })),
  ];
}

/** Path of a story row's share page. */
export function storySharePath(storyId: string, anchor: string): string {
  return `/stories/${storyId}/s/${anchor}/`;
}

/** Path of the preview image a story share page shows: the quote row's own, or the story's. */
export function storyShareImagePath(storyId: string, target: Pick<StoryShareTarget, 'anchor' | 'card'>): string {
  return target.card ? `${storySharePath(storyId, target.anchor)}og.png` : `/stories/${storyId}/og.png`;
}
