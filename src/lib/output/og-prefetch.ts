import { availableParallelism } from 'node:os';
import type { OgCard } from './build-data.ts';
import { OgPool } from './og-pool.ts';

/** Set by `npm run build` for the Astro process it starts: an output step will want the preview images. */
export const DRAW_EARLY = 'NA_DRAW_EARLY';

let pool: OgPool | undefined;

/**
 * Starts drawing preview cards in background workers while Astro goes on building its pages on the main
 * thread: on a clean build most images are in the cache by the time the output step wants them. A card the
 * process ends before drawing is drawn by the output step; nothing waits for these.
 */
export function drawEarly(cards: readonly OgCard[]): void {
  if (cards.length === 0 || !process.env[DRAW_EARLY]) return;
  // One core less than the machine has: Astro's own thread keeps one to itself.
  pool ??= new OgPool({ size: Math.max(1, availableParallelism() - 1), background: true });
  for (const card of cards) pool.image(card).catch(() => undefined);
}
