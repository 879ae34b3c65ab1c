// `npm run eval`: precision, recall and F1 of the engine on the seed and the fixtures; exits 1 below the bar.
// `npm run eval -- --details` also lists, per copy, what was missed and what was found in excess.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../src/lib/registry.ts';
import type { Analysis } from '../src/schemas/analysis.ts';
import type { Entity } from '../src/schemas/entity.ts';
import { add, below, CATEGORIES, emptyTotals, evaluate, scores, type Counts, type Expected } from './eval-score.ts';

/** Every category's total F1 must reach this. */
const TARGET_F1 = 0.95;
const FIXTURES = 'tests/fixtures/articles';
const DETAILS = process.argv.includes('--details');

type AnalyzeMarkdown = (markdown: string, registry: readonly Entity[]) => Promise<Analysis>;

// Imported here rather than at the top so that a missing or broken engine stops the eval with a plain message.
let analyzeMarkdown: AnalyzeMarkdown;
try {
  const engine = (await import('../src/markdown/analyze-markdown.ts')) as { analyzeMarkdown?: unknown };
  if (typeof engine.analyzeMarkdown !== 'function') throw new Error('it does not export a function analyzeMarkdown');
  analyzeMarkdown = engine.analyzeMarkdown as AnalyzeMarkdown;
} catch (error) {
  console.error(`eval: FAILED: cannot load the engine from src/markdown/analyze-markdown.ts: ${(error as Error).message}`);
  process.exit(1);
}

const cases = [
  {
    name: 'seed',
    copy: 'content/articles/china-delegation-north-korea.md',
    registry: 'content/entities',
    expected: 'tests/fixtures/seed-expected.json',
  },
  ...readdirSync(FIXTURES)
    .sort()
    .filter((name) => existsSync(join(FIXTURES, name, 'expected.json')))
    .map((name) => ({
      name,
      copy: join(FIXTURES, name, 'copy.md'),
      registry: join(FIXTURES, name, 'entities'),
      expected: join(FIXTURES, name, 'expected.json'),
    })),
];

const totals = emptyTotals();
const cell = (counts: Counts) => {
  const { precision, recall, f1 } = scores(counts);
  return `${precision.toFixed(2)}/${recall.toFixed(2)}/${f1.toFixed(2)}`.padEnd(18);
};
const NAME = 26;

console.log(`${'copy'.padEnd(NAME)}${CATEGORIES.map((c) => `${c} P/R/F1`.padEnd(18)).join('')}`);
for (const item of cases) {
  const expected = JSON.parse(readFileSync(item.expected, 'utf8')) as Expected;
  let analysis: Analysis;
  try {
    analysis = await analyzeMarkdown(readFileSync(item.copy, 'utf8'), loadRegistry(item.registry));
  } catch (error) {
    console.error(`eval: FAILED: the engine threw on ${item.copy}: ${(error as Error).stack ?? error}`);
    process.exit(1);
  }
  if (analysis.published !== expected.published) {
    console.error(`eval: ${item.name}: engine resolved against ${analysis.published}, expected ${expected.published}`);
  }
  const result = evaluate(expected, analysis);
  for (const c of CATEGORIES) totals[c] = add(totals[c], result[c]);
  console.log(`${item.name.padEnd(NAME)}${CATEGORIES.map((c) => cell(result[c])).join('')}`);
  if (DETAILS) {
    for (const c of CATEGORIES) {
      for (const text of result[c].missed) console.log(`    ${c} missed: ${text}`);
      for (const text of result[c].extra) console.log(`    ${c} extra:  ${text}`);
    }
  }
}
console.log(`${'total'.padEnd(NAME)}${CATEGORIES.map((c) => cell(totals[c])).join('')}`);

const failing = below(totals, TARGET_F1);
if (failing.length > 0) {
  const list = failing.map((c) => `${c} (F1 ${scores(totals[c]).f1.toFixed(3)})`).join(', ');
  console.error(`eval: FAILED: total F1 below ${TARGET_F1} for ${list}; run \`npm run eval -- --details\` to see why`);
  process.exit(1);
}
console.log(`eval: every category at F1 ≥ ${TARGET_F1} over ${cases.length} copies`);
