import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { articleBuildData } from '../../../lib/article-build-data.ts';
import { articlePaths } from '../../../lib/article-paths.ts';

export const getStaticPaths = articlePaths;

/** What the output step makes share pages, preview images and search records from (not published). */
export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) =>
  new Response(JSON.stringify(await articleBuildData(props.entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
