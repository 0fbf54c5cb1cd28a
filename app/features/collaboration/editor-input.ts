import { z } from 'zod';

/** The secretariat's "invite an editor" form on an agenda or a liaison statement page. */
export const inviteEditorForm = z.object({
  email: z
    .string({ message: 'collab.editors.emailRequired' })
    .trim()
    .toLowerCase()
    .email('collab.editors.emailInvalid'),
});

/** Withdrawing one invitation. */
export const withdrawEditorForm = z.object({ userId: z.string().uuid() });
