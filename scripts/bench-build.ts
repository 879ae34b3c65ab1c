// npm run bench:build -- [n ...]: builds the site over n generated copies (`npm run build`: Astro, the
// output step, the commit) and, in the same run, a bare Astro site over the same Markdown (a content
// collection rendered to a bare page, no analysis). Then publishes an edited, a new and a deleted article
// and checks each is live. Prints wall times, peak memory, where the time went, the heaviest pages, and
// for each target whether it is met. Default n: 100 400 1000 4000 (400 for the growth ratio to 4000); the
// 10,000-copy size runs on its own (`npm run bench:build -- 10000`), outside `npm test`.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './bench-corpus.ts';
import { CHANGES } from './bench-changes.ts';
import { buildPhases, formatPhases } from './build-log.ts';
import { BUDGET, checkSite, kb } from './page-budget.ts';

const ROOT = resolve('.');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD = join(ROOT, 'scripts/build-atomic.ts');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 400, 1000, 4000];
/** The targets (issue 15): clean build ≤ 15× plain Astro, an edit live within 15 s (stretch 5 s), peak ≤ 1.5 GB. */
const TARGET = { ratio: 15, liveSeconds: 15, stretchSeconds: 5, peakMB: 1536, growth: 11 };

/** A bare Astro project over the same Markdown: a glob collection and a page that renders each entry. */
function bareProject(dir: string, articles: string): string {
  const root = join(dir, 'bare');
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    // Its own cacheDir: the default one, under the linked node_modules, is the site's.
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: ${JSON.stringify(join(dir, 'bare-cache'))} });\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(articles)} }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>\n`,
  );
  return root;
}

interface Run {
  seconds: number;
  /** User and system time of every process of the build: what it costs on a machine shared with others. */
  cpuSeconds: number;
  peakMB: number;
  log: string;
}

/** Runs a node script under /usr/bin/time -v: wall time and the peak resident memory of its largest process. */
function timed(script: string, args: string[], env: Record<string, string>, cwd = ROOT): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, script, ...args], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`build failed (${args.join(' ')}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  const cpu = [/User time \(seconds\): ([\d.]+)/, /System time \(seconds\): ([\d.]+)/].map((pattern) =>
    Number(pattern.exec(result.stderr)?.[1] ?? Number.NaN),
  );
  return {
    seconds,
    cpuSeconds: cpu[0]! + cpu[1]!,
    peakMB: peak ? Number(peak[1]) / 1024 : Number.NaN,
    log: result.stdout,
  };
}

const verdict = (met: boolean) => (met ? 'met' : 'missed');
const fmt = (run: Run) =>
  `${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), ${run.peakMB.toFixed(0)} MB`;
const log = process.env.NA_BENCH_LOG;
const print = (line: string) => {
  console.log(line);
  if (log) appendFileSync(log, `${line}\n`);
};
const printBuild = (name: string, run: Run) => {
  const phases = buildPhases(run.log);
  print(`  ${name.padEnd(7)} ${fmt(run)}: ${formatPhases(phases)}`);
  for (const { line } of phases.output) print(`           ${line}`);
};

const results = new Map<number, Run>();
print(`bench:build on ${new Date().toISOString()}; sizes ${SIZES.join(', ')}`);
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `na-bench-${n}-`));
  try {
    generate(dir, n);
    const articles = join(dir, 'articles');
    const env = { NA_CONTENT_DIR: dir, NA_CACHE_DIR: join(dir, 'cache') };
    const site = join(dir, 'dist');
    const clean = timed(BUILD, ['--outDir', site], env);
    results.set(n, clean);
    const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    print(
      `n=${n}: clean build ${fmt(clean)} (${files.filter((f) => f.name.endsWith('.html')).length} pages, ${files.length} files)`,
    );
    printBuild('clean', clean);
    let peak = clean.peakMB;
    let count = n;
    for (const change of CHANGES) {
      const slug = change.apply(articles);
      count += change.name === 'add' ? 1 : change.name === 'delete' ? -1 : 0;
      const run = timed(BUILD, ['--outDir', site], env);
      peak = Math.max(peak, run.peakMB);
      const problems = change.check(site, slug, count);
      const live = run.seconds <= TARGET.liveSeconds;
      print(
        `  ${change.name} (${slug}): live in ${run.seconds.toFixed(1)} s (target ≤ ${TARGET.liveSeconds} s: ${verdict(live)}; ` +
          `stretch ≤ ${TARGET.stretchSeconds} s: ${verdict(run.seconds <= TARGET.stretchSeconds)}), ` +
          `${clean.seconds / run.seconds >= 1 ? `${(clean.seconds / run.seconds).toFixed(1)}× faster than clean` : 'slower than clean'}; ` +
          (problems.length === 0 ? 'published site checked: complete' : `PROBLEMS: ${problems.join('; ')}`),
      );
      printBuild(change.name, run);
    }
    const pages = checkSite(site);
    const article = pages.article;
    print(
      `  pages: every page's HTML ≤ ${kb(BUDGET.html)} gzip (${pages.pages} pages; heaviest /${pages.heaviest.path} ` +
        `${kb(pages.heaviest.gzip)}): ${verdict(pages.over.length === 0)}` +
        (pages.over.length > 0 ? ` (${pages.over.length} over, as /${pages.over[0]!.path})` : ''),
    );
    if (article)
      print(
        `  article pages with CSS, JS and fonts ≤ ${kb(BUDGET.total)} gzip, JS ≤ ${kb(BUDGET.js)} (heaviest /${article.path} ` +
          `${kb(article.total.gzip)}, JS ${kb(article.js.gzip)}): ${verdict(article.total.gzip <= BUDGET.total && article.js.gzip <= BUDGET.js)}`,
      );
    // Its dist stays inside its own folder, where the linked node_modules resolve the prerender chunks.
    const bare = timed(ASTRO, ['build'], {}, bareProject(dir, articles));
    const ratio = clean.seconds / bare.seconds;
    print(
      `  plain Astro ${fmt(bare)}: clean build ${ratio.toFixed(1)}× (target ≤ ${TARGET.ratio}×: ${verdict(ratio <= TARGET.ratio)})`,
    );
    print(`  peak memory ${peak.toFixed(0)} MB (target ≤ ${TARGET.peakMB}: ${verdict(peak <= TARGET.peakMB)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const big = results.get(4000);
const small = results.get(400);
if (big && small) {
  const growth = big.seconds / small.seconds;
  print(
    `time(4000) / time(400) = ${growth.toFixed(2)} (target ≤ ${TARGET.growth}: ${verdict(growth <= TARGET.growth)})`,
  );
}
const huge = results.get(10_000);
if (huge && big) print(`time(10000) / time(4000) = ${(huge.seconds / big.seconds).toFixed(2)} (2.5 times the copies)`);
print("Why a target is missed, and what each phase costs: the README's 'Build at scale'.");
