import { z } from 'astro/zod';

/**
 * `z.object(shape)` that rejects unknown keys. Unlike `.strict()`, each issue's path is the unknown key
 * itself, so the build's message names the field ("colour: unknown key ...").
 */
export function closedObject<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodObject<Shape, z.core.$strict> {
  const allowed = Object.keys(shape).join(', ');
  const rejectKey = z.custom<never>(() => false, { error: `unknown key: remove it, or use one of ${allowed}` });
  // Typed as strict: the catchall accepts nothing, so the output has exactly the shape's keys.
  return z.object(shape).catchall(rejectKey) as unknown as z.ZodObject<Shape, z.core.$strict>;
}

/**
 * An error map for one field: "required: …" when it is missing, "expected …, got …" when it has the wrong
 * type; other issues keep their own messages.
 */
export function expected(what: string) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return `required: ${what}`;
    const got = Array.isArray(issue.input)
      ? 'a list'
      : issue.input instanceof Date
        ? 'an unquoted date'
        : `${typeof issue.input}`;
    return `expected ${what}, got ${got}`;
  };
}
