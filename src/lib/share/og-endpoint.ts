import { ogImage, type OgCard } from './og-image.ts';

/** A PNG response for a preview card; logs whether it was rendered or came from the cache, and how long it took. */
export async function ogResponse(name: string, card: OgCard): Promise<Response> {
  const { png, rendered, ms } = await ogImage(card);
  console.log(`og-image ${name}: ${rendered ? 'rendered' : 'from cache'} in ${ms.toFixed(0)} ms`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
