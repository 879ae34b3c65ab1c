// `npm run eval`: how right the engine is, on four sets of copies scored apart:
// - blind: real copies whose expectations were written by someone who never read the engine, before it ran on them
//   (tests/fixtures/blind/); the engine's authors looked at its misses while fixing kinds of error;
// - holdout: more blind copies (tests/fixtures/blind-holdout/), scored untouched once, then looked at too;
// - blind-2 to blind-5: blind copies (tests/fixtures/blind-2/ to -5/) written to be looked at, for finding kinds of error
//   (each scored once, untouched, when it arrived);
// - holdout-2 to holdout-5: blind copies (tests/fixtures/blind-holdout-2/ to -5/) whose misses nobody looked at: only
//   totals are printed (per copy with --details), and no engine change is made while looking at them;
// - dev: the seed and the fixtures that grew alongside the engine (tests/fixtures/articles/).
// Issue 12's targets are over the blind sets together; the eval says of each whether it is met. What makes the
// eval (and so `npm test`) fail is a regression: a figure below the floor the engine has reached (FLOORS), or the dev
// set below its old bar. `npm run eval -- --targets` fails on any missed target instead.
// Prints per copy and per set: precision/recall/F1 of entities, quotes and dates, speaker accuracy and the
// misattribution rate over the quotes found, entity precision and kind accuracy. Exits 1 below a target.
// `npm run eval -- --details` also lists, per copy, what was missed and what was found in excess.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../src/lib/registry.ts';
import type { Analysis } from '../src/schemas/analysis.ts';
import type { Entity } from '../src/schemas/entity.ts';
import {
  add,
  addFigures,
  CATEGORIES,
  emptyFigures,
  emptyTotals,
  evaluate,
  rates,
  scores,
  type Counts,
  type Expected,
  type Figures,
} from './eval-score.ts';

/** The targets of issue 12, over the blind sets. */
const TARGETS = {
  quoteF1: 0.95,
  speakerAccuracy: 0.95,
  misattribution: 0.02,
  entityPrecision: 0.95,
  kindAccuracy: 0.9,
  dateF1: 0.95,
};
/**
 * What the engine reached on the blind sets when these floors were last raised (November 2026), less a little:
 * a change that falls below one is a regression. Raise them as the engine improves; never lower them to pass. A
 * new blind set changes what they measure: when holdout-4 joined (30 November 2026) they were set again from the
 * engine's figures over all five sets, measured before and after it joined in one run (dates 0.886 -> 0.856, kinds
 * 0.912 -> 0.904: its copies date things the engine reads worse, not a change in the engine). blind-2 joined the
 * same day once the engine held them with it, and blind-3 after it. blind-4 (sport and business copy the engine
 * reads worse) joined last, measured the same way in one run: speakers 0.886 -> 0.868, misattribution 0.066 ->
 * 0.071, kinds 0.904 -> 0.899, dates 0.859 -> 0.848, with this session's fixes for its first errors already in.
 * holdout-5, written at the end of the session and never looked at, joined after that: speakers 0.868 -> 0.851,
 * misattribution 0.071 -> 0.086, entity precision 0.883 -> 0.876 (its copies: speakers 0.70, misattribution 0.23).
 */
const FLOORS: typeof TARGETS = {
  quoteF1: 0.96,
  speakerAccuracy: 0.845,
  misattribution: 0.09,
  entityPrecision: 0.87,
  kindAccuracy: 0.895,
  dateF1: 0.845,
};
/** The dev set's old bar: F1 in every category. */
const DEV_F1 = 0.95;
const DETAILS = process.argv.includes('--details');
const STRICT = process.argv.includes('--targets');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

type AnalyzeMarkdown = (markdown: string, registry: readonly Entity[]) => Promise<Analysis>;

