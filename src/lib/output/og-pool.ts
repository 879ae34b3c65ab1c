import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ogCachePath, ogCardKey, removeStaleTemporaries } from '../share/og-image.ts';
import type { OgCard } from './build-data.ts';

/**
 * Preview images rendered in worker threads, one per core: each card is rendered once (a card already in
 * the cache, or already asked for, is not rendered again) and `image` resolves to its file in the cache.
 */
export class OgPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: { id: number; card: OgCard }[] = [];
  readonly #waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  readonly #images = new Map<string, Promise<string>>();
  #next = 0;
  /** Cards rendered in this build, and cards found in the cache. */
  rendered = 0;
  reused = 0;

  /** How many workers at most: one per core. */
  readonly size: number;
  /** Workers that do not keep the process alive: what they have not drawn when it ends is drawn later. */
  readonly background: boolean;

  constructor(options: { size?: number; background?: boolean } = {}) {
    this.size = options.size ?? availableParallelism();
    this.background = options.background ?? false;
    removeStaleTemporaries();
  }

  /** The cached file of a card, rendering it first when the cache lacks it. */
  image(card: OgCard): Promise<string> {
    const key = ogCardKey(card);
    let image = this.#images.get(key);
    if (!image) {
      const path = ogCachePath(card);
      if (existsSync(path)) {
        this.reused++;
        image = Promise.resolve(path);
      } else {
        this.rendered++;
        image = this.#render(card).then(() => path);
      }
      this.#images.set(key, image);
    } else this.reused++;
    return image;
  }

  /** Stops the workers (they would keep the process alive). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #render(card: OgCard): Promise<void> {
    const id = this.#next++;
    const done = new Promise<void>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    this.#queue.push({ id, card });
    if (this.#idle.length === 0 && this.#workers.length < this.size) this.#idle.push(this.#spawn());
    this.#dispatch();
    return done;
  }

  #spawn(): Worker {
    const worker = new Worker(new URL('./og-worker.ts', import.meta.url));
    if (this.background) worker.unref();
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const waiting = this.#waiting.get(id)!;
      this.#waiting.delete(id);
      if (error === undefined) waiting.resolve();
      else waiting.reject(new Error(`preview image: ${error}`));
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      for (const waiting of this.#waiting.values()) waiting.reject(error);
      this.#waiting.clear();
    });
    this.#workers.push(worker);
    return worker;
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) this.#idle.pop()!.postMessage(this.#queue.shift()!);
  }
}
