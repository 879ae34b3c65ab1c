import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { analysedText, isFootnoteSection } from './footnotes.ts';
import { paragraphIds } from '../analysis/paragraph-ids.ts';

/** A body paragraph: its element in the tree, its text and its stable id. */
export interface BodyParagraph {
  readonly element: Element;
  readonly id: string;
  readonly text: string;
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'table', 'pre', ...HEADINGS]);

/**
 * Every block of running text in the body, in reading order, with ids derived from its words: paragraphs,
 * the copy's own subheadings, and list items that hold text rather than paragraphs (a tight list); not
 * footnote notes, and without footnote markers in the text.
 * A list item's words move into a `<div>` of their own, so that the item, like a paragraph, can sit in
 * a wrapper with its link control and stay valid HTML.
 */
export function bodyParagraphs(tree: Root): BodyParagraph[] {
  const elements: Element[] = [];
  visit(tree, 'element', (node) => {
    // The notes of `[^1]` footnotes are not the article's paragraphs: no id, no share page, no analysis.
    if (isFootnoteSection(node)) return SKIP;
    if (node.tagName === 'p' || HEADINGS.has(node.tagName)) elements.push(node);
    else if (node.tagName === 'li' && !node.children.some(isBlock) && analysedText(node).trim() !== '') {
      const words: Element = { type: 'element', tagName: 'div', properties: {}, children: node.children };
      node.children = [words];
      elements.push(words);
    }
    return undefined;
  });
  const texts = elements.map((element) => analysedText(element));
  const ids = paragraphIds(texts);
  return elements.map((element, i) => ({ element, id: ids[i]!, text: texts[i]! }));
}

function isBlock(node: Root['children'][number]): boolean {
  return node.type === 'element' && BLOCKS.has(node.tagName);
}
