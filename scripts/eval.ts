// `npm run eval`: precision, recall and F1 of the engine on the seed and the fixtures; fails below the bar.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMarkdown } from '../src/analysis/markdown.ts';
import { loadRegistry } from '../src/lib/registry.ts';
import { add, evaluate, scores, type Counts, type Expected } from './eval-score.ts';

const TARGET_F1 = 0.95;
const CATEGORIES = ['entities', 'quotes', 'speakers', 'dates'] as const;
const FIXTURES = 'tests/fixtures/articles';

const cases = [
  {
    name: 'seed',
    copy: 'content/articles/china-delegation-north-korea.md',
    registry: 'content/entities',
    expected: 'tests/fixtures/seed-expected.json',
  },
  ...readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, 'expected.json')))
    .map((name) => ({
      name,
      copy: join(FIXTURES, name, 'copy.md'),
      registry: join(FIXTURES, name, 'entities'),
      expected: join(FIXTURES, name, 'expected.json'),
    })),
];

const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
  (typeof CATEGORIES)[number],
  Counts
>;
const cell = (counts: Counts) => {
  const { precision, recall, f1 } = scores(counts);
  return `${precision.toFixed(2)}/${recall.toFixed(2)}/${f1.toFixed(2)}`.padEnd(16);
};

console.log(`${'copy'.padEnd(26)}${CATEGORIES.map((c) => `${c} P/R/F1`.padEnd(16)).join('')}`);
for (const item of cases) {
  const expected = JSON.parse(readFileSync(item.expected, 'utf8')) as Expected;
  const analysis = await analyzeMarkdown(readFileSync(item.copy, 'utf8'), loadRegistry(item.registry));
  const counts = evaluate(expected, analysis);
  for (const c of CATEGORIES) totals[c] = add(totals[c], counts[c]);
  console.log(`${item.name.padEnd(26)}${CATEGORIES.map((c) => cell(counts[c])).join('')}`);
}
console.log(`${'total'.padEnd(26)}${CATEGORIES.map((c) => cell(totals[c])).join('')}`);

const below = CATEGORIES.filter((c) => scores(totals[c]).f1 < TARGET_F1);
if (below.length > 0) {
  console.error(`eval: F1 below ${TARGET_F1} for ${below.join(', ')}`);
  process.exit(1);
}
console.log(`eval: every category at F1 ≥ ${TARGET_F1} over ${cases.length} copies`);
