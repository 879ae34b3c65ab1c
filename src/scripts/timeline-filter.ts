// Enhancement only: without JavaScript every event shows, and a filter link just reloads the page with
// `?entity=` in its URL. With it, choosing an entity keeps its events and quotations and dims the rest.
const root = document.querySelector<HTMLElement>('[data-timeline]');
const links = [...(root?.querySelectorAll<HTMLAnchorElement>('a[data-filter]') ?? [])];
const status = root?.querySelector<HTMLElement>('[data-filter-status]');

function apply(entity: string): void {
  if (!root) return;
  const link = links.find((candidate) => candidate.dataset.filter === entity);
  const chosen = link && entity !== '' ? entity : '';
  let shown = 0;
  const events = root.querySelectorAll<HTMLElement>('.na-event');
  for (const item of root.querySelectorAll<HTMLElement | SVGElement>('[data-entities]')) {
    const match = chosen === '' || (item.dataset.entities ?? '').split(' ').includes(chosen);
    item.toggleAttribute('data-dimmed', !match);
    if (match && item.classList.contains('na-event')) shown++;
  }
  root.toggleAttribute('data-filtered', chosen !== '');
  for (const lane of root.querySelectorAll<HTMLElement>('[data-lane]')) {
    lane.toggleAttribute('data-dimmed', chosen !== '' && lane.dataset.lane !== chosen);
  }
  for (const candidate of links) {
    if (candidate.dataset.filter === chosen) candidate.setAttribute('aria-current', 'true');
    else candidate.removeAttribute('aria-current');
  }
  const name = link?.dataset.filterName ?? chosen;
  if (status)
    status.textContent = chosen === '' ? '' : `Showing ${shown} of ${events.length} events that involve ${name}.`;
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
