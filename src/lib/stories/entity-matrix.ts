import type { Analysis } from '../../schemas/analysis.ts';
import type { EntityRow } from '../../schemas/comparison.ts';
import { paragraphNumbers } from './paragraph-numbers.ts';

/** One copy's entities and mentions; copies come in story order. */
export interface CopyEntities {
  slug: string;
  analysis: Pick<Analysis, 'entities' | 'mentions' | 'paragraphs'>;
}

/**
 * Who is named where: one row per entity that any copy names, with each copy's mention count and the
 * paragraph of its first mention; `key` marks the story's own entities. Most copies first, then most
 * mentions, then by name.
 */
export function entityMatrix(copies: readonly CopyEntities[], keyEntities: readonly string[] = []): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const { slug, analysis } of copies) {
    const numbers = paragraphNumbers(analysis.paragraphs);
    const firstParagraph = new Map<string, string>();
    for (const mention of analysis.mentions) {
      if (!firstParagraph.has(mention.entity)) firstParagraph.set(mention.entity, mention.span.paragraph);
    }
    for (const entity of analysis.entities) {
      const paragraph = firstParagraph.get(entity.id);
      if (entity.mentions === 0 || paragraph === undefined) continue;
      const row = rows.get(entity.id) ?? {
        id: entity.id,
        name: entity.name,
        kind: entity.kind,
        registered: entity.registered,
        key: keyEntities.includes(entity.id),
        copies: [],
      };
      row.copies.push({
        copy: slug,
        mentions: entity.mentions,
        paragraph,
        paragraphNumber: numbers.get(paragraph) ?? 1,
      });
      rows.set(entity.id, row);
    }
  }
  const total = (row: EntityRow) => row.copies.reduce((n, c) => n + c.mentions, 0);
  return [...rows.values()].sort(
    (a, b) => b.copies.length - a.copies.length || total(b) - total(a) || a.name.localeCompare(b.name),
  );
}
