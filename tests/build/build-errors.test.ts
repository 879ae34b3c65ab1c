import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFromCases } from './build-runner.ts';

// `npm run build` on a broken copy prints the one line the README promises (file:line: field: reason),
// not Astro's error block (its docs hint, a `:0:0` location, a stack trace through node_modules).
const CASES = [
  ['date-without-offset', /articles\/date-without-offset\.md:4: published: expected an ISO 8601 date-time/],
  ['unknown-entity', /articles\/unknown-entity\.md:8: entities\.1: unknown entity "atlantis"/],
  ['quote-correction-not-verbatim', /quote-correction-not-verbatim\.md:9: corrections\.quoteSpeakers\[0\]\.quote: /],
  ['entity-unknown-kind', /entities\/ufo\.yaml:3: kind: expected one of person, country/],
  ['title-unescaped-quote', /title-unescaped-quote\.md:2: title: not valid YAML: a quotation mark inside the value/],
] as const;

describe('npm run build on a broken copy', () => {
  it.each(CASES)(
    '%s: one line with the file, line, field and reason',
    (name, line) => {
      const result = spawnSync(process.execPath, ['scripts/build-atomic.ts'], {
        env: {
          ...process.env,
          NA_CONTENT_DIR: contentFromCases([join('tests/fixtures/bad', name)]),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
        },
        encoding: 'utf8',
        timeout: 180_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output.split('\n').filter((text) => line.test(text))).toHaveLength(1);
      for (const noise of [
        'Stack trace',
        'node_modules',
        ':0:0',
        'Hint',
        'content.config.ts',
        'docs.astro.build',
        'Error]',
      ])
        expect(output).not.toContain(noise);
      expect(output).toContain('build failed: dist/ was left as it was');
    },
    180_000,
  );
});
