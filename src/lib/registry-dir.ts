import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The registry beside a copy: `override` when given, `../entities` (content/articles → content/entities), or `./entities`. */
export function registryDirFor(copy: string, override?: string): string {
  if (override) return override;
  const folder = dirname(resolve(copy));
  const candidates = [join(folder, '..', 'entities'), join(folder, 'entities')];
  return candidates.find((dir) => existsSync(dir)) ?? join(folder, 'entities');
}
