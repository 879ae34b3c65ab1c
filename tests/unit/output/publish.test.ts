import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InventorySchema, treeId } from '../../../src/lib/output/inventory.ts';
import { commit, inventoryFile, markBuilding, publishPaths, recover } from '../../../src/lib/output/publish.ts';

function tree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const inventory = { version: 1, articleCode: 'x', astro: ['a.txt', 'd/e.txt'], articles: {}, search: {} };

function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'na-publish-'));
  const paths = publishPaths(join(root, 'dist'), join(root, 'cache'));
  tree(paths.target, { 'a.txt': 'old a', 'b/b.txt': 'b, to remove', 'c.txt': 'unchanged' });
  tree(paths.staging, { 'a.txt': 'new a', 'd/e.txt': 'new e' });
  return paths;
}

describe('the commit', () => {
  it('moves the staged files in, removes the deleted ones and records the inventory of the published tree', () => {
    const paths = setUp();
    commit(paths, { writes: ['a.txt', 'd/e.txt'], deletes: ['b/b.txt'], replace: false, inventory });
    expect(read(paths.target, 'a.txt')).toBe('new a');
    expect(read(paths.target, 'd/e.txt')).toBe('new e');
    expect(read(paths.target, 'c.txt')).toBe('unchanged');
    expect(existsSync(join(paths.target, 'b'))).toBe(false);
    expect(existsSync(paths.staging)).toBe(false);
    const written = InventorySchema.parse(JSON.parse(readFileSync(inventoryFile(paths), 'utf8')));
    expect(written.tree).toEqual(treeId(paths.target));
  });

  it('is completed by the next build when the process was cut off after its journal', () => {
    const paths = setUp();
    const journal = {
      staging: paths.staging,
      target: paths.target,
      writes: ['a.txt', 'd/e.txt'],
      deletes: ['b/b.txt'],
      replace: false,
    };
    tree(paths.state, { 'journal.json': JSON.stringify(journal), 'inventory.next.json': JSON.stringify(inventory) });
    const lines: string[] = [];
    recover(paths, (line) => lines.push(line));
    expect(lines).toEqual(['completing the commit an earlier build began']);
    expect(read(paths.target, 'a.txt')).toBe('new a');
    expect(existsSync(join(paths.target, 'b', 'b.txt'))).toBe(false);
    expect(existsSync(join(paths.state, 'journal.json'))).toBe(false);
    expect(existsSync(inventoryFile(paths))).toBe(true);
  });

  it('replaces the whole tree when the staging folder holds the whole site', () => {
    const paths = setUp();
    commit(paths, { writes: ['a.txt', 'd/e.txt'], deletes: [], replace: true, inventory });
    expect(read(paths.target, 'a.txt')).toBe('new a');
    expect(existsSync(join(paths.target, 'c.txt'))).toBe(false);
  });
});

describe('after a build that did not finish', () => {
  it('puts back what it wrote in the work tree as published, and drops what was never published', () => {
    const paths = setUp();
    tree(paths.work, { 'a.txt': 'old a', 'c.txt': 'unchanged' });
    const old = new Date(Date.now() - 60_000);
    for (const file of ['a.txt', 'c.txt']) utimesSync(join(paths.work, file), old, old);
    const started = markBuilding(paths);
    expect(started).toBeLessThanOrEqual(Date.now());
    tree(paths.work, { 'a.txt': 'a of the build that was killed', 'x.txt': 'never published' });
    const lines: string[] = [];
    recover(paths, (line) => lines.push(line));
    expect(lines).toEqual(['an earlier build did not finish: 2 files of the work tree put back as published']);
    expect(read(paths.work, 'a.txt')).toBe('old a');
    expect(existsSync(join(paths.work, 'x.txt'))).toBe(false);
    expect(read(paths.work, 'c.txt')).toBe('unchanged');
    expect(existsSync(paths.staging)).toBe(false);
  });
});
