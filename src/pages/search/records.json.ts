import type { APIRoute } from 'astro';
import { corpusArticles, registryEntities } from '../../lib/corpus.ts';
import { searchRecords } from '../../lib/search-records.ts';

/** The search index's records; the `searchIndex` integration hands them to Pagefind after the build. */
export const GET: APIRoute = async () => {
  const records = searchRecords(await corpusArticles(), await registryEntities());
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
