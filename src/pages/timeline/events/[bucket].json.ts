import type { APIRoute } from 'astro';
import { eventLookupPaths } from '../../../lib/timeline-paths.ts';

export const getStaticPaths = eventLookupPaths;

/** Where each event id of the merged timeline is now: a link to `/timeline/#<id>` goes on to that page. */
export const GET: APIRoute<{ lookup: Record<string, string> }> = ({ props }) =>
  new Response(JSON.stringify(props.lookup), { headers: { 'Content-Type': 'application/json' } });
