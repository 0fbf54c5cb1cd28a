import { z } from 'zod';
import { ROLES } from '../../../db/schema';
import { emailSchema } from '../accounts/email';

/** The form granting a role, checked in the browser and on the server alike. */
export const grantSchema = z.object({
  email: emailSchema,
  groupId: z.string().uuid('error.field.required'),
  role: z.enum(ROLES, { message: 'error.field.required' }),
  title: z.string().trim().max(100, 'error.field.tooLong').optional(),
});
