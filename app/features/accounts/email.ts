import { z } from 'zod';

/** An e-mail address as accounts store it (trimmed, lower case); forms check it in the browser too. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'error.field.required')
  .max(254, 'error.field.email')
  .email('error.field.email');
