// A worker thread of the preview image pool: renders one card at a time and stores it in the image cache.
import { parentPort } from 'node:worker_threads';
import { ogCachePath, renderCard, storeCachedImage } from '../share/og-image.ts';
import type { OgCard } from './build-data.ts';

parentPort!.on('message', async ({ id, card }: { id: number; card: OgCard }) => {
  try {
    storeCachedImage(ogCachePath(card), await renderCard(card));
    parentPort!.postMessage({ id });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