// Imported here rather than at the top so that a missing or broken engine stops the eval with a plain message.
let analyzeMarkdown: AnalyzeMarkdown;
try {
  const engine = (await import('../src/markdown/analyze-markdown.ts')) as { analyzeMarkdown?: unknown };
  if (typeof engine.analyzeMarkdown !== 'function') throw new Error('it does not export a function analyzeMarkdown');
  analyzeMarkdown = engine.analyzeMarkdown as AnalyzeMarkdown;
} catch (error) {
  console.error(
    `eval: FAILED: cannot load the engine from src/markdown/analyze-markdown.ts: ${(error as Error).message}`,
  );
  process.exit(1);
}

interface Case {
  name: string;
  copy: string;
  registry: string;
  expected: string;
}

const folderCases = (root: string): Case[] =>
  readdirSync(root)
    .sort()
    .filter((name) => existsSync(join(root, name, 'expected.json')))
    .map((name) => ({
      name,
      copy: join(root, name, 'copy.md'),
      registry: join(root, name, 'entities'),
      expected: join(root, name, 'expected.json'),
    }));

const SETS: { name: string; cases: Case[]; quiet?: boolean }[] = [
  { name: 'blind', cases: folderCases('tests/fixtures/blind') },
  { name: 'holdout', cases: folderCases('tests/fixtures/blind-holdout') },
  { name: 'blind-2', cases: folderCases('tests/fixtures/blind-2') },
  { name: 'blind-3', cases: folderCases('tests/fixtures/blind-3') },
  { name: 'blind-4', cases: folderCases('tests/fixtures/blind-4') },
  { name: 'blind-5', cases: folderCases('tests/fixtures/blind-5') },
  { name: 'holdout-2', cases: folderCases('tests/fixtures/blind-holdout-2'), quiet: true },
  { name: 'holdout-3', cases: folderCases('tests/fixtures/blind-holdout-3'), quiet: true },
  { name: 'holdout-4', cases: folderCases('tests/fixtures/blind-holdout-4'), quiet: true },
  { name: 'holdout-5', cases: folderCases('tests/fixtures/blind-holdout-5'), quiet: true },
  {
    name: 'dev',
    cases: [
      {
        name: 'seed',
        copy: 'content/articles/china-delegation-north-korea.md',
        registry: 'content/entities',
        expected: 'tests/fixtures/seed-expected.json',
      },
      ...folderCases('tests/fixtures/articles'),
    ],
  },
];

interface SetResult {
  totals: Record<(typeof CATEGORIES)[number], Counts>;
  figures: Figures;
  copies: number;
}

const NAME = 38;
const cell = (counts: Counts) => {
  const { precision, recall, f1 } = scores(counts);
  return `${precision.toFixed(2)}/${recall.toFixed(2)}/${f1.toFixed(2)}`.padEnd(16);
};
const figureCells = (f: Figures) => {
  const r = rates(f);
  return (
    `${r.speakerAccuracy.toFixed(2)}`.padEnd(7) + `${r.misattribution.toFixed(2)}`.padEnd(7) + r.kindAccuracy.toFixed(2)
  );
};
const header = `${'copy'.padEnd(NAME)}${CATEGORIES.map((c) => `${c} P/R/F1`.padEnd(16)).join('')}spk    misatt kinds`;

