// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';
import { externalLinkOptions, sanitizeSchema } from './src/markdown/sanitize-schema.ts';
import rehypeParagraphIds from './src/markdown/rehype-paragraph-ids.ts';
import rehypeFootnoteLinks, { remarkRehypeOptions } from './src/markdown/footnotes.ts';
import rehypeArticleAnalysis from './src/markdown/rehype-article-analysis.ts';
import rehypeAnalysisMarks from './src/markdown/rehype-analysis-marks.ts';
import { registryDirs } from './src/lib/content-paths.ts';
import { cachedRegistry } from './src/lib/registry.ts';
import { SITE } from './src/site.ts';
import sitemap from '@astrojs/sitemap';
import { routeOutputs } from './src/lib/output/route-outputs-integration.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // The build data (inputs of the output step, scripts/build-atomic.ts) is never published; share pages only
  // redirect to their article or story (canonical): both stay out of the sitemap.
  integrations: [
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith('/build-data/') && !/^\/(articles|stories)\/[^/]+\/s\//.test(path);
      },
    }),
    routeOutputs(),
  ],
  // Stylesheets stay files, so the policy below allows styles from the site itself only.
  build: { inlineStylesheets: 'never' },
  // Astro's CSP (stable since Astro 6): a <meta> policy per page with hashes of the scripts it inlines.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Pages whose data (their getStaticPaths cacheKey) and code are unchanged are not rendered again; Astro
  // builds in place into its own folder (the output step publishes what changed), so they are not even copied.
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
  // The build benchmark and the demo build keep their caches (content layer, incremental pages) apart from the site's.
  ...(process.env.NA_CACHE_DIR ? { cacheDir: process.env.NA_CACHE_DIR } : {}),
  markdown: {
    // A copy's code blocks stay plain text: Shiki's inline styles break the CSP (and Astro warns about it).
    syntaxHighlight: false,
    // Astro's default Rust processor runs no remark/rehype plugins; the copy stays verbatim (no smartypants).
    processor: unified({
      smartypants: false,
      remarkRehype: remarkRehypeOptions,
      rehypePlugins: [
        rehypeRaw,
        [rehypeSanitize, sanitizeSchema],
        [rehypeFootnoteLinks, { idPrefix: sanitizeSchema.clobberPrefix }],
        [rehypeExternalLinks, externalLinkOptions],
        rehypeParagraphIds,
        [rehypeArticleAnalysis, { registry: cachedRegistry(registryDirs()) }],
        rehypeAnalysisMarks,
      ],
    }),
  },
});
