import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../lib/json-schema-response.ts';
import { ComparisonSchema } from '../../schemas/comparison.ts';

/** JSON Schema of every /stories/<id>/comparison.json, generated from the zod schema. */
export const GET: APIRoute = () => jsonSchemaResponse(ComparisonSchema);
