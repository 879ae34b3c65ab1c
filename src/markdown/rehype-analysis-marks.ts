import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { wrapRange } from './wrap-range.ts';

/**
 * Marks the analysis in the body: each quotation becomes a `span.na-quote` that the quotes sidebar links
 * to, each entity mention a link to its who's-who card with its name and role as a label. Only elements
 * are added; the paragraph's text stays as it was. Runs after `rehypeArticleAnalysis`.
 */
export default function rehypeAnalysisMarks() {
  return (_tree: Root, file: VFile): void => {
    const analysis = file.data.analysis;
    const paragraphs = new Map((file.data.paragraphs ?? []).map((p) => [p.id, p.element]));
    if (!analysis) return;
    const entities = new Map(analysis.entities.map((e) => [e.id, e]));
    for (const quote of analysis.quotes) {
      const element = paragraphs.get(quote.paragraph);
      if (!element) continue;
      wrapRange(element, quote.span.start, quote.span.end, {
        type: 'element',
        tagName: 'span',
        properties: { className: ['na-quote'], id: `${quote.id}-text`, dataQuote: quote.id },
      });
    }
    for (const mention of analysis.mentions) {
      const element = paragraphs.get(mention.span.paragraph);
      const entity = entities.get(mention.entity);
      if (!element || !entity) continue;
      wrapRange(
        element,
        mention.span.start,
        mention.span.end,
        {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['na-mention', `na-kind-${entity.kind}`],
            href: `#entity-${entity.id}`,
            dataLabel: entity.role ? `${entity.name}, ${entity.role}` : `${entity.name} (${entity.kind})`,
          },
        },
        ['a'],
      );
    }
  };
}
