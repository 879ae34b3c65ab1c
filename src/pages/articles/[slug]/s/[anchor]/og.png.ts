import type { APIRoute } from 'astro';
import { quoteImagePaths, speakerLabel } from '../../../../../lib/share/share-paths.ts';
import { ogResponse } from '../../../../../lib/share/og-endpoint.ts';

export const getStaticPaths = quoteImagePaths;

/** A quotation's 1200×630 preview image. */
export const GET: APIRoute = async ({ props }) => {
  const { article, quote } = props as Awaited<ReturnType<typeof quoteImagePaths>>[number]['props'];
  return ogResponse({
    kind: 'quote',
    text: quote.text,
    speaker: speakerLabel(quote),
    article: article.title,
    language: article.language.name,
  });
};
