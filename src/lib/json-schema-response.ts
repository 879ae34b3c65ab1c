import { z } from 'astro/zod';

/** A zod schema's JSON Schema (its output side) as a response, for the `/schema/*.json` routes. */
export function jsonSchemaResponse(schema: z.ZodType): Response {
  return new Response(JSON.stringify(z.toJSONSchema(schema, { io: 'output' }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
}
