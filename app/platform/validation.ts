import type { z } from 'zod';
import { DomainError } from './errors';

/**
 * Parses with zod; turns problems into a DomainError whose fieldErrors are catalogue keys
 * (schemas give catalogue keys as their messages, e.g. 'error.field.required').
 */
export function parseOrThrow<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.')] ??= /^[a-z]+\.[\w.]+$/.test(issue.message) ? issue.message : 'error.field.required';
  throw new DomainError('invalid', 'error.field.required', undefined, fieldErrors);
}
