// Enhancement only: without JavaScript every item shows, and a filter link just reloads the page with
// `?entity=` in its URL. With it, choosing an entity keeps its events and quotations and dims the rest. Each item
// of the list and each mark of the chart carries the same `data-entities` as the option's counts were made from.
const root = document.querySelector<HTMLElement>('[data-timeline]');
const links = [...(root?.querySelectorAll<HTMLAnchorElement>('a[data-filter]') ?? [])];
const options = root?.querySelector<HTMLElement>('[data-filter-options]');
const status = root?.querySelector<HTMLElement>('[data-filter-status]');

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Scrolls the option row sideways (never the page) so that the chosen option is in view. */
function reveal(link: HTMLElement): void {
  if (!options) return;
  const box = link.getBoundingClientRect();
  const row = options.getBoundingClientRect();
  if (box.left < row.left || box.right > row.right)
    options.scrollLeft += box.left - row.left - (row.width - box.width) / 2;
}

function apply(entity: string): void {
  if (!root) return;
  const link = links.find((candidate) => candidate.dataset.filter === entity);
  const chosen = link && entity !== '' ? entity : '';
  const shown = { events: 0, quotes: 0 };
  const items = root.querySelectorAll<HTMLElement>('.na-event');
  for (const item of root.querySelectorAll<HTMLElement | SVGElement>('[data-entities]')) {
    const match = chosen === '' || (item.dataset.entities ?? '').split(' ').includes(chosen);
    item.toggleAttribute('data-dimmed', !match);
    if (match && item.classList.contains('na-event'))
      shown[item.classList.contains('na-event--quote') ? 'quotes' : 'events']++;
  }
  root.toggleAttribute('data-filtered', chosen !== '');
  for (const lane of root.querySelectorAll<HTMLElement>('[data-lane]')) {
    lane.toggleAttribute('data-dimmed', chosen !== '' && lane.dataset.lane !== chosen);
  }
  for (const candidate of links) {
    if (candidate.dataset.filter === chosen) candidate.setAttribute('aria-current', 'true');
    else candidate.removeAttribute('aria-current');
  }
  if (link) reveal(link);
  const quotes = [...items].filter((item) => item.classList.contains('na-event--quote')).length;
  const events = items.length - quotes;
  const counts = [
    `${shown.events} of ${plural(events, 'event')}`,
    ...(quotes > 0 ? [`${shown.quotes} of ${plural(quotes, 'quotation')}`] : []),
  ];
  const name = link?.dataset.filterName ?? chosen;
  if (status) status.textContent = chosen === '' ? '' : `Showing ${counts.join(' and ')} that involve ${name}.`;
}

root?.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-filter]');
  if (!link) return;
  event.preventDefault();
  const current = new URL(window.location.href);
  const entity = link.dataset.filter === current.searchParams.get('entity') ? '' : (link.dataset.filter ?? '');
  if (entity === '') current.searchParams.delete('entity');
  else current.searchParams.set('entity', entity);
  history.replaceState(history.state, '', current);
  apply(entity);
});

apply(new URLSearchParams(window.location.search).get('entity') ?? '');

export {};
