import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './built-pages.ts';

// html-validate's recommended rules (.htmlvalidate.json) over every page the build wrote.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
  it.each(builtPages())('%s', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    const problems = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
