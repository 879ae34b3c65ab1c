import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ROUTE_OUTPUTS_FILE } from './build-data.ts';

/**
 * Lists every file Astro's routes wrote, the ones copied from the last build too, in
 * `build-data/route-outputs.json`: Astro builds in place, so the output step needs it to tell a page of
 * this build from a stale one (a removed article's page stays in the folder).
 */
export function routeOutputs(): AstroIntegration {
  return {
    name: 'route-outputs',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        const root = fileURLToPath(dir);
        const files = [...assets.values()]
          .flat()
          .map((url) => relative(root, fileURLToPath(url)).split(sep).join('/'))
          .sort();
        const list = fileURLToPath(new URL(ROUTE_OUTPUTS_FILE, dir));
        mkdirSync(dirname(list), { recursive: true });
        writeFileSync(list, JSON.stringify(files));
      },
    },
  };
}
