// Hovering or focusing a quotation in the sidebar highlights its words in the article.
const sidebar = document.querySelector<HTMLElement>('[data-quotes]');
let active: string | undefined;

function highlight(quote: string | undefined): void {
  if (quote === active) return;
  for (const id of [active, quote]) {
    if (id === undefined) continue;
    for (const mark of document.querySelectorAll(`.na-quote[data-quote="${CSS.escape(id)}"]`)) {
      mark.classList.toggle('na-quote--active', id === quote);
    }
  }
  active = quote;
}

const cardOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-quote-card]')?.dataset.quoteCard : undefined;

sidebar?.addEventListener('mouseover', (event) => highlight(cardOf(event.target)));
sidebar?.addEventListener('mouseleave', () => highlight(cardOf(document.activeElement)));
sidebar?.addEventListener('focusin', (event) => highlight(cardOf(event.target)));
sidebar?.addEventListener('focusout', (event) => highlight(cardOf(event.relatedTarget)));

export {};
