import { z } from 'astro/zod';
import { closedObject } from './schema-helpers.ts';

const AnchorSchema = z
  .string()
  .regex(/^(p|quote|event)-[\p{L}\p{N}-]+$/u, 'expected an anchor such as "p-…", "quote-…" or "event-…"');

/** `content/anchors/<slug>.json`: every anchor an article has published, and where moved ones went. */
export const AnchorLockSchema = closedObject({
  /** Every anchor ever published for the article, sorted. */
  anchors: z.array(AnchorSchema),
  /** Old anchor → the anchor it now lands on. */
  moved: z.record(AnchorSchema, AnchorSchema).default({}),
});
export type AnchorLock = z.infer<typeof AnchorLockSchema>;
