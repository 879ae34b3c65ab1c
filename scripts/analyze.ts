// `npm run analyze -- <copy.md> [--json] [--registry <dir>]`: analyses one Markdown copy.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMarkdown, splitFrontmatter } from '../src/markdown/analyze-markdown.ts';
import { formatIssue } from '../src/lib/format-issue.ts';
import { loadRegistry } from '../src/lib/registry.ts';
import { registryDirFor } from '../src/lib/registry-dir.ts';
import type { Analysis } from '../src/schemas/analysis.ts';
import { CorrectionsSchema } from '../src/schemas/corrections.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, registry: { type: 'string' } },
});
const path = positionals[0];
if (!path) fail('usage: npm run analyze -- <path/to/copy.md> [--json] [--registry <dir>]');
if (!existsSync(path)) fail(`${path}: no such file`);

const markdown = readFileSync(path, 'utf8');
const { data } = splitFrontmatter(markdown);
const corrections = CorrectionsSchema.safeParse(data.corrections ?? {});
if (!corrections.success) {
  const issue = corrections.error.issues[0]!;
  fail(`${path}: corrections.${issue.path.join('.')}: ${formatIssue(issue)}`);
}

try {
  const analysis = await analyzeMarkdown(markdown, loadRegistry(registryDirFor(path, values.registry)), {
    corrections: corrections.data,
  });
  console.log(values.json ? JSON.stringify(analysis, null, 2) : report(String(data.title ?? path), analysis));
} catch (error) {
  const field = (error as { field?: string }).field;
  fail(`${path}: ${field ? `${field}: ` : ''}${(error as Error).message}`);
}

function report(title: string, analysis: Analysis): string {
  const lines = [title, `published ${analysis.published}`, '', 'Entities'];
  for (const e of analysis.entities)
    lines.push(`  ${e.name} (${e.kind}${e.registered ? '' : ', unregistered'}) ×${e.mentions}`);
  lines.push('', 'Quotes');
  for (const q of analysis.quotes) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : 'unknown speaker';
    lines.push(`  “${q.text}”`, `      — ${who}${q.channel ? `, ${q.channel}` : ''} [${q.attribution}]`);
  }
  lines.push('', 'Events');
  for (const e of analysis.events) {
    lines.push(
      `  ${e.date.start}${e.date.end !== e.date.start ? `..${e.date.end}` : ''} (${e.date.precision}) “${e.phrase}”: ${e.summary}`,
    );
    lines.push(
      `      actors: ${e.actors.join(', ') || '—'}${e.source ? `; reported by ${e.source}` : ''}`,
      `      why: ${e.date.reason}`,
    );
  }
  if (analysis.warnings.length > 0)
    lines.push('', 'Warnings', ...analysis.warnings.map((w) => `  ${w.span?.paragraph ?? ''}: ${w.message}`));
  return lines.join('\n');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
