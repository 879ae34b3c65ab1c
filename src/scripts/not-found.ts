// The 404 page: when the address looks like an article (or a shared paragraph, quote or event of one), say
// what is still there and offer a search for the address's words in the header's box.
import { notFoundHint } from '../lib/not-found-hint.ts';

const hint = document.querySelector<HTMLElement>('[data-not-found-hint]');
const input = document.querySelector<HTMLInputElement>('#na-search-input');

async function exists(path: string): Promise<boolean> {
  try {
    return (await fetch(path, { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

async function showHint(): Promise<void> {
  const found = notFoundHint(window.location.pathname, window.location.hash);
  if (!found || !hint) return;
  if (input && !input.value) input.value = found.words;
  const articleThere = found.article !== undefined && (await exists(found.article));
  const link = document.createElement('a');
  if (articleThere && found.anchor) {
    link.href = `${found.article}#${found.anchor}`;
    link.textContent = 'Open the article at that place';
    hint.append(
      'The article is still here, but this shared link’s page is not: the part it pointed at may have moved. ',
      link,
      '.',
    );
  } else if (articleThere) {
    link.href = found.article!;
    link.textContent = 'Open the article';
    hint.append('The article is here. ', link, '.');
  } else {
    link.href = `/search/?q=${encodeURIComponent(found.words)}`;
    link.textContent = `Search for “${found.words}”`;
    hint.append(found.article ? 'No article has this address now: it may have been renamed. ' : '', link, '.');
  }
  hint.hidden = false;
}

void showHint();
