import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'astro/zod';

/** The identity of a folder: its inode and birth time, which stay with it when it is renamed. */
const TreeIdSchema = z.object({ ino: z.number(), born: z.number() });
export type TreeId = z.infer<typeof TreeIdSchema>;

/** Files one source put in the site, with the hash of what they were made from. */
const OwnedFilesSchema = z.object({ hash: z.string(), files: z.array(z.string()) });

/**
 * What the published site holds, by who made it: the output step compares it with the new build to write
 * only what changed and to remove what is gone. It describes one tree, named by its identity.
 */
export const InventorySchema = z.object({
  version: z.literal(1),
  /** The tree it describes; another tree (rebuilt, replaced by hand) is not trusted. */
  tree: TreeIdSchema,
  /** Digest of the output step's code and the template of share pages: a change remakes every article's files. */
  articleCode: z.string(),
  /** Files of Astro's routes, Vite's bundles, the public folder and the sitemap. */
  astro: z.array(z.string()),
  /** Per article slug: its share pages and preview images, and the hash of its search records. */
  articles: z.record(z.string(), OwnedFilesSchema.extend({ records: z.string() })),
  /** Per search shard: its index files. */
  search: z.record(z.string(), OwnedFilesSchema),
});
export type Inventory = z.infer<typeof InventorySchema>;

/** The identity of a folder, or undefined when it does not exist. */
export function treeId(dir: string): TreeId | undefined {
  if (!existsSync(dir)) return undefined;
  const stat = statSync(dir);
  return { ino: stat.ino, born: stat.birthtimeMs };
}

/** The inventory of `tree`, if one was written for that very folder; anything else means "unknown". */
export function readInventory(file: string, tree: string): Inventory | undefined {
  const id = treeId(tree);
  if (!id || !existsSync(file)) return undefined;
  const parsed = InventorySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) return undefined;
  return parsed.data.tree.ino === id.ino && parsed.data.tree.born === id.born ? parsed.data : undefined;
}

/** Writes a JSON file under a temporary name first, so that a reader never sees half of it. */
export function writeJsonAtomic(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(data));
  renameSync(temporary, file);
}
