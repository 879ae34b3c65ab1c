// Selecting words in the article offers a link to them as a text fragment (#:~:text=…). The selection is
// widened to whole words (a browser matches a fragment only at word boundaries) and told apart from
// earlier repeats of the same words by the words around it.
import { textFragmentUrl, type SelectionContext } from '../lib/share/text-fragment.ts';
import { handOut } from './hand-out.ts';

const body = document.querySelector<HTMLElement>('.na-body');
const words = new Intl.Segmenter(body?.lang || document.documentElement.lang || undefined, { granularity: 'word' });
const button = document.createElement('button');
button.type = 'button';
button.className = 'na-selection-share';
button.textContent = 'Copy link to selection';
button.hidden = true;
document.body.append(button);

let selected: SelectionContext | undefined;

function selectionInBody(): Range | undefined {
  const selection = window.getSelection();
  if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) ? range : undefined;
}

/** The paragraph (or subheading, list item) that holds a point of the selection. */
function blockOf(node: Node): HTMLElement {
  const element = node instanceof HTMLElement ? node : node.parentElement!;
  return element.closest<HTMLElement>('.na-body [id^="p-"]') ?? element;
}

/** Characters of `block`'s text before a point inside it. */
function offsetIn(block: HTMLElement, container: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** The start of the word `at` falls inside, or `at`; with `end`, the end of the word that ends after `at`. */
function wordEdge(text: string, at: number, end: boolean): number {
  for (const segment of words.segment(text)) {
    const stop = segment.index + segment.segment.length;
    if (!segment.isWordLike) continue;
    if (!end && segment.index < at && at < stop) return segment.index;
    if (end && segment.index < at && at < stop) return stop;
  }
  return at;
}

/** The selection widened to whole words, with the text before it on the page and around it in its paragraph. */
function selectionContext(range: Range): SelectionContext | undefined {
  const startBlock = blockOf(range.startContainer);
  const endBlock = blockOf(range.endContainer);
  const startText = startBlock.textContent ?? '';
  const endText = endBlock.textContent ?? '';
  const from = offsetIn(startBlock, range.startContainer, range.startOffset);
  const to = offsetIn(endBlock, range.endContainer, range.endOffset);
  const start = wordEdge(startText, from, false);
  const end = wordEdge(endText, to, true);
  const text = `${startText.slice(start, from)}${range.toString()}${endText.slice(to, end)}`;
  if (text.trim() === '') return undefined;
  const page = document.createRange();
  page.setStart(document.body, 0);
  page.setEnd(range.startContainer, range.startOffset);
  const before = page.toString();
  return {
    text,
    before: before.slice(0, before.length - (from - start)),
    blockBefore: startText.slice(0, start),
    blockAfter: endText.slice(end),
  };
}

function placeButton(): void {
  const range = selectionInBody();
  const context = range && selectionContext(range);
  if (!range || !context) {
    // Keep the button while it has focus (a keyboard user moving to it collapses nothing, but be safe).
    if (document.activeElement !== button) button.hidden = true;
    return;
  }
  selected = context;
  const rect = range.getBoundingClientRect();
  button.style.top = `${window.scrollY + rect.bottom + 8}px`;
  button.style.left = `${Math.max(8, window.scrollX + rect.left)}px`;
  button.hidden = false;
}

document.addEventListener('selectionchange', placeButton);

button.addEventListener('click', async () => {
  const url = selected && textFragmentUrl(window.location.href, selected);
  button.hidden = true;
  if (url) await handOut(url, document.title);
});
