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
import { searchIndex } from './src/lib/search-index-integration.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Share pages only redirect to their article (canonical): they stay out of the sitemap.
  integrations: [
    sitemap({ filter: (page) => !/\/(articles|stories)\/[^/]+\/s\//.test(page) }),
    searchIndex({ language: SITE.lang }),
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
  // Pages whose data (their getStaticPaths cacheKey) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
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
