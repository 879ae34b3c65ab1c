import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-records.ts';

/** Where the build writes the records (see `src/pages/search/records.json.ts`). */
const RECORDS = 'search/records.json';

/**
 * Builds the static search index with Pagefind once Astro has written the site: every record of
 * `/search/records.json` (articles, paragraphs, quotes, entities) goes into `<outDir>/pagefind/`.
 */
export function searchIndex(options: Readonly<{ language: string }>): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const records = JSON.parse(readFileSync(new URL(RECORDS, dir), 'utf8')) as SearchRecord[];
        const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // All at once: Pagefind's service answers them in turn, a third faster than one round trip each.
        const added = await Promise.all(
          records.map((record) => index.addCustomRecord({ ...record, language: options.language })),
        );
        const failed = added.findIndex((result) => result.errors.length > 0);
        if (failed >= 0) throw new Error(`Pagefind: ${records[failed]!.url}: ${added[failed]!.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${records.length} records for search in ${seconds} s`);
      },
    },
  };
}
