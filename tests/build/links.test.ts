import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { builtPages, DIST, parsePage, urlOf } from './built-pages.ts';

// Every internal link and #anchor of every built page resolves to a built file and an element id in it.
const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src' };
const pages = builtPages();
const idsByPage = new Map(pages.map((file) => [urlOf(file), idsOf(parsePage(file).elements)]));

function idsOf(elements: Element[]): Set<string> {
  return new Set(elements.flatMap((el) => [el.properties.id, el.properties.name].filter(Boolean).map(String)));
}

/** The built file a path is served from, as `astro preview` or a static host would: the file, or its index.html. */
function servedFile(path: string): string | undefined {
  const candidate = join(DIST, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe.each(pages)('%s', (file) => {
  const { elements } = parsePage(file);
  const here = urlOf(file);
  const links = elements.flatMap((el) => {
    const attribute = LINK_ATTRIBUTES[el.tagName];
    const value = attribute ? el.properties[attribute] : undefined;
    return value === undefined ? [] : [String(value)];
  });

  it('links and anchors resolve', () => {
    const broken: string[] = [];
    for (const link of links) {
      const url = new URL(link, `${SITE.url}${here}`);
      if (url.origin !== SITE.url) continue; // another site: not ours to check here
      if (!servedFile(url.pathname)) {
        broken.push(`${link}: no built file for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const ids = idsByPage.get(url.pathname);
      if (fragment && ids && !ids.has(fragment)) broken.push(`${link}: no element with id "${fragment}"`);
    }
    expect(broken).toEqual([]);
  });
});
