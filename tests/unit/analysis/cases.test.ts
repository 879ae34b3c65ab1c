// The shared cases (tests/fixtures/cases/turn2/, copied from ../shared/cases/turn2/): small copies, each the kind of
// input a public bug report of a peer tool describes, with its right values in `.expected.yaml`, written before the
// engine ran on them. Cases 01–05, 07, 09, 10 and 12 are the engine's; 14 and 15 are the site's (tests/build/).
// Quotations and entities are checked here, dates and event summaries in tests/unit/cases/turn2-dates-events.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '../../../src/markdown/analyze-markdown.ts';
import type { Analysis } from '../../../src/schemas/analysis.ts';

const DIR = 'tests/fixtures/cases/turn2';
const ENGINE_CASES = ['01', '02', '03', '04', '05', '07', '09', '10', '12'];

interface CaseExpected {
  quotes?: { text: string; speaker: string; role?: string; channel?: string | null }[];
  not_quotes?: string[];
  entities?: { name: string; kind: string; role?: string; mentions?: number }[];
  not_entities?: string[];
}

/** Compared without case, a leading article or "another", or trailing punctuation. */
const bare = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(?:a|an|the|another)\s+/, '')
    .replace(/[\s,.]+$/, '')
    .trim();

const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && ENGINE_CASES.includes(f.slice(0, 2)));

describe.each(files)('shared case %s', (file) => {
  let analysis: Analysis;
  const expected = load(readFileSync(join(DIR, file.replace(/\.md$/, '.expected.yaml')), 'utf8')) as CaseExpected;
  beforeAll(async () => {
    analysis = await analyzeMarkdown(readFileSync(join(DIR, file), 'utf8'), []);
  });

  it('finds every quotation with its speaker, role and channel', () => {
    for (const q of expected.quotes ?? []) {
      const found = analysis.quotes.find((f) => bare(f.text) === bare(q.text));
      expect(found, `quotation “${q.text}”`).toBeDefined();
      // An unnamed speaker may be given by the head of its description: "a man" for "a man who goes by…".
      const speaker = bare(found!.speaker?.name ?? '');
      expect(speaker.length > 0 && bare(q.speaker).startsWith(speaker), `speaker of “${q.text}”: ${speaker}`).toBe(
        true,
      );
      if (q.role) expect(bare(found!.speaker?.role ?? ''), `role of ${q.speaker}`).toBe(bare(q.role));
      if (q.channel !== undefined) expect(found!.channel ?? null, `channel of “${q.text}”`).toBe(q.channel);
    }
    for (const text of expected.not_quotes ?? []) {
      expect(
        analysis.quotes.map((f) => bare(f.text)),
        `not a quotation: ${text}`,
      ).not.toContain(bare(text));
    }
  });

  it('finds every entity with its kind, role and mentions', () => {
    for (const e of expected.entities ?? []) {
      const found = analysis.entities.find((f) => bare(f.name) === bare(e.name));
      expect(found, `entity ${e.name}`).toBeDefined();
      expect(found!.kind, `kind of ${e.name}`).toBe(e.kind);
      if (e.role) expect(bare(found!.role ?? ''), `role of ${e.name}`).toBe(bare(e.role));
      if (e.mentions !== undefined) expect(found!.mentions, `mentions of ${e.name}`).toBe(e.mentions);
    }
    for (const name of expected.not_entities ?? []) {
      expect(
        analysis.entities.map((f) => bare(f.name)),
        `not an entity: ${name}`,
      ).not.toContain(bare(name));
    }
  });
});
