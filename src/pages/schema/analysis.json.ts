import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { AnalysisSchema } from '../../schemas/analysis.ts';

/** JSON Schema of every /articles/<slug>/analysis.json, generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(AnalysisSchema, { io: 'output' }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
