import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyParagraphs, type BodyParagraph } from './paragraphs.ts';

/** Options of `rehypeParagraphIds`. */
export interface ParagraphIdsOptions {
  /** Text of the link control beside each paragraph; default `'¶'`. */
  readonly symbol?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** The body's paragraphs with their ids, for the plugins that run after this one. */
    paragraphs: BodyParagraph[];
  }
}

/**
 * Gives every body paragraph its stable id (from its words, see `paragraphIds`) and puts a link
 * control after it, outside the paragraph so that the copy's text stays verbatim.
 */
export default function rehypeParagraphIds(options: Readonly<ParagraphIdsOptions> = {}) {
  const symbol = options.symbol ?? '¶';
  return (tree: Root, file: VFile): void => {
    const paragraphs = bodyParagraphs(tree);
    const byElement = new Map(paragraphs.map((paragraph) => [paragraph.element, paragraph.id]));
    visit(tree, 'element', (node, index, parent) => {
      const id = byElement.get(node);
      if (id === undefined || parent === undefined || index === undefined) return;
      node.properties.id = id;
      parent.children[index] = withLinkControl(node, id, symbol);
      return [SKIP, index + 1];
    });
    file.data.paragraphs = paragraphs;
  };
}

function withLinkControl(paragraph: Element, id: string, symbol: string): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['na-para'] },
    children: [
      paragraph,
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['na-pilcrow'], href: `#${id}`, ariaLabel: 'Copy link to this paragraph' },
        children: [{ type: 'text', value: symbol }],
      },
    ],
  };
}
