// `/timeline/` was one page; now each month has its own. A link to `/timeline/#<event id>` goes on to the
// page that holds the event, found in the lookup file its id hashes to. The filter (`?entity=`) goes along,
// and the month links keep it too.
import { eventBucket } from '../lib/event-buckets.ts';

const root = document.querySelector<HTMLElement>('[data-event-lookup]');
const id = decodeURIComponent(window.location.hash.slice(1));
const buckets = Number(root?.dataset.eventLookup ?? 0);
if (root && id.startsWith('event-') && buckets > 0) {
  fetch(`/timeline/events/${eventBucket(id, buckets)}.json`)
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {}))
    .then((lookup: Record<string, string>) => {
      const page = lookup[id];
      if (page) window.location.replace(`${page}${window.location.search}#${encodeURIComponent(id)}`);
    })
    .catch(() => undefined);
}

export {};
