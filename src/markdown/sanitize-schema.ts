import type { Schema } from 'hast-util-sanitize';
import type { Options } from 'rehype-external-links';
import { defaultSchema } from 'rehype-sanitize';

/**
 * What raw HTML in a copy may keep: GitHub's allow-list without ids (but footnotes'), classes, forms,
 * images from elsewhere or inline styles. Ids and marks are added after sanitising, by our own plugins.
 */
export const sanitizeSchema: Readonly<Schema> = {
  ...defaultSchema,
  clobberPrefix: 'user-content-',
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'input', 'picture', 'source'].includes(tag)),
  attributes: {
    ...defaultSchema.attributes,
    '*': ['title', 'lang', 'dir'],
    // Footnotes (remark-gfm): their ids are prefixed like every kept id, and rehypeFootnoteLinks follows.
    a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['id', /^fnref-[\w-]+$/]],
    li: [['id', /^fn-[\w-]+$/]],
    h2: [['id', 'footnote-label']],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template'],
};

/** Links that leave the site get no handle on this page (`noopener`) and send no referrer (`noreferrer`). */
export const externalLinkOptions: Readonly<Options> = { rel: ['noopener', 'noreferrer'] };
