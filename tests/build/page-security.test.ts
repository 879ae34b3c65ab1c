import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, parsePage } from './built-pages.ts';

// Every built page, whatever its route: no handler, script or link the project did not write, and a strict policy.
const pages = builtPages();
const DANGEROUS_URL = /^\s*(javascript|data|vbscript):/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'srcSet', 'data'];

function policyOf(elements: Element[]): Map<string, string[]> {
  const metas = elements.filter(
    (el) => el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy',
  );
  expect(metas, 'one CSP <meta> per page').toHaveLength(1);
  const directives = new Map<string, string[]>();
  for (const part of String(metas[0]!.properties.content).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(pages)('%s', (file) => {
  const { elements } = parsePage(file);

  it('has no inline event handler, no style attribute and no javascript:/data: URL', () => {
    for (const el of elements) {
      const handlers = Object.keys(el.properties).filter((name) => /^on[A-Z]/.test(name));
      expect(handlers, `<${el.tagName}>`).toEqual([]);
      expect(el.properties.style, `style on <${el.tagName}>`).toBeUndefined();
      for (const name of URL_ATTRIBUTES) {
        const value = el.properties[name];
        if (value !== undefined) expect(String(value), `${name} on <${el.tagName}>`).not.toMatch(DANGEROUS_URL);
      }
    }
  });

  it('links that leave the site carry rel="noopener noreferrer"', () => {
    for (const el of elements.filter(
      (e) => e.tagName === 'a' && /^(https?:)?\/\//.test(String(e.properties.href ?? '')),
    )) {
      expect(el.properties.rel, String(el.properties.href)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  // A data block (JSON-LD, the anchor moves as JSON) is never run: only script types a browser executes count.
  const runs = (script: Element) =>
    ['', 'module', 'text/javascript', 'application/javascript'].includes(String(script.properties.type ?? ''));

  it('runs only the project’s scripts: files of the site, or inline ones whose hash the policy lists', () => {
    const policy = policyOf(elements);
    for (const script of elements.filter((el) => el.tagName === 'script')) {
      const src = script.properties.src;
      if (src !== undefined) {
        expect(String(src), 'a script from the site itself').toMatch(/^\/(?!\/)/);
        expect(existsSync(join(DIST, String(src))), `${src} is built`).toBe(true);
      } else if (runs(script)) {
        expect(policy.get('script-src'), 'the inline script’s hash').toContain(sha256(toString(script)));
      }
    }
  });

  it('carries a strict Content Security Policy', () => {
    const policy = policyOf(elements);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'style-src']) {
      // 'wasm-unsafe-eval' lets WebAssembly compile (a search index such as Pagefind's); it allows no eval().
      for (const source of (policy.get(directive) ?? []).filter((s) => s !== "'wasm-unsafe-eval'"))
        expect(source, directive).toMatch(/^'self'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
      expect(policy.get(directive), directive).toContain("'self'");
    }
  });

  it('loads styles only from the site itself', () => {
    const policy = policyOf(elements);
    for (const el of elements) {
      if (el.tagName === 'link' && (el.properties.rel as string[] | undefined)?.includes('stylesheet')) {
        expect(String(el.properties.href)).toMatch(/^\/(?!\/)/);
      }
      if (el.tagName === 'style') expect(policy.get('style-src')).toContain(sha256(toString(el)));
    }
  });
});

describe('the gate', () => {
  it('sees every page of the built site', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'articles/china-delegation-north-korea/index.html']));
  });
});
