/**
 * The share page template's slots: each field of a share page, and whether it is text or a site path.
 * A path slot is written `/<token>` in the template (the components make absolute URLs of paths), so it
 * is filled with the path less its leading slash.
 */
export const SHARE_SLOTS = [
  ['title', 'text'],
  ['description', 'text'],
  ['lead', 'text'],
  ['leadTitle', 'text'],
  ['imageAlt', 'text'],
  ['lang', 'text'],
  ['dir', 'text'],
  ['ogLocale', 'text'],
  ['destination', 'path'],
  ['page', 'path'],
  ['path', 'path'],
  ['image', 'path'],
] as const;

/** The name of one slot. */
export type ShareSlot = (typeof SHARE_SLOTS)[number][0];

/** The token standing for a slot in the template: letters and hyphens only, so no escaping changes it. */
export function slotToken(name: ShareSlot): string {
  return `na-slot-${name.toLowerCase()}-na`;
}
