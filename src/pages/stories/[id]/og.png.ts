import type { APIRoute } from 'astro';
import { ogResponse } from '../../../lib/share/og-endpoint.ts';
import { storyCard } from '../../../lib/stories/story-share.ts';
import { storyPaths } from '../../../lib/stories/story-paths.ts';
import type { StoryPageView } from '../../../lib/stories/story-view.ts';

export const getStaticPaths = storyPaths;

/** A story's 1200×630 preview image. */
export const GET: APIRoute = ({ props }) => ogResponse(storyCard((props as { view: StoryPageView }).view));
