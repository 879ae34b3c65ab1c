// Runs the query of `/search/?q=` against the Pagefind index written at build time, on the static files
// alone. The index is in shards (`/pagefind/shards.json` lists them, the first primary), merged at query time,
// so that publishing one article re-indexes one shard. Without JavaScript the page says so and links to the
// browsable pages instead.

interface PagefindResultData {
  url: string;
  /** The record's whole text: an excerpt that starts or ends inside it gets an ellipsis there. */
  content: string;
  excerpt: string;
  meta: { title?: string; kind?: string; context?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  mergeIndex(path: string): Promise<void>;
}

const SHOWN = 20;
const root = document.querySelector<HTMLElement>('[data-search]');
// The header's search box is the page's: it shows the query the results are for.
const input = document.querySelector<HTMLInputElement>('#na-search-input');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const list = root?.querySelector<HTMLOListElement>('[data-search-results]');

/**
 * The excerpt's words with Pagefind's `<mark>`s kept, built as nodes so no markup from the index runs;
 * punctuation Pagefind marks with a word stays outside the highlight, and a cut excerpt gets "…".
 */
function excerptNodes(data: PagefindResultData): Node[] {
  const template = document.createElement('template');
  template.innerHTML = data.excerpt;
  const nodes = [...template.content.childNodes].flatMap((node): Node[] => {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK') return [document.createTextNode(text)];
    const [, lead = '', word = '', trail = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(text) ?? [];
    const mark = document.createElement('mark');
    mark.textContent = word;
    return [document.createTextNode(lead), mark, document.createTextNode(trail)];
  });
  const { cutStart, cutEnd } = excerptCuts(template.content.textContent ?? '', data.content);
  return [
    ...(cutStart ? [document.createTextNode('… ')] : []),
    ...nodes,
    ...(cutEnd ? [document.createTextNode(' …')] : []),
  ];
}

/** Whether an excerpt leaves out words before or after it. */
function excerptCuts(excerpt: string, content: string): { cutStart: boolean; cutEnd: boolean } {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const words = squash(excerpt);
  const whole = squash(content);
  return { cutStart: !whole.startsWith(words), cutEnd: !whole.endsWith(words) };
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'na-search-result';
  item.dataset.kind = data.meta.kind ?? '';
  const kind = document.createElement('span');
  kind.className = 'na-search-result__kind';
  kind.textContent = data.meta.kind ?? 'Page';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const context = document.createElement('p');
  context.className = 'na-search-result__context';
  context.textContent = data.meta.context ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'na-search-result__excerpt';
  excerpt.append(...excerptNodes(data));
  item.append(kind, ' ', link, context, excerpt);
  return item;
}

/** The primary shard's Pagefind with the other shards merged into it. */
async function searchIndex(): Promise<Pagefind> {
  const shards = (await (await fetch('/pagefind/shards.json')).json()) as string[];
  const [primary, ...others] = shards.map((shard) => `/pagefind/${shard}/`);
  // A plain variable: a template literal here would make Vite wrap the import in a preloader.
  const url = `${primary}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await Promise.all(others.map((path) => pagefind.mergeIndex(path)));
  return pagefind;
}

async function run(query: string): Promise<void> {
  if (!status || !list) return;
  list.replaceChildren();
  if (query.trim() === '') {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const pagefind = await searchIndex();
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
  list.append(...results.map(resultItem));
  const total = search.results.length;
  status.textContent =
    total === 0
      ? `Nothing found for “${query}”.`
      : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
}

const query = new URLSearchParams(window.location.search).get('q') ?? '';
if (input) input.value = query;
run(query).catch(() => {
  if (status) status.textContent = 'The search index could not be loaded.';
});

export {};
