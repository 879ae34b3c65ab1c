// Enhancement only: without JavaScript every link control is a plain link to its anchor.
const statusRegion = document.querySelector<HTMLElement>('[data-status]');

function announce(message: string): void {
  if (!statusRegion) return;
  statusRegion.textContent = message;
  window.setTimeout(() => {
    if (statusRegion.textContent === message) statusRegion.textContent = '';
  }, 4000);
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.na-pilcrow, a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
  // Assigning the hash (not replaceState) updates :target, which highlights the element.
  window.location.hash = new URL(url).hash;
  try {
    await navigator.clipboard.writeText(url);
    announce('Link copied to the clipboard');
  } catch {
    announce('Copy the link from the address bar');
  }
});

export {};
