import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMergedRegistry, loadRegistry } from '../../src/lib/registry.ts';

function registry(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const person = (id: string, extra = '') => `id: ${id}\nname: Someone\nkind: person\ndescription: A person.\n${extra}`;

describe('loadRegistry', () => {
  it('loads the real registry', () => {
    const entities = loadRegistry('content/entities');
    expect(entities.map((e) => e.id)).toContain('jake-sullivan');
    expect(entities.find((e) => e.id === 'kim-jong-un')?.aliases).toContain('Kim');
  });

  it.each([
    ['invalid YAML', { 'a.yaml': 'id: a\nname: [unclosed' }, /a\.yaml:2: \(YAML\): not valid YAML/],
    [
      'a wrong kind',
      { 'a.yaml': person('a').replace('person', 'robot') },
      /a\.yaml:3: kind: expected one of person, country/,
    ],
    [
      'a missing name',
      { 'a.yaml': 'id: a\nkind: person\ndescription: x\n' },
      /a\.yaml: name: required: the full name as text/,
    ],
    ['an unknown key', { 'a.yaml': person('a', 'born: 1970\n') }, /a\.yaml:5: born: unknown key/],
    ['an id unlike the file name', { 'a.yaml': person('b') }, /a\.yaml: id: "b" must match the file name "a"/],
    [
      'an unknown affiliation',
      { 'a.yaml': person('a', 'affiliation: nowhere\n') },
      /a\.yaml: affiliation: unknown entity "nowhere"/,
    ],
    [
      'a cycle of affiliations',
      { 'a.yaml': person('a', 'affiliation: b\n'), 'b.yaml': person('b', 'affiliation: a\n') },
      /a\.yaml: affiliation: affiliations form a cycle: a → b → a/,
    ],
  ])('rejects %s, naming the file and the field', (_name, files, message) => {
    expect(() => loadRegistry(registry(files))).toThrow(message);
  });
});

describe('loadMergedRegistry', () => {
  it('joins the aliases of one id and keeps the first folder’s other fields', () => {
    const first = registry({ 'a.yaml': person('a', 'aliases: [A]\nrole: Mayor\n') });
    const second = registry({ 'a.yaml': person('a', 'aliases: [Ay]\nrole: Governor\n'), 'b.yaml': person('b') });
    const merged = loadMergedRegistry([first, second]);
    expect(merged.map((e) => e.id)).toEqual(['a', 'b']);
    expect(merged[0]).toMatchObject({ aliases: ['A', 'Ay'], role: 'Mayor' });
  });

  it('stops on one id with two names, naming both files', () => {
    const first = registry({ 'a.yaml': person('a') });
    const second = registry({ 'a.yaml': person('a').replace('Someone', 'Someone Else') });
    expect(() => loadMergedRegistry([first, second])).toThrow(
      /a\.yaml: name: entity "a" has name "Someone Else" here but "Someone" in .*a\.yaml/,
    );
  });
});
