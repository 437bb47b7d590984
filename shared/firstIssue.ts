import type { z } from 'zod';

/**
 * The first problem zod found, as the service reports it: the field's dotted path (empty for the
 * whole value) and "<what>: <field>: <message>" for logs. One wording for a bad API argument and
 * a bad command alike.
 */
export function firstIssue(what: string, error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  return { field, message: `${what}: ${field ? field + ': ' : ''}${issue?.message ?? 'invalid'}` };
}
