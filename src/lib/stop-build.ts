import { ContentError } from './content-error.ts';

/**
 * Ends `astro build`, `sync` or `check` on a problem in the content with the problem's one line
 * ("content/articles/x.md:4: published: expected …"), instead of Astro's error block with its docs
 * hint, a `:0:0` location and a stack trace through node_modules. Under `astro dev` the error is thrown
 * as usual, so the dev server stays up and shows it. Any other error is rethrown.
 */
export function stopOnContentError(error: unknown): never {
  if (!(error instanceof ContentError) || process.argv.includes('dev')) throw error;
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
}