const results = new Map<string, SetResult>();
for (const set of SETS) {
  const result: SetResult = { totals: emptyTotals(), figures: emptyFigures(), copies: 0 };
  console.log(`\n${set.name} set\n${header}`);
  for (const item of set.cases) {
    if (ONLY && !item.name.includes(ONLY)) continue;
    const expected = JSON.parse(readFileSync(item.expected, 'utf8')) as Expected;
    const registry = existsSync(item.registry) ? loadRegistry(item.registry) : [];
    let analysis: Analysis;
    try {
      analysis = await analyzeMarkdown(readFileSync(item.copy, 'utf8'), registry);
    } catch (error) {
      console.error(`eval: FAILED: the engine threw on ${item.copy}: ${(error as Error).stack ?? error}`);
      process.exit(1);
    }
    if (analysis.published !== expected.published) {
      console.error(
        `eval: ${item.name}: engine resolved against ${analysis.published}, expected ${expected.published}`,
      );
    }
    const scored = evaluate(expected, analysis);
    for (const c of CATEGORIES) result.totals[c] = add(result.totals[c], scored[c]);
    result.figures = addFigures(result.figures, scored.figures);
    result.copies++;
    if (set.quiet && !DETAILS) continue;
    console.log(
      `${item.name.slice(0, NAME - 1).padEnd(NAME)}${CATEGORIES.map((c) => cell(scored[c])).join('')}${figureCells(scored.figures)}`,
    );
    if (DETAILS) {
      for (const c of CATEGORIES) {
        for (const text of scored[c].missed) console.log(`    ${c} missed: ${text}`);
        for (const text of scored[c].extra) console.log(`    ${c} extra:  ${text}`);
      }
    }
  }
  console.log(
    `${`total (${result.copies} copies)`.padEnd(NAME)}${CATEGORIES.map((c) => cell(result.totals[c])).join('')}${figureCells(result.figures)}`,
  );
  results.set(set.name, result);
}

const all: SetResult = { totals: emptyTotals(), figures: emptyFigures(), copies: 0 };
for (const r of results.values()) {
  for (const c of CATEGORIES) all.totals[c] = add(all.totals[c], r.totals[c]);
  all.figures = addFigures(all.figures, r.figures);
  all.copies += r.copies;
}
console.log(
  `\n${`all sets (${all.copies} copies)`.padEnd(NAME)}${CATEGORIES.map((c) => cell(all.totals[c])).join('')}${figureCells(all.figures)}`,
);

const blind: SetResult = { totals: emptyTotals(), figures: emptyFigures(), copies: 0 };
for (const name of SETS.map((set) => set.name).filter((name) => name !== 'dev')) {
  const r = results.get(name)!;
  for (const c of CATEGORIES) blind.totals[c] = add(blind.totals[c], r.totals[c]);
  blind.figures = addFigures(blind.figures, r.figures);
  blind.copies += r.copies;
}
const r = rates(blind.figures);
const measured = {
  quoteF1: scores(blind.totals.quotes).f1,
  speakerAccuracy: r.speakerAccuracy,
  misattribution: r.misattribution,
  entityPrecision: scores(blind.totals.entities).precision,
  kindAccuracy: r.kindAccuracy,
  dateF1: scores(blind.totals.dates).f1,
};
console.log(`\nthe blind sets (${blind.copies} copies) against issue 12's targets and the regression floors:`);
const missed: string[] = [];
const regressed: string[] = [];
const holds = (key: keyof typeof TARGETS, value: number, bar: number) =>
  key === 'misattribution' ? value <= bar : value >= bar;
for (const key of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
  const value = measured[key];
  const sign = key === 'misattribution' ? '≤' : '≥';
  const met = holds(key, value, TARGETS[key]);
  const floor = holds(key, value, FLOORS[key]);
  if (!met) missed.push(key);
  if (!floor) regressed.push(key);
  console.log(
    `  ${key.padEnd(16)} ${value.toFixed(3)}  target ${sign} ${TARGETS[key]}: ${met ? 'met' : 'MISSED'}  floor ${sign} ${FLOORS[key]}: ${floor ? 'held' : 'BELOW'}`,
  );
}
const dev = results.get('dev')!;
const devBelow = CATEGORIES.filter((c) => scores(dev.totals[c]).f1 < DEV_F1);
if (ONLY) process.exit(0);
if (regressed.length > 0 || devBelow.length > 0) {
  const list = [...regressed.map((k) => `${k} (blind sets)`), ...devBelow.map((c) => `${c} F1 (dev set)`)].join(', ');
  console.error(`eval: FAILED: regression below the floor: ${list}; \`npm run eval -- --details\` shows why`);
  process.exit(1);
}
if (missed.length > 0) {
  console.log(`eval: no regression; issue 12's targets missed: ${missed.join(', ')}`);
  if (STRICT) process.exit(1);
} else console.log(`eval: every target met on the blind sets (${blind.copies} copies)`);
