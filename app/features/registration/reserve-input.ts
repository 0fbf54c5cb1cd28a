/** Reserving a number for a document still to be written: the form's schema, checked in the browser and on the server. */
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../../db/schema';
import { PART_PATTERN } from './scheme-input';

export const reserveForm = z.object({
  type: z.enum(DOCUMENT_TYPES, { message: 'error.field.required' }),
  title: z.string().trim().min(1, 'error.field.required').max(500, 'submissions.tooLong'),
  part: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .trim()
      .toUpperCase()
      .max(10, 'registration.badPartField')
      .optional()
      .refine((p) => !p || PART_PATTERN.test(p), 'registration.badPartField'),
  ),
});

/** A reservation as the domain takes it (form or API): the form's fields, the meeting and an optional source. */
export const reserveInput = reserveForm.extend({
  meetingId: z.string().uuid(),
  source: z.string().trim().max(500, 'submissions.tooLong').optional(),
});
