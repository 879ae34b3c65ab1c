import type { z } from 'astro/zod';

/** One zod issue as a sentence for an editor: what was expected, and what was found when useful. */
export function formatIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? `expected ${issue.expected}` : issue.message;
    default:
      return issue.message;
  }
}
