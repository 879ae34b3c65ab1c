// Shared by the share controls: how a link reaches the reader, and how they are told.
const statusRegion = document.querySelector<HTMLElement>('[data-status]');

/** Shows a message in the visible status region, which screen readers announce (role=status). */
export function announce(message: string): void {
  if (!statusRegion) return;
  statusRegion.textContent = message;
  window.setTimeout(() => {
    if (statusRegion.textContent === message) statusRegion.textContent = '';
  }, 4000);
}

/**
 * Hands out a URL: the system share sheet (Web Share API) on touch devices that have it, else the
 * clipboard; either way the reader is told what happened.
 */
export async function handOut(url: string, title: string): Promise<void> {
  if (typeof navigator.share === 'function' && window.matchMedia('(pointer: coarse)').matches) {
    try {
      await navigator.share({ url, title });
      return;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    announce('Link copied to the clipboard');
  } catch {
    announce(`Copy this link: ${url}`);
  }
}
