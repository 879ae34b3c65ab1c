import type { APIRoute } from 'astro';
import type { Comparison } from '../../../schemas/comparison.ts';
import { storyPaths } from '../../../lib/stories/story-paths.ts';

export const getStaticPaths = storyPaths;

/** How the story's copies compare, validated; its JSON Schema is /schema/comparison.json. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { comparison: Comparison }).comparison, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
