import type { Root } from 'hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeFootnoteLinks, { remarkRehypeOptions } from './footnotes.ts';
import { externalLinkOptions, sanitizeSchema } from './sanitize-schema.ts';

/**
 * The body as the site renders it, before ids and marks: Markdown to HTML tree, raw HTML parsed and
 * sanitised. The site's pipeline (astro.config.mjs) applies the same steps, so the command line and
 * the site analyse the same text.
 */
export async function bodyToHast(markdown: string): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeFootnoteLinks, { idPrefix: sanitizeSchema.clobberPrefix ?? '' })
    .use(rehypeExternalLinks, externalLinkOptions);
  return (await processor.run(processor.parse(markdown))) as Root;
}
