/** Words of the text that name a row. */
const ID_WORDS = 5;

/**
 * A row id from its text, stable while the text stays (`quote-row-yes-of-course-military-actions`);
 * `used` keeps ids unique within one comparison (a second row of the same words gets `-2`).
 */
export function rowId(prefix: string, text: string, used: Set<string>): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, ID_WORDS);
  const base = `${prefix}-${words.join('-') || 'untitled'}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
