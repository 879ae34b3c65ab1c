import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../src/schemas/analysis.ts';

// Reads what `npm run build` wrote (npm test builds before it runs these).
const page = readFileSync('dist/articles/china-delegation-north-korea/index.html', 'utf8');
const analysis = AnalysisSchema.parse(
  JSON.parse(readFileSync('dist/articles/china-delegation-north-korea/analysis.json', 'utf8')),
);

describe('the built seed page', () => {
  it('publishes a valid analysis.json and its JSON Schema', () => {
    expect(analysis.quotes).toHaveLength(4);
    const schema = JSON.parse(readFileSync('dist/schema/analysis.json', 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['entities', 'quotes', 'events', 'dates']));
  });

  it('feeds the quotes, timeline and who’s-who sections from the analysis', () => {
    const section = (id: string) =>
      page.slice(page.indexOf(`id="${id}"`), page.indexOf('</section>', page.indexOf(`id="${id}"`)));
    for (const quote of analysis.quotes) expect(section('quotes')).toContain(`id="${quote.id}"`);
    expect(section('quotes')).toContain('Jake Sullivan');
    expect(section('quotes')).toContain('an NSC spokeswoman');
    for (const event of analysis.events) expect(section('timeline')).toContain(`id="${event.id}"`);
    expect(section('timeline')).toContain('Thu 7 Sep 2023');
    expect(section('entities')).toContain('id="entity-jake-sullivan"');
  });

  it('has no inline event handler and no javascript: link', () => {
    expect(page).not.toMatch(/\son[a-z]+=/i);
    expect(page).not.toMatch(/javascript:/i);
  });
});
