import type { Element, ElementContent } from 'hast';
import { isFootnoteRef } from './footnotes.ts';

/** Characters [start, end) of an element's text (as `analysedText` gives it) to wrap in a new element. */
export interface WrapRange {
  readonly start: number;
  readonly end: number;
  /** The element to put around them; it gets the range's nodes as children. */
  readonly wrapper: Omit<Element, 'children'>;
}

/**
 * Wraps each range of `root`'s text in its wrapper, outer ranges first so that a range inside another
 * (a mention inside a quotation) lands inside its wrapper. Returns, in the order of `ranges`, the element
 * made for each range, or `undefined` for a range it skipped. Only elements are added: the text stays
 * exactly as it was.
 */
export function wrapRanges(root: Element, ranges: readonly WrapRange[]): (Element | undefined)[] {
  const order = [...ranges.keys()].sort(
    (a, b) => ranges[a]!.start - ranges[b]!.start || ranges[b]!.end - ranges[a]!.end,
  );
  const made: (Element | undefined)[] = new Array<Element | undefined>(ranges.length).fill(undefined);
  for (const i of order) made[i] = wrapRange(root, ranges[i]!);
  return made;
}

/**
 * Wraps one range in the deepest element that holds all of it, splitting text nodes at its edges. Skips
 * it (returns `undefined`, changing nothing) when it is empty or out of bounds, when an edge falls inside
 * another element (the range would cross that element's boundary), or when the wrapper is a link and the
 * range lies inside a link or holds one: links are never nested.
 */
export function wrapRange(root: Element, range: WrapRange): Element | undefined {
  const { start, end, wrapper } = range;
  if (!(start < end) || start < 0 || end > textLength(root)) return undefined;
  const isLink = wrapper.tagName === 'a';
  let container = root;
  let base = 0;
  let insideLink = root.tagName === 'a';
  for (let descended = true; descended;) {
    descended = false;
    let offset = base;
    for (const child of container.children) {
      const length = textLength(child);
      if (child.type === 'element' && offset <= start && end <= offset + length) {
        container = child;
        base = offset;
        insideLink ||= child.tagName === 'a';
        descended = true;
        break;
      }
      offset += length;
    }
  }
  if (isLink && insideLink) return undefined;

  const children = container.children;
  const from = start - base;
  const to = end - base;
  if (!atBoundaryOrInText(children, from) || !atBoundaryOrInText(children, to)) return undefined;
  if (isLink && nodesWithin(children, from, to).some(holdsLink)) return undefined;
  splitTextAt(children, to);
  splitTextAt(children, from);
  const taken = nodesWithin(children, from, to);
  const first = children.indexOf(taken[0]!);
  const element: Element = { ...wrapper, children: taken };
  children.splice(first, taken.length, element);
  return element;
}

/** Whether an offset falls between two nodes or inside a text node (not inside an element). */
function atBoundaryOrInText(children: readonly ElementContent[], at: number): boolean {
  let offset = 0;
  for (const child of children) {
    const length = textLength(child);
    if (at > offset && at < offset + length) return child.type === 'text';
    offset += length;
  }
  return true;
}

/** Splits the text node that `at` falls strictly inside, if any, in two. */
function splitTextAt(children: ElementContent[], at: number): void {
  let offset = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const length = textLength(child);
    if (child.type === 'text' && at > offset && at < offset + length) {
      const cut = at - offset;
      children.splice(
        i,
        1,
        { type: 'text', value: child.value.slice(0, cut) },
        { type: 'text', value: child.value.slice(cut) },
      );
      return;
    }
    offset += length;
  }
}

/** The consecutive nodes whose text lies in [from, to), with any empty node strictly between them. */
function nodesWithin(children: readonly ElementContent[], from: number, to: number): ElementContent[] {
  const within: ElementContent[] = [];
  let offset = 0;
  for (const child of children) {
    const length = textLength(child);
    if (length > 0 ? offset < to && offset + length > from : offset > from && offset < to) within.push(child);
    offset += length;
  }
  return within;
}

/** Length of a node's text as the engine reads it (`analysedText`): text nodes, footnote markers left out. */
function textLength(node: ElementContent | Element): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element' && !isFootnoteRef(node))
    return node.children.reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

function holdsLink(node: ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'a' || node.children.some(holdsLink));
}
