// The figures the README quotes, read from the output of `npm test` (see scripts/figures.ts), and the
// marked README blocks they are written into: `<!-- figures:NAME -->` … `<!-- /figures:NAME -->`.
import { stripVTControlCharacters } from 'node:util';

/** What one `npm test` run measured. */
export interface TestRunFigures {
  vitestTests: number;
  playwrightTests: number;
  pageWeight: { totalGzip: string; totalBrotli: string; html: string; css: string; js: string };
  lighthouse: { version: string; scores: Record<string, string>; performance: string };
  /** The eval's total line of each set (blind, holdout, holdout-2, holdout-3, dev), and its lines on issue 12's targets. */
  eval: { sets: { name: string; total: string }[]; targets: string[] };
  minutes: number;
}

function match(output: string, pattern: RegExp, what: string): RegExpMatchArray {
  const found = pattern.exec(output);
  if (!found) throw new Error(`figures: the npm test output has no ${what} (${pattern})`);
  return found;
}

/** Reads the figures from the output of `npm test` and how long it took. */
export function parseTestRun(raw: string, seconds: number): TestRunFigures {
  const output = stripVTControlCharacters(raw);
  const weight = (kind: string) =>
    match(output, new RegExp(`^\\s*${kind}\\s+[\\d.]+ KB raw\\s+([\\d.]+ KB) gzip`, 'm'), `${kind} weight`)[1]!;
  const total = match(output, /total: ([\d.]+ KB) gzip, ([\d.]+ KB) brotli/, 'page weight total');
  const score = (name: string) => match(output, new RegExp(`pass\\s+${name} score\\s+([\\d.]+)`), `${name} score`)[1]!;
  return {
    vitestTests: Number(match(output, /^\s*Tests\s+(\d+) passed/m, 'Vitest count')[1]),
    playwrightTests: Number(match(output, /^\s*(\d+) passed \([\d.]+m?s?/m, 'Playwright count')[1]),
    pageWeight: {
      totalGzip: total[1]!,
      totalBrotli: total[2]!,
      html: weight('html'),
      css: weight('css'),
      js: weight('js'),
    },
    lighthouse: {
      version: match(output, /Lighthouse ([\d.]+) on/, 'Lighthouse version')[1]!,
      scores: Object.fromEntries(['accessibility', 'best-practices', 'seo'].map((name) => [name, score(name)])),
      performance: match(output, /figure performance score ([\d.]+ \(FCP [^)]*\))/, 'performance figure')[1]!,
    },
    eval: parseEval(output),
    minutes: Math.round(seconds / 60),
  };
}

/** Each set's total line ("total (42 copies)  0.88/0.93/0.91 …") and the target lines of `npm run eval`. */
function parseEval(output: string): TestRunFigures['eval'] {
  const sets = [
    ...output.matchAll(/^(\S+) set\n[^\n]*\n(?:(?!total \()[^\n]*\n)*total \((\d+) copies\)\s+(.+?)\s*$/gm),
  ].map((m) => ({
    name: `${m[1]} (${m[2]} copies)`,
    total: m[3]!,
  }));
  if (sets.length === 0) throw new Error('figures: the npm test output has no eval set totals');
  const targets = [...output.matchAll(/^ {2}(\w+)\s+([\d.]+)\s+target ([≥≤] [\d.]+): (met|MISSED)/gm)].map(
    (m) => `${m[1]} ${m[2]} (target ${m[3]}: ${m[4]!.toLowerCase()})`,
  );
  return { sets, targets };
}

/** The README's table of the engine's figures, set by set, from one run. */
export function evalBlock(figures: TestRunFigures, date: string): string {
  const rows = figures.eval.sets.map(({ name, total }) => {
    const cells = total.split(/\s+/);
    return `| ${name} | ${cells.slice(0, 4).join(' | ')} | ${cells.slice(4).join(' | ')} |`;
  });
  return [
    `Measured by \`npm run figures\` (\`npm run eval\` inside one \`npm test\`, ${date}); precision/recall/F1:`,
    '',
    '| set | entities | quotes | speakers | dates | speaker accuracy | misattribution | kind accuracy |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Over the blind sets together (every set but dev), against issue 12's targets: ${figures.eval.targets.join('; ')}.`,
  ].join('\n');
}

/** The README's table of measured gates, from one run. */
export function gatesBlock(figures: TestRunFigures, date: string): string {
  const { pageWeight: w, lighthouse: l } = figures;
  return [
    `Measured on the seed article page by \`npm run figures\` (one \`npm test\` on a 2-core machine, ${date}):`,
    '',
    '| what | command | figure |',
    '| --- | --- | --- |',
    `| page weight | \`npm run budget\` | ${w.totalGzip} gzip (${w.totalBrotli} brotli): HTML ${w.html}, CSS ${w.css}, JS ${w.js} gzip; fonts 0 (system fonts) |`,
    `| Lighthouse ${l.version} | \`npm run audit\` | accessibility ${l.scores.accessibility}, best practices ${l.scores['best-practices']}, SEO ${l.scores.seo} (gated); performance ${l.performance} (a figure: it varies with the machine's load) |`,
    `| engine quality | \`npm run eval\` | see "How the analysis works: measured" |`,
    `| whole \`npm test\` | \`npm test\` on a clean clone, timed by \`npm run figures\` | ${figures.minutes} min: ${figures.vitestTests} Vitest tests, ${figures.playwrightTests} Playwright tests, lint, check, the site, demo and archive builds, budget, eval, Lighthouse; CI's budget is 90 min |`,
  ].join('\n');
}

/** The README with the named block's lines replaced; throws when the markers are missing. */
export function replaceBlock(readme: string, name: string, body: string): string {
  const start = `<!-- figures:${name} -->`;
  const end = `<!-- /figures:${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`figures: README.md has no block ${start} … ${end}`);
  return `${readme.slice(0, from + start.length)}\n${body}\n${readme.slice(to)}`;
}
