import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../lib/json-schema-response.ts';
import { AnalysisSchema } from '../../schemas/analysis.ts';

/** JSON Schema of every /articles/<slug>/analysis.json, generated from the zod schema. */
export const GET: APIRoute = () => jsonSchemaResponse(AnalysisSchema);
