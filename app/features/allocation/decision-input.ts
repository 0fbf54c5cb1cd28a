import { z } from 'zod';
import { DECISIONS, type Decision } from '../../../db/schema';

/** Decisions that point to another document of the meeting: what this one was revised or merged into, the reply. */
export const DECISIONS_WITH_TARGET: readonly Decision[] = ['revised', 'merged', 'replied_to'];
/** Of those, the ones that need it. */
export const DECISIONS_NEEDING_TARGET: readonly Decision[] = ['revised', 'merged'];

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(max, message).optional(),
  );

/** The decision form's fields, checked in the browser and on the server alike. */
export const decisionForm = z.object({
  /** '' clears the decision. */
  decision: z.union([z.enum(DECISIONS), z.literal('')], { message: 'error.field.required' }),
  /** What the meeting said ("revised in FGMV-I-045", "merged into ..."); shown with the decision. */
  note: optionalText(2000, 'decision.noteTooLong'),
  /** For "revised", "merged", "replied to": the other document, by its number in this meeting ("FGMV-I-045 Rev.1"). */
  target: optionalText(100, 'decision.targetInvalid'),
  /** For "revised": the document that revises this one, by id (the API's `revisedBy`). */
  revisedById: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().uuid('decision.revisedByRequired').optional(),
  ),
  version: z.coerce.number().int(),
});

export const decisionInput = decisionForm.extend({ documentId: z.string().uuid() });
