// Enhancement only: without JavaScript every event shows and the filter links just reload the page.
const filter = document.querySelector<HTMLElement>('.na-filter');

function apply(entity: string): void {
  for (const event of document.querySelectorAll<HTMLElement>('.na-event')) {
    const dimmed = entity !== '' && !(event.dataset.actors ?? '').split(' ').includes(entity);
    event.classList.toggle('na-event--dimmed', dimmed);
  }
  for (const link of filter?.querySelectorAll<HTMLAnchorElement>('a[data-entity]') ?? []) {
    if (link.dataset.entity === entity) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

filter?.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-entity]');
  if (!link) return;
  event.preventDefault();
  const entity = link.dataset.entity ?? '';
  const url = new URL(window.location.href);
  if (entity) url.searchParams.set('entity', entity);
  else url.searchParams.delete('entity');
  history.replaceState(null, '', url);
  apply(entity);
});

apply(new URLSearchParams(window.location.search).get('entity') ?? '');

export {};
