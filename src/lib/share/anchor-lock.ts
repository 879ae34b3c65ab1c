import type { AnchorLock } from '../../schemas/anchor-lock.ts';

/** The outcome of checking an article's anchors against its lock. */
export interface AnchorCheck {
  /** The lock to write: every anchor published so far, with the current ones added. */
  lock: AnchorLock;
  /** One message per published anchor that no longer lands anywhere; empty when all is well. */
  problems: string[];
}

/**
 * Checks the anchors an article has now against those it has published (`lock`, undefined for a new
 * article). A published anchor must still exist, or be mapped in `moved` to one that does.
 */
export function checkAnchors(lock: AnchorLock | undefined, current: readonly string[], lockPath: string): AnchorCheck {
  const now = new Set(current);
  const published = lock?.anchors ?? [];
  const moved = lock?.moved ?? {};
  const problems: string[] = [];
  for (const [old, target] of Object.entries(moved)) {
    if (!now.has(target)) problems.push(`"moved" maps "${old}" to "${target}", which the article does not have`);
  }
  const added = current.filter((anchor) => !published.includes(anchor));
  for (const anchor of published) {
    if (now.has(anchor) || anchor in moved) continue;
    const sameKind = added.filter((candidate) => kindOf(candidate) === kindOf(anchor));
    const hint = sameKind.length ? ` (new ${kindOf(anchor)} anchors: ${sameKind.join(', ')})` : '';
    problems.push(
      `the published anchor "${anchor}" no longer exists, so shared links to it would break: ` +
        `map it to its new place in ${lockPath}, as "moved": { "${anchor}": "<new anchor>" }${hint}`,
    );
  }
  const anchors = [...new Set([...published, ...current])].sort();
  return { lock: { anchors, moved: sortKeys(moved) }, problems };
}

/** Where an anchor lands now: itself, or the anchor the lock maps it to. */
export function resolveAnchor(anchor: string, lock: Pick<AnchorLock, 'moved'>): string {
  return lock.moved[anchor] ?? anchor;
}

/** The lock as committed: stable key order and a final newline, so that diffs stay small. */
export function serializeLock(lock: AnchorLock): string {
  return `${JSON.stringify({ anchors: lock.anchors, moved: sortKeys(lock.moved) }, null, 2)}\n`;
}

function kindOf(anchor: string): string {
  return anchor.slice(0, anchor.indexOf('-'));
}

function sortKeys(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
