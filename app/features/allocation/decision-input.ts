import { z } from 'zod';
import { DECISIONS } from '../../../db/schema';

/** The decision form's fields, checked in the browser and on the server alike. */
export const decisionForm = z.object({
  /** '' clears the decision. */
  decision: z.union([z.enum(DECISIONS), z.literal('')], { message: 'error.field.required' }),
  /** For "revised": the document that revises this one (same meeting). */
  revisedById: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().uuid('decision.revisedByRequired').optional(),
  ),
  version: z.coerce.number().int(),
});

export const decisionInput = decisionForm.extend({ documentId: z.string().uuid() });
