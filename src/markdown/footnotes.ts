import type { Element, ElementContent, Root } from 'hast';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { visit } from 'unist-util-visit';

/**
 * remark-rehype's options for the body: footnote ids without a prefix (`fn-1`, `fnref-1`), because the
 * sanitiser prefixes every id it keeps (`user-content-fn-1`); `rehypeFootnoteLinks` then points the links there.
 */
export const remarkRehypeOptions: Readonly<RemarkRehypeOptions> = { clobberPrefix: '', footnoteLabel: 'Notes' };

/** A footnote reference (`<sup><a data-footnote-ref>1</a></sup>`): the marker is not part of the copy's sentences. */
export function isFootnoteRef(node: ElementContent | Root): boolean {
  if (node.type !== 'element') return false;
  if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) return true;
  return node.tagName === 'sup' && node.children.length === 1 && isFootnoteRef(node.children[0]!);
}

/** The notes block remark-gfm makes from `[^1]: …` definitions (`<section data-footnotes>`). */
export function isFootnoteSection(node: Element): boolean {
  return node.tagName === 'section' && node.properties.dataFootnotes !== undefined;
}

/**
 * The text of an element as the engine reads it: every text node, in order, except footnote markers
 * (so "debate.[^1]" reads "debate.", not "debate.1").
 */
export function analysedText(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ((node.type !== 'element' && node.type !== 'root') || isFootnoteRef(node)) return '';
  return node.children.map((child) => analysedText(child as ElementContent)).join('');
}

/**
 * After sanitising: the footnote links point at the ids the sanitiser kept (`#fn-1` → `#user-content-fn-1`)
 * and the notes get the site's class, so they render as notes, not as article paragraphs.
 */
export default function rehypeFootnoteLinks(options: Readonly<{ idPrefix: string }>) {
  return (tree: Root): void => {
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      if (isFootnoteSection(node)) node.properties.className = ['na-footnotes'];
      const href = node.properties.href;
      const isFootnoteLink =
        node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined;
      if (!isFootnoteLink || typeof href !== 'string' || !href.startsWith('#')) return;
      const target = `${options.idPrefix}${href.slice(1)}`;
      if (ids.has(target)) node.properties.href = `#${target}`;
    });
  };
}
