import { describe, expect, it } from 'vitest';
import { checkAnchors, resolveAnchor, serializeLock } from '../../../src/lib/share/anchor-lock.ts';
import { AnchorLockSchema } from '../../../src/schemas/anchor-lock.ts';

const LOCK_PATH = 'content/anchors/story.json';
const published = { anchors: ['event-2023-09-07-kcna', 'p-on-thursday-kcna', 'quote-we-urge'], moved: {} };

describe('checkAnchors', () => {
  it('writes a first lock with every anchor, sorted', () => {
    const { lock, problems } = checkAnchors(undefined, ['quote-we-urge', 'p-on-thursday-kcna'], LOCK_PATH);
    expect(problems).toEqual([]);
    expect(lock).toEqual({ anchors: ['p-on-thursday-kcna', 'quote-we-urge'], moved: {} });
  });

  it('adds a new anchor and keeps the published ones', () => {
    const current = [...published.anchors, 'p-a-new-paragraph'];
    const { lock, problems } = checkAnchors(published, current, LOCK_PATH);
    expect(problems).toEqual([]);
    expect(lock.anchors).toEqual(['event-2023-09-07-kcna', 'p-a-new-paragraph', 'p-on-thursday-kcna', 'quote-we-urge']);
  });

  it('fails when a published anchor is gone without a mapping, naming it, the lock file and the candidates', () => {
    const current = ['event-2023-09-07-kcna', 'p-on-thursday-the-agency', 'quote-we-urge'];
    const { problems } = checkAnchors(published, current, LOCK_PATH);
    expect(problems).toEqual([
      'the published anchor "p-on-thursday-kcna" no longer exists, so shared links to it would break: ' +
        'map it to its new place in content/anchors/story.json, as "moved": { "p-on-thursday-kcna": "<new anchor>" } ' +
        '(new p anchors: p-on-thursday-the-agency)',
    ]);
  });

  it('honours a mapping: the old anchor stays published and resolves to the new one', () => {
    const lock = { anchors: published.anchors, moved: { 'p-on-thursday-kcna': 'p-on-thursday-the-agency' } };
    const current = ['event-2023-09-07-kcna', 'p-on-thursday-the-agency', 'quote-we-urge'];
    const result = checkAnchors(lock, current, LOCK_PATH);
    expect(result.problems).toEqual([]);
    expect(result.lock.anchors).toContain('p-on-thursday-kcna');
    expect(result.lock.anchors).toContain('p-on-thursday-the-agency');
    expect(resolveAnchor('p-on-thursday-kcna', result.lock)).toBe('p-on-thursday-the-agency');
    expect(resolveAnchor('quote-we-urge', result.lock)).toBe('quote-we-urge');
  });

  it('fails when a mapping points at an anchor the article does not have', () => {
    const lock = { anchors: published.anchors, moved: { 'p-on-thursday-kcna': 'p-nowhere' } };
    const { problems } = checkAnchors(lock, ['event-2023-09-07-kcna', 'quote-we-urge'], LOCK_PATH);
    expect(problems).toEqual(['"moved" maps "p-on-thursday-kcna" to "p-nowhere", which the article does not have']);
  });
});

describe('the lock file', () => {
  it('round-trips through its schema with a final newline', () => {
    const text = serializeLock({ anchors: ['p-a'], moved: { 'p-b': 'p-a' } });
    expect(text.endsWith('}\n')).toBe(true);
    expect(AnchorLockSchema.parse(JSON.parse(text))).toEqual({ anchors: ['p-a'], moved: { 'p-b': 'p-a' } });
  });

  it('rejects an unknown key and an anchor of another kind', () => {
    expect(AnchorLockSchema.safeParse({ anchors: [], moved: {}, extra: 1 }).success).toBe(false);
    expect(AnchorLockSchema.safeParse({ anchors: ['entity-china'], moved: {} }).success).toBe(false);
  });
});
