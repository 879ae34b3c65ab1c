// `npm run compare -- <copy.md> <copy.md> … [--json] [--registry <dir>] [--expected <file>] [--bench <n>]`:
// compares copies of one story as the story page does, and prints how long the comparison took.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compareCopies, type StoryCopy } from '../src/lib/stories/compare-copies.ts';
import { ExpectedComparisonSchema, scoreComparison, type Score } from '../src/lib/stories/expected-comparison.ts';
import { CopyFileError, readStoryCopies } from '../src/lib/stories/read-copies.ts';
import type { Comparison, QuoteReading } from '../src/schemas/comparison.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    registry: { type: 'string' },
    expected: { type: 'string' },
    bench: { type: 'string' },
  },
});
if (positionals.length === 0) {
  fail('usage: npm run compare -- <copy.md> <copy.md> … [--json] [--registry <dir>] [--expected <file>] [--bench <n>]');
}

let copies: StoryCopy[];
const readStarted = performance.now();
try {
  copies = await readStoryCopies(positionals, values.registry);
} catch (error) {
  fail(error instanceof CopyFileError ? error.message : `${(error as Error).message}`);
}
const readMs = performance.now() - readStarted;
const started = performance.now();
const comparison = compareCopies(copies);
const compareMs = performance.now() - started;

if (values.json) console.log(JSON.stringify(comparison, null, 2));
else console.log(report(comparison));
if (values.expected) printScore(values.expected);
// With --json the time goes to stderr, so that stdout stays one JSON document.
const say = values.json ? console.error : console.log;
say(
  `\ncompared ${copies.length} cop${copies.length === 1 ? 'y' : 'ies'} in ${compareMs.toFixed(1)} ms (reading and analysing them: ${readMs.toFixed(0)} ms)`,
);
if (values.bench) bench(Number(values.bench));

/**
 * Copies repeated (each repeat a copy of its own) up to n, compared 15 times: the median and slowest wall
 * time, and the median CPU time of this process (what a busy, shared machine changes least).
 */
function bench(n: number): void {
  if (!Number.isInteger(n) || n < 1) fail('--bench: expected a number of copies such as 20');
  const many = Array.from({ length: n }, (_, i) => {
    const copy = copies[i % copies.length]!;
    return { ...copy, slug: `${copy.slug}-${Math.floor(i / copies.length) + 1}` };
  });
  compareCopies(many); // warm-up: the first run compiles the code
  const runs = Array.from({ length: 15 }, () => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    compareCopies(many);
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const walls = runs.map((r) => r.wall);
  say(
    `bench: ${n} copies (${copies.length} given, repeated), 15 runs: median ${median(walls).toFixed(1)} ms (slowest ${Math.max(...walls).toFixed(1)} ms), median CPU time ${median(runs.map((r) => r.cpu)).toFixed(1)} ms`,
  );
}

function printScore(path: string): void {
  const expected = ExpectedComparisonSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const score = scoreComparison(comparison, expected);
  const line = (name: string, s: Score) =>
    `  ${name.padEnd(13)} precision ${(s.found ? s.correct / s.found : 1).toFixed(2)} (${s.correct}/${s.found}), recall ${(s.expected ? s.correct / s.expected : 1).toFixed(2)} (${s.correct}/${s.expected})`;
  console.log(
    [
      `\nAgainst ${path}`,
      line('quotes found', score.quotesFound),
      line('quote pairs', score.quotePairs),
      line('event pairs', score.eventPairs),
      line('entity cells', score.entityCells),
    ].join('\n'),
  );
}

function report(c: Comparison): string {
  const outlet = new Map(c.copies.map((copy) => [copy.slug, copy.outlet]));
  const lines = [`${c.copies.length} copies, aligned in ${c.language ?? '—'}`, '', 'Coverage'];
  for (const copy of c.copies) {
    const note = copy.aligned ? '' : ` [${copy.language}: listed, not aligned]`;
    lines.push(
      `  ${copy.published}  ${copy.outlet}: “${copy.title}”, ${copy.words} words, ${copy.paragraphs} paragraphs${note}`,
    );
  }
  lines.push('', `Quotes across copies (${c.quoteRows.length})`);
  for (const row of c.quoteRows) {
    lines.push(
      `  ${row.id} [${row.verbatim ? 'verbatim in all copies' : 'wording differs'}] ${row.speaker?.name ?? 'speaker not stated'}`,
    );
    for (const r of row.readings)
      lines.push(`    ${outlet.get(r.copy)} ¶${r.paragraphNumber}${label(r)}: “${marked(r)}”`);
  }
  lines.push('', `Events across copies (${c.eventRows.length})`);
  for (const row of c.eventRows) {
    lines.push(`  ${row.id}${row.dateDisagreement ? ' [dates disagree]' : ''} actors: ${row.actors.join(', ') || '—'}`);
    for (const m of row.mentions)
      lines.push(
        `    ${outlet.get(m.copy)} ¶${m.paragraphNumber}: “${m.phrase}” ${m.start}${m.end === m.start ? '' : `..${m.end}`}`,
      );
  }
  lines.push('', 'Who is named where');
  for (const row of c.entities)
    lines.push(`  ${row.name}: ${row.copies.map((x) => `${outlet.get(x.copy)} ×${x.mentions}`).join(', ')}`);
  lines.push('', 'Only here');
  for (const only of c.onlyHere) {
    lines.push(
      `  ${outlet.get(only.copy)}: ${only.quoteRows.length} quotes, ${only.eventRows.length} events, entities: ${only.entities.join(', ') || '—'}`,
    );
  }
  return lines.join('\n');
}

function label(r: QuoteReading): string {
  if (r.reference) return ' (reference)';
  if (r.fragment) return r.contained ? ' (fragment, word for word)' : ' (fragment, worded differently)';
  return r.speaker ? '' : ' (no speaker)';
}

/** The wording with wdiff's marks: {+inserted+} and [-dropped-]. */
function marked(r: QuoteReading): string {
  return r.segments
    .map((s) => (s.kind === 'same' ? s.text : s.kind === 'inserted' ? `{+${s.text}+}` : `[-${s.text}-] `))
    .join('');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
