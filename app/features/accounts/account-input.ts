/**
 * The account forms' schemas (sign-in, sign-up, profile, asking for and choosing a new password): checked in the
 * browser and on the server alike. Messages are catalogue keys. How easy a password is to guess is judged on the
 * server only (passwords.server.ts); here only its length.
 */
import { z } from 'zod';
import { emailSchema } from './email';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/** A field left out of the form reads as empty. */
const given = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => v ?? '', schema);
const text = (max: number) => given(z.string().trim().max(max, 'error.field.tooLong'));

const newPassword = given(z.string().min(PASSWORD_MIN, 'auth.weakPassword').max(PASSWORD_MAX, 'auth.passwordTooLong'));

export const profileInput = z.object({
  name: given(z.string().trim().min(1, 'error.field.required').max(200, 'error.field.tooLong')),
  organisation: text(200),
  country: text(100),
});

export const signUpInput = profileInput.extend({ email: given(emailSchema), password: newPassword });

/** Any address may try to sign in: a wrong one is answered as a wrong password is. */
export const signInInput = z.object({
  email: given(z.string().trim().toLowerCase().min(1, 'error.field.required')),
  password: given(z.string().min(1, 'error.field.required')),
  next: given(z.string()),
});

export const passwordResetRequestInput = z.object({ email: given(emailSchema) });

export const newPasswordInput = z.object({ token: given(z.string()), password: newPassword });
