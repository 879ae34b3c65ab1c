import { SHARE_SLOTS, slotToken, type ShareSlot } from './share-slots.ts';
import type { SharePage } from './build-data.ts';
import { sharePath } from '../share/share-paths.ts';

/** A share page template cut at its slots: text between them, and which slot comes after each piece. */
export interface ShareTemplate {
  parts: string[];
  slots: ShareSlot[];
}

const KIND = new Map<string, (typeof SHARE_SLOTS)[number][1]>(SHARE_SLOTS);

/** Cuts the template Astro rendered; every slot must be in it, or the fill would silently lose a field. */
export function parseShareTemplate(html: string): ShareTemplate {
  const byToken = new Map(SHARE_SLOTS.map(([name]) => [slotToken(name), name]));
  const pattern = new RegExp([...byToken.keys()].join('|'), 'g');
  const parts: string[] = [];
  const slots: ShareSlot[] = [];
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    parts.push(html.slice(last, match.index));
    slots.push(byToken.get(match[0])!);
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  const missing = SHARE_SLOTS.map(([name]) => name).filter((name) => !slots.includes(name));
  if (missing.length > 0) throw new Error(`share page template: no slot for ${missing.join(', ')}`);
  return { parts, slots };
}

/** One share page's HTML: the template with each slot filled, escaped for text and attributes alike. */
export function fillSharePage(template: ShareTemplate, slug: string, page: SharePage): string {
  const values: Record<ShareSlot, string> = {
    title: page.title,
    description: page.description,
    lead: page.lead,
    leadTitle: page.leadTitle,
    imageAlt: page.imageAlt,
    lang: page.language.lang,
    dir: page.language.dir,
    ogLocale: page.language.ogLocale,
    destination: page.destination,
    page: page.destination.split('#')[0]!,
    path: sharePath(slug, page.anchor),
    image: page.image,
  };
  let html = template.parts[0]!;
  template.slots.forEach((slot, i) => {
    const value = KIND.get(slot) === 'path' ? values[slot].slice(1) : values[slot];
    html += escapeHtml(value) + template.parts[i + 1]!;
  });
  return html;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
