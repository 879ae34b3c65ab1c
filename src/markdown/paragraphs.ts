import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { paragraphIds } from '../analysis/paragraph-ids.ts';

/** A body paragraph: its element in the tree, its text and its stable id. */
export interface BodyParagraph {
  readonly element: Element;
  readonly id: string;
  readonly text: string;
}

/** Every `<p>` of the body in reading order, with ids derived from their words. */
export function bodyParagraphs(tree: Root): BodyParagraph[] {
  const elements: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === 'p') elements.push(node);
  });
  const texts = elements.map((element) => toString(element));
  const ids = paragraphIds(texts);
  return elements.map((element, i) => ({ element, id: ids[i]!, text: texts[i]! }));
}
