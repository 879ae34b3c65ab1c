// `npm run budget [-- <dir>]`: the weight of every built article page (HTML, CSS, JS, fonts; gzip and brotli)
// against its budget, and every page's HTML against the page budget (scripts/page-budget.ts).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleWeight, BUDGET, checkSite, kb } from './page-budget.ts';

const DIST = process.argv[2] ?? 'dist';
const articles = existsSync(join(DIST, 'articles'))
  ? readdirSync(join(DIST, 'articles')).filter((slug) => existsSync(join(DIST, 'articles', slug, 'index.html')))
  : [];
if (articles.length === 0) {
  console.error('budget: no article page in dist/: run npm run build first');
  process.exit(1);
}

let failed = false;
for (const slug of articles) {
  const weight = articleWeight(DIST, slug);
  console.log(`/articles/${slug}/`);
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
    console.error(`  over budget: /articles/${slug}/`);
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
