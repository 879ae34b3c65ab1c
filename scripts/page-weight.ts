// `npm run budget [-- <dir>]`: the weight of every built article and story page (HTML, CSS, JS, fonts; gzip and
// brotli) against its budget, and every page's HTML against the page budget (scripts/page-budget.ts).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, checkSite, kb, pageWeight } from './page-budget.ts';

const DIST = process.argv[2] ?? 'dist';

/** `/<section>/<name>/` for every built page of a section (`articles`, `stories`). */
const pagesOf = (section: string) =>
  existsSync(join(DIST, section))
    ? readdirSync(join(DIST, section))
        .filter((name) => existsSync(join(DIST, section, name, 'index.html')))
        .map((name) => `/${section}/${name}/`)
    : [];
const articles = pagesOf('articles');
if (articles.length === 0) {
  console.error(`budget: no article page in ${DIST}/: run npm run build first`);
  process.exit(1);
}

let failed = false;
for (const path of [...articles, ...pagesOf('stories')]) {
  const weight = pageWeight(DIST, path);
  console.log(path);
  for (const { kind, raw, gzip, brotli } of weight.kinds) {
    console.log(
      `  ${kind.padEnd(5)} ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(9)} gzip  ${kb(brotli).padStart(9)} brotli`,
    );
  }
  console.log(
    `  JS (files + inline): ${kb(weight.js.gzip)} gzip, ${kb(weight.js.brotli)} brotli (budget ${kb(BUDGET.js)} gzip)`,
  );
  console.log(
    `  total: ${kb(weight.total.gzip)} gzip, ${kb(weight.total.brotli)} brotli (budget ${kb(BUDGET.total)} gzip)`,
  );
  if (weight.total.gzip > BUDGET.total || weight.js.gzip > BUDGET.js) {
    console.error(`  over budget: ${path}`);
    failed = true;
  }
}
const site = checkSite(DIST);
console.log(
  `every page's HTML (${site.pages} pages): heaviest /${site.heaviest.path} ${kb(site.heaviest.gzip)} gzip (budget ${kb(BUDGET.html)})`,
);
for (const page of site.over) {
  console.error(`  over budget: /${page.path} ${kb(page.gzip)} gzip`);
  failed = true;
}
process.exit(failed ? 1 : 0);
