import { ogImage, type OgCard } from './og-image.ts';

/** A PNG response for a preview card (Astro's build log shows each image's time). */
export async function ogResponse(card: OgCard): Promise<Response> {
  const { png } = await ogImage(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
