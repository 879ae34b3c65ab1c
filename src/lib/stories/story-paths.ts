import { getCollection } from 'astro:content';
import { cacheKey } from '../cache-key.ts';
import { storyComparisons, type StoryComparison } from './story-corpus.ts';
import { storyShareTargets, type StoryShareTarget } from './story-share.ts';
import { storyPageView, type StoryPageView } from './story-view.ts';

/** Each story's page view, with the data digest its routes use as cache key. */
async function storyViews(): Promise<{ story: StoryComparison; view: StoryPageView; key: string }[]> {
  const [stories, registry] = await Promise.all([storyComparisons(), getCollection('entities')]);
  const names = new Map(registry.map((entity) => [entity.id, entity.data.name]));
  const registryKey = cacheKey([...names]);
  return stories.map((story) => ({ story, view: storyPageView(story, names), key: cacheKey(story.key, registryKey) }));
}

/** `getStaticPaths` of `/stories/<id>/` and of its preview image. */
export async function storyPaths() {
  return (await storyViews()).map(({ story, view, key }) => ({
    params: { id: story.story.id },
    props: { view, comparison: story.comparison },
    cacheKey: key,
  }));
}

/** Props of one story share page. */
export interface StorySharePageProps {
  view: StoryPageView;
  target: StoryShareTarget;
}

/** `getStaticPaths` of `/stories/<id>/s/<anchor>/`: every quote row and event row. */
export async function storySharePaths() {
  return (await storyViews()).flatMap(({ view, key }) =>
    storyShareTargets(view).map((target) => ({
      params: { id: view.id, anchor: target.anchor },
      props: { view, target } satisfies StorySharePageProps,
      cacheKey: cacheKey(key, target),
    })),
  );
}

/** `getStaticPaths` of each quote row's preview image. */
export async function storyRowImagePaths() {
  return (await storySharePaths()).filter(({ props }) => props.target.card !== undefined);
}
