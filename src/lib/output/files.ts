import { copyFileSync, linkSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** A file of a tree: its path relative to the root (forward slashes) and when it was last written. */
export interface TreeFile {
  path: string;
  mtimeMs: number;
}

/** Every file under `root` with its modification time; an absent root has none. */
export function walkTree(root: string): TreeFile[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full).split(sep).join('/'), mtimeMs: statSync(full).mtimeMs };
    });
}

/** Makes `to` the same file as `from` without copying its bytes where the file system allows (a hard link). */
export function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

/** Removes the empty folders from `dir` up to (not including) `root`, after a file in `dir` was deleted. */
export function removeEmptyParents(root: string, dir: string): void {
  let current = dir;
  while (current.length > root.length && current.startsWith(root)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
    current = dirname(current);
  }
}
