import type { Element, ElementContent, Text } from 'hast';

/**
 * Wraps the characters [start, end) of an element's text in a new element, when they lie inside one text
 * node (possibly nested in marks added before). Returns false, changing nothing, when the range crosses an
 * element boundary or falls inside an element listed in `avoid` (a link, say): the text itself never changes.
 */
export function wrapRange(
  root: Element,
  start: number,
  end: number,
  wrapper: Omit<Element, 'children'>,
  avoid: readonly string[] = [],
): boolean {
  let offset = 0;
  const visit = (parent: Element, blocked: boolean): boolean | undefined => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type === 'element') {
        const result = visit(child, blocked || avoid.includes(child.tagName));
        if (result !== undefined) return result;
        continue;
      }
      if (child.type !== 'text') continue;
      const from = offset;
      offset += child.value.length;
      if (start < from || start >= offset) continue;
      if (end > offset || blocked) return false;
      parent.children.splice(i, 1, ...split(child, start - from, end - from, wrapper));
      return true;
    }
    return undefined;
  };
  return visit(root, false) ?? false;
}

function split(text: Text, start: number, end: number, wrapper: Omit<Element, 'children'>): ElementContent[] {
  const parts: ElementContent[] = [];
  if (start > 0) parts.push({ type: 'text', value: text.value.slice(0, start) });
  parts.push({ ...wrapper, children: [{ type: 'text', value: text.value.slice(start, end) }] });
  if (end < text.value.length) parts.push({ type: 'text', value: text.value.slice(end) });
  return parts;
}
