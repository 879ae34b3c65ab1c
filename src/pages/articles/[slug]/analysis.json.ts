import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { renderArticle } from '../../../lib/article-analysis.ts';
import { articlePaths } from '../../../lib/article-paths.ts';

export const getStaticPaths = articlePaths;

/** The engine's validated output for one article; its JSON Schema is /schema/analysis.json. */
export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) => {
  const { analysis } = await renderArticle(props.entry);
  return new Response(JSON.stringify(analysis, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
