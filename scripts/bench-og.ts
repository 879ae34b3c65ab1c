// `npm run bench:og`: how long the seed's preview images take to render, cold and from the cache.
import { readFileSync, rmSync } from 'node:fs';
import { analyzeMarkdown, splitFrontmatter } from '../src/markdown/analyze-markdown.ts';
import { loadRegistry } from '../src/lib/registry.ts';
import { ogImage, renderCard, type OgCard } from '../src/lib/share/og-image.ts';
import { speakerLabel } from '../src/lib/share/share-targets.ts';

const RUNS = 5;
const markdown = readFileSync('content/articles/china-delegation-north-korea.md', 'utf8');
const title = String(splitFrontmatter(markdown).data.title);
const analysis = await analyzeMarkdown(markdown, loadRegistry('content/entities'));
const cards: OgCard[] = [
  { kind: 'article', title, outlet: 'The outlet', date: '8 September 2023', language: 'English' },
  ...analysis.quotes.map((quote) => ({
    kind: 'quote' as const,
    text: quote.text,
    speaker: speakerLabel(quote),
    article: title,
    language: 'English',
  })),
];

const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

// The first render loads the fonts and satori's layout engine; it is reported on its own.
let started = performance.now();
await renderCard(cards[0]!);
console.log(`first render (fonts, layout engine): ${(performance.now() - started).toFixed(0)} ms`);

const perCard: number[] = [];
for (let run = 0; run < RUNS; run++) {
  started = performance.now();
  for (const card of cards) await renderCard(card);
  perCard.push((performance.now() - started) / cards.length);
}
console.log(
  `${cards.length} cards (1 article, ${cards.length - 1} quotes): median ${median(perCard).toFixed(0)} ms per card rendered`,
);

// Through the cache, as the build does: the second pass reads every PNG back.
rmSync('node_modules/.cache/og-images', { recursive: true, force: true });
for (const pass of ['cold cache', 'warm cache']) {
  started = performance.now();
  let rendered = 0;
  for (const card of cards) rendered += (await ogImage(card)).rendered ? 1 : 0;
  console.log(
    `${pass}: ${rendered} rendered, ${cards.length - rendered} from cache, ${(performance.now() - started).toFixed(0)} ms in all`,
  );
}
