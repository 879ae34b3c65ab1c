import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Where `npm run build` writes the site; every gate reads it (npm test builds first). */
export const DIST = 'dist';

/** Every file under dist/, as paths relative to it with forward slashes. */
export function builtFiles(dir: string = DIST): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page under dist/, whatever routes exist (articles, share pages, entity pages, timeline...). */
export function builtPages(dir: string = DIST): string[] {
  return builtFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The URL path a built page is served at ("articles/x/index.html" → "/articles/x/"). */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A built page parsed as the browser would (parse5), with its elements in document order. */
export function parsePage(file: string, dir: string = DIST): { tree: Root; elements: Element[]; html: string } {
  const html = readFileSync(join(dir, file), 'utf8');
  const tree = fromHtml(html);
  const elements: Element[] = [];
  visit(tree, 'element', (node) => {
    elements.push(node);
  });
  return { tree, elements, html };
}
