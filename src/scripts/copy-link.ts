// Enhancement only: without JavaScript every link control is a plain link to its anchor.
import { shareUrl } from '../lib/share/share-url.ts';
import { handOut } from './hand-out.ts';

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.na-pilcrow, a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const anchor = new URL(link.href).hash.slice(1);
  const shareBase = link.closest<HTMLElement>('[data-share-base]')?.dataset.shareBase;
  // Assigning the hash (not replaceState) updates :target, which highlights the element.
  window.location.hash = anchor;
  await handOut(shareUrl(window.location.href, anchor, shareBase), document.title);
});
