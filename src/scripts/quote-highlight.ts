// Hovering or focusing a quote in the sidebar highlights its words in the article.
function toggle(event: Event, on: boolean): void {
  const card = (event.target as Element | null)?.closest<HTMLElement>('[data-quote]');
  const id = card?.dataset.quote;
  if (!card || !id || card.classList.contains('na-quote')) return;
  document.querySelector(`.na-quote[data-quote="${CSS.escape(id)}"]`)?.classList.toggle('na-quote--active', on);
}

const sidebar = document.getElementById('quotes');
sidebar?.addEventListener('mouseover', (event) => toggle(event, true));
sidebar?.addEventListener('mouseout', (event) => toggle(event, false));
sidebar?.addEventListener('focusin', (event) => toggle(event, true));
sidebar?.addEventListener('focusout', (event) => toggle(event, false));

export {};
