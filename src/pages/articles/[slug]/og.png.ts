import type { APIRoute } from 'astro';
import { articlePaths } from '../../../lib/article-paths.ts';
import { articleSummaryView } from '../../../lib/article-view.ts';
import { ogResponse } from '../../../lib/share/og-endpoint.ts';

export const getStaticPaths = articlePaths;

/** The article's 1200×630 preview image. */
export const GET: APIRoute = async ({ props }) => {
  const article = articleSummaryView(props.entry);
  return ogResponse({
    kind: 'article',
    title: article.title,
    outlet: article.outlet,
    date: article.dateLabel,
    language: article.language.name,
  });
};
