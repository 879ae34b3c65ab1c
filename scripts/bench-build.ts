// npm run bench:build -- [n ...]: builds the site over n generated copies and, in the same run, a bare
// Astro site over the same Markdown (a content collection rendered to a bare page, no analysis); prints
// wall time, peak memory and the ratio. Default n: 100 400 1000 4000 (400 for the growth ratio to 4000).
// Also times a rebuild after changing one article against the clean build.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './bench-corpus.ts';
import { buildPhases, formatPhases } from './build-log.ts';

const ROOT = resolve('.');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 400, 1000, 4000];

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
  peakMB: number;
  log: string;
}

/** Runs astro build under /usr/bin/time -v: wall time and the peak resident memory of the build. */
function build(args: string[], env: Record<string, string>, cwd = ROOT): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ASTRO, 'build', ...args], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`build failed (${args.join(' ')}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return { seconds, peakMB: peak ? Number(peak[1]) / 1024 : Number.NaN, log: result.stdout };
}

/** What a build wrote: its HTML pages and all its files. */
function filesIn(dir: string): { pages: number; files: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { pages: files.filter((entry) => entry.name.endsWith('.html')).length, files: files.length };
}

const verdict = (met: boolean) => (met ? ': met' : ': missed');
const fmt = (run: Run) => `${run.seconds.toFixed(1)} s, ${run.peakMB.toFixed(0)} MB`;
const log = process.env.NA_BENCH_LOG;
const print = (line: string) => {
  console.log(line);
  if (log) appendFileSync(log, `${line}\n`);
};

const results = new Map<number, Run>();
print(`bench:build on ${new Date().toISOString()}; sizes ${SIZES.join(', ')}`);
for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `na-bench-${n}-`));
  try {
    generate(dir, n);
    const env = { NA_CONTENT_DIR: dir, NA_CACHE_DIR: join(dir, 'cache') };
    const clean = build(['--outDir', join(dir, 'dist')], env);
    results.set(n, clean);
    const changed = join(dir, 'articles', readdirSync(join(dir, 'articles')).sort()[0]!);
    appendFileSync(changed, '\nA paragraph added for the rebuild benchmark.\n');
    const rebuild = build(['--outDir', join(dir, 'dist')], env);
    // Its dist stays inside its own folder, where the linked node_modules resolve the prerender chunks.
    const bare = build([], {}, bareProject(dir, join(dir, 'articles')));
    const output = filesIn(join(dir, 'dist'));
    const ratio = clean.seconds / bare.seconds;
    const faster = clean.seconds / rebuild.seconds;
    const peak = Math.max(clean.peakMB, rebuild.peakMB);
    print(
      `n=${n}: site ${fmt(clean)} (${output.pages} pages, ${output.files} files) | plain Astro ${fmt(bare)} | ` +
        `ratio ${ratio.toFixed(2)}× (target ≤ 2${verdict(ratio <= 2)}) | one-article rebuild ${fmt(rebuild)}, ` +
        `${faster.toFixed(1)}× faster than clean (target ≥ 5${verdict(faster >= 5)}) | ` +
        `peak ${peak.toFixed(0)} MB (target < 2048${verdict(peak < 2048)})`,
    );
    print(`  clean:   ${formatPhases(buildPhases(clean.log))}`);
    print(`  rebuild: ${formatPhases(buildPhases(rebuild.log))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const big = results.get(4000);
const small = results.get(400);
if (big && small) {
  const growth = big.seconds / small.seconds;
  print(`time(4000) / time(400) = ${growth.toFixed(2)} (target ≤ 11${verdict(growth <= 11)})`);
}
print("Why a target is missed, and what each phase costs: the README's 'Build at scale'.");
