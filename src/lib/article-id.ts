import { basename, dirname } from 'node:path';
import { slugify } from '../analysis/slug.ts';
import { ContentError } from './content-error.ts';

/**
 * The glob loader's `generateId` for articles: the slug of the file name. Two files with the same slug
 * would publish at one URL, so the second one stops the build.
 */
export function articleIdGenerator(dir: string) {
  const fileBySlug = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const slug = slugify(articleName(entry));
    if (!slug)
      throw new ContentError(
        `${dir}/${entry}`,
        '(file name)',
        'the file name has no letters or digits to make a URL from',
      );
    const first = fileBySlug.get(slug);
    if (first !== undefined && first !== entry) {
      throw new ContentError(
        `${dir}/${entry}`,
        '(file name)',
        `duplicate slug "${slug}": ${dir}/${first} already publishes at /articles/${slug}/; rename one of them`,
      );
    }
    fileBySlug.set(slug, entry);
    return slug;
  };
}

/** The name an article file publishes under: its file name, or its folder's for a fixture's `<name>/copy.md`. */
function articleName(entry: string): string {
  return basename(entry) === 'copy.md' && dirname(entry) !== '.'
    ? basename(dirname(entry))
    : basename(entry).replace(/\.md$/, '');
}
