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

/** A member reserving a number for a document they will submit: its type, title and source (their organisation). */
export const memberReserveForm = reserveForm.extend({
  source: z.string().trim().min(1, 'error.field.required').max(500, 'submissions.tooLong'),
});

/** The secretariat's cap on the numbers one member may hold reserved without a file. */
export const reservationCapForm = z.object({
  cap: z.coerce
    .number({ message: 'reservations.capInvalid' })
    .int('reservations.capInvalid')
    .min(0, 'reservations.capInvalid')
    .max(100, 'reservations.capInvalid'),
});

/** A chosen file as a name and size: a browser's File (none chosen: an empty one) or what the server received. */
const chosenFile = z.preprocess(
  (v) => (typeof File !== 'undefined' && v instanceof File ? (v.name ? { name: v.name, size: v.size } : undefined) : v),
  z.object({ name: z.string(), size: z.number() }).optional(),
);

/** The file that fills a reserved number (every form that fills one: registration page, document page). */
export const fillForm = z.object({
  main: chosenFile
    .refine((f) => !!f, 'registration.fileRequired')
    .refine((f) => !f || /\.docx$/i.test(f.name), 'reservations.docxOnly'),
  /** The document's version when the form was loaded (a changed one refuses). */
  version: z.coerce.number().int().nonnegative().optional(),
});
