import type { APIRoute } from 'astro';
import { registryEntities } from '../../lib/corpus.ts';
import { entitySearchRecords } from '../../lib/search-records.ts';

/** The registry's search records, for the output step's search index (not published). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ records: entitySearchRecords(await registryEntities()) }), {
    headers: { 'Content-Type': 'application/json' },
  });
