import type { APIRoute } from 'astro';
import { ogResponse } from '../../../../../lib/share/og-endpoint.ts';
import { storyRowImagePaths, type StorySharePageProps } from '../../../../../lib/stories/story-paths.ts';

export const getStaticPaths = storyRowImagePaths;

/** A quote row's preview image: its longest wording and its speaker. */
export const GET: APIRoute = ({ props }) => ogResponse((props as StorySharePageProps).target.card!);
