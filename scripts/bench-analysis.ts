// `npm run bench:analysis`: median time of the engine on the seed and on a 10,000-word article, then one run on hostile shapes.
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/index.ts';
import { splitFrontmatter } from '../src/markdown/analyze-markdown.ts';
import { paragraphIds } from '../src/analysis/paragraph-ids.ts';
import { loadRegistry } from '../src/lib/registry.ts';

const RUNS = 31;
const registry = loadRegistry('content/entities');
const seedBody = splitFrontmatter(readFileSync('content/articles/china-delegation-north-korea.md', 'utf8')).body;
const seedParagraphs = seedBody
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

/** A long article made of the seed's paragraphs, each copy varied so that no two are identical. */
function longArticle(words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round++) {
    for (const paragraph of seedParagraphs) {
      const varied = `${paragraph} Officials met again in round ${round} of the talks, Reuters said.`;
      paragraphs.push(varied);
      count += varied.split(/\s+/).length;
      if (count >= words) break;
    }
  }
  return paragraphs;
}

function median(texts: string[]): number {
  const ids = paragraphIds(texts);
  const paragraphs = texts.map((text, i) => ({ id: ids[i]!, text }));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    analyze({ paragraphs, published: '2023-09-08', registry });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

for (const [name, texts] of [
  ['seed', seedParagraphs],
  ['10,000 words', longArticle(10_000)],
] as const) {
  const words = texts.join(' ').split(/\s+/).length;
  const ms = median([...texts]);
  console.log(
    `${name.padEnd(13)} ${String(words).padStart(6)} words  median ${ms.toFixed(2)} ms  ${((ms / words) * 1000).toFixed(2)} ms per 1,000 words (target ≤ 10)`,
  );
}

// Hostile shapes: one run-on paragraph of ~200 KB each. Linear work keeps each within a few seconds.
const HOSTILE: Record<string, string> = {
  'straight quotes': '"a" '.repeat(50_000),
  'single marks': "it's 'x' ".repeat(22_000),
  dates: 'on Monday, Sept. 10-13, 2023 and '.repeat(6_000),
  'quotes + names': 'Sen. Maria Lopez said “we will act on Monday,” the Finance Ministry said. '.repeat(2_700),
  'capitalised runs': 'Alpha Beta. '.repeat(17_000),
  'day words in quotes': '“We start today” and on Monday, '.repeat(6_000),
  'lone quotations': 'Ines Cole disagreed. “No.” '.repeat(7_000),
};
for (const [name, text] of Object.entries(HOSTILE)) {
  const start = performance.now();
  analyze({ paragraphs: [{ id: 'p-hostile', text }], published: '2023-09-08', registry });
  const ms = performance.now() - start;
  console.log(
    `${`hostile: ${name}`.padEnd(26)} ${(text.length / 1000).toFixed(0).padStart(4)} KB in one paragraph  ${ms.toFixed(0)} ms`,
  );
}
