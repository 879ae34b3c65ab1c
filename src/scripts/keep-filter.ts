// Enhancement only: a reader who filtered a timeline by entity (`?entity=`) keeps the filter on the next
// page. Without JavaScript the links lead to the page unfiltered.
const entity = new URLSearchParams(window.location.search).get('entity');
if (entity) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-filter]')) {
    const url = new URL(link.href);
    url.searchParams.set('entity', entity);
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}

export {};
