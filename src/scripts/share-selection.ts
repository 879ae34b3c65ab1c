// Selecting words in the article offers a link to them as a text fragment (#:~:text=…).
import { textFragmentUrl } from '../lib/share/share-url.ts';
import { handOut } from './hand-out.ts';

const body = document.querySelector<HTMLElement>('.na-body');
const button = document.createElement('button');
button.type = 'button';
button.className = 'na-selection-share';
button.textContent = 'Copy link to selection';
button.hidden = true;
document.body.append(button);

let selectedText = '';

function selectionInBody(): Range | undefined {
  const selection = window.getSelection();
  if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) ? range : undefined;
}

function placeButton(): void {
  const range = selectionInBody();
  const text = range?.toString().trim() ?? '';
  if (!range || text === '') {
    // Keep the button while it has focus (a keyboard user moving to it collapses nothing, but be safe).
    if (document.activeElement !== button) button.hidden = true;
    return;
  }
  selectedText = text;
  const rect = range.getBoundingClientRect();
  button.style.top = `${window.scrollY + rect.bottom + 8}px`;
  button.style.left = `${Math.max(8, window.scrollX + rect.left)}px`;
  button.hidden = false;
}

document.addEventListener('selectionchange', placeButton);

button.addEventListener('click', async () => {
  const url = textFragmentUrl(window.location.href, selectedText);
  button.hidden = true;
  if (url) await handOut(url, document.title);
});
