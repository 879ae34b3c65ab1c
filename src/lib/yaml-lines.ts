import { isScalar, LineCounter, parseDocument } from 'yaml';

/**
 * The 1-based line of a field in YAML text (`['corrections', 'hide', 0]`): the deepest part of the path
 * the text has, so a missing key points at its parent. Undefined when the text does not parse or the
 * first key is absent.
 */
export function yamlFieldLine(text: string, path: readonly PropertyKey[]): number | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  for (let depth = path.length; depth > 0; depth--) {
    const keys = path.slice(0, depth).map((key) => (typeof key === 'symbol' ? String(key) : key));
    const node = document.getIn(keys, true);
    const pair = depth === 1 || isScalar(node) ? keyOffset(document, keys) : undefined;
    const offset = pair ?? (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return undefined;
}

/** Where the key of a mapping entry starts, so a scalar field points at its own line ("published: …"). */
function keyOffset(document: ReturnType<typeof parseDocument>, keys: readonly (string | number)[]): number | undefined {
  const parent = keys.length === 1 ? document.contents : document.getIn(keys.slice(0, -1), true);
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  const last = keys.at(-1);
  const pair = items?.find((item) => item.key?.value === last);
  return pair?.key?.range?.[0];
}
