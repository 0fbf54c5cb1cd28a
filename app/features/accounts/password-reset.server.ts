/**
 * Choosing a new password by a link mailed to the account's address. Asking answers the same whether or not an
 * account has the address. Using the link proves the address, so it also confirms it, and ends every session
 * of the account.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { users } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { passwordResetMail, sendAccountMail, type AccountMailServices } from './account-mail.server';
import { passwordResetRequestInput } from './account-input';
import { checkPasswordStrength, hashPassword } from './passwords.server';
import { mayMail, reserveAccountRequest } from './rate-limits.server';
import { issueToken, peekToken, useToken } from './tokens.server';

export async function requestPasswordReset(
  services: AccountMailServices,
  input: unknown,
  address: string,
): Promise<void> {
  await reserveAccountRequest(services.db, address);
  const { email } = parseOrThrow(passwordResetRequestInput, input);
  const [user] = await services.db.select().from(users).where(eq(users.email, email));
  const allowed = await mayMail(services.db, email);
  if (!user || !allowed) return;
  await sendAccountMail(
    services,
    passwordResetMail(services.config.publicUrl, user, await issueToken(services.db, user.id, 'reset_password')),
  );
}

/** Whether a reset link is still good (the page says so before the person types a new password). */
export async function resetLinkIsLive(db: Db, token: unknown): Promise<boolean> {
  return !!(await peekToken(db, 'reset_password', token));
}

/** Sets the new password with the link's token; returns the account, whose other sessions the caller ends. */
export async function resetPassword(db: Db, token: unknown, password: string, now = new Date()): Promise<string> {
  const userId = await peekToken(db, 'reset_password', token, now);
  if (!userId) throw new DomainError('invalid', 'auth.reset.badLink');
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  checkPasswordStrength(password, user);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    if ((await useToken(tx, 'reset_password', token, now)) !== userId)
      throw new DomainError('invalid', 'auth.reset.badLink');
    await tx
      .update(users)
      .set({ passwordHash, emailConfirmedAt: user.emailConfirmedAt ?? now })
      .where(eq(users.id, userId));
    return userId;
  });
}
