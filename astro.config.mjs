// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { sanitizeSchema } from './src/markdown/sanitize-schema.ts';
import rehypeParagraphIds from './src/markdown/rehype-paragraph-ids.ts';
import rehypeArticleAnalysis from './src/markdown/rehype-article-analysis.ts';
import rehypeAnalysisMarks from './src/markdown/rehype-analysis-marks.ts';
import { registryDirs } from './src/lib/content-paths.ts';
import { cachedRegistry } from './src/lib/registry.ts';
import { SITE } from './src/site.ts';
import { searchIndex } from './src/lib/search-index-integration.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  integrations: [searchIndex({ language: SITE.lang })],
  // The build benchmark keeps its content-layer cache apart from the project's.
  ...(process.env.NA_CACHE_DIR ? { cacheDir: process.env.NA_CACHE_DIR } : {}),
  markdown: {
    // Astro's default Rust processor runs no remark/rehype plugins; the copy stays verbatim (no smartypants).
    processor: unified({
      smartypants: false,
      rehypePlugins: [
        rehypeRaw,
        [rehypeSanitize, sanitizeSchema],
        rehypeParagraphIds,
        [rehypeArticleAnalysis, { registry: cachedRegistry(registryDirs()) }],
        rehypeAnalysisMarks,
      ],
    }),
  },
});
