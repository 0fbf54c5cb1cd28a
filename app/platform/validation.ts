import { parseWithZod } from '@conform-to/zod';
import type { z } from 'zod';
import { DomainError } from './errors';

/** The issue's catalogue key: schemas give catalogue keys as their messages; anything else reads as "required". */
const messageKeyOf = (issue: z.ZodIssue) =>
  /^[a-z]+\.[\w.]+$/.test(issue.message) ? issue.message : 'error.field.required';

const invalidFields = (fieldErrors: Record<string, string>) =>
  new DomainError('invalid', 'error.field.required', undefined, fieldErrors);

/**
 * Parses with zod; turns problems into a DomainError whose fieldErrors are catalogue keys
 * (schemas give catalogue keys as their messages, e.g. 'error.field.required'). A posted form is read as its
 * page reads it (`parseFormOrThrow`), so domain functions can check a form after deciding who may send it.
 */
export function parseOrThrow<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  if (input instanceof FormData) return parseFormOrThrow(input, schema);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.')] ??= messageKeyOf(issue);
  throw invalidFields(fieldErrors);
}

/**
 * A posted form read by its schema, the same way on the page (with `message` turning a key into words) and on
 * the server. Fields arrive as the strings the form posts (no coercion): the schemas are written for those.
 */
export function parseFormWith<T extends z.ZodTypeAny>(
  form: FormData,
  schema: T,
  message: (key: string) => string = (key) => key,
) {
  return parseWithZod(form, {
    schema,
    disableAutoCoercion: true,
    formatError: (issues: z.ZodIssue[]) => [message(messageKeyOf(issues[0]))],
  });
}

/** Secrets are never sent back to the page. */
const SECRET = /password|token|secret/i;

/** The posted text fields (not files, not secrets) to show again in a refused form. */
function postedText(form: FormData): Record<string, string | string[]> {
  const posted: Record<string, string | string[]> = {};
  for (const [name, value] of form) {
    if (typeof value !== 'string' || SECRET.test(name)) continue;
    const before = posted[name];
    posted[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return posted;
}

/**
 * For actions: the posted form's values by the form's schema, or a DomainError with each field's catalogue key
 * and the text fields as posted.
 */
export function parseFormOrThrow<T extends z.ZodTypeAny>(form: FormData, schema: T): z.output<T> {
  const submission = parseFormWith(form, schema);
  if (submission.status === 'success') return submission.value;
  const refused = invalidFields(
    Object.fromEntries(
      Object.entries(submission.error ?? {}).flatMap(([field, keys]) => (keys?.length ? [[field, keys[0]]] : [])),
    ),
  );
  refused.posted = postedText(form);
  throw refused;
}
