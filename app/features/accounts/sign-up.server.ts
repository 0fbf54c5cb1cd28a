/**
 * Creating an account and confirming its e-mail address. Sign-up answers the same, after the same work, whether
 * the address is new or already registered: a new address gets a confirmation link, a registered one a notice to
 * its owner. An account signs in before it is confirmed but submits only after (and only then do documents that
 * name its address as a contact count as its own).
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { users } from '../../../db/schema';
import { DEFAULT_LOCALE, type Locale } from '~/i18n';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import {
  alreadyRegisteredMail,
  confirmationMail,
  sendAccountMail,
  type AccountMailServices,
} from './account-mail.server';
import { signUpInput } from './account-input';
import { hashPassword, passwordWeakness } from './passwords.server';
import { mayMail, reserveAccountRequest, reserveMail } from './rate-limits.server';
import { issueToken, useToken } from './tokens.server';

/** The sign-up form as the browser checks it, and a password that is not easy to guess, on the password field. */
const signUpChecked = signUpInput.superRefine((v, ctx) => {
  const weakness = passwordWeakness(v.password, v);
  if (weakness) ctx.addIssue({ code: 'custom', path: ['password'], message: weakness });
});

/** Creates an unconfirmed account and mails its link, or mails the owner of a registered address; returns nothing either way. */
export async function signUp(
  services: AccountMailServices,
  input: unknown,
  address: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<void> {
  const { db, config } = services;
  await reserveAccountRequest(db, address);
  const data = parseOrThrow(signUpChecked, input);
  const passwordHash = await hashPassword(data.password);
  const [created] = await db
    .insert(users)
    .values({
      email: data.email,
      name: data.name,
      organisation: data.organisation,
      country: data.country,
      passwordHash,
      emailConfirmedAt: null,
      locale: locale === DEFAULT_LOCALE ? null : locale,
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name, locale: users.locale });
  if (!(await mayMail(db, data.email))) return;
  if (created) {
    await sendAccountMail(
      services,
      confirmationMail(config.publicUrl, created, await issueToken(db, created.id, 'confirm_email')),
    );
    return;
  }
  const [owner] = await db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.email, data.email));
  if (owner) await sendAccountMail(services, alreadyRegisteredMail(config.publicUrl, owner));
}

export async function isEmailConfirmed(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNotNull(users.emailConfirmedAt)));
  return !!row;
}

/** Submitting needs a confirmed address: refused with what to do otherwise. */
export async function requireConfirmedEmail(db: Db, userId: string): Promise<void> {
  if (!(await isEmailConfirmed(db, userId))) throw new DomainError('forbidden', 'auth.confirm.beforeSubmitting');
}

/** Mails the signed-in member a new confirmation link (the earlier one stops working); a few per hour. */
export async function resendConfirmation(services: AccountMailServices, userId: string): Promise<void> {
  const [user] = await services.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.emailConfirmedAt) return;
  await reserveMail(services.db, user.email);
  await sendAccountMail(
    services,
    confirmationMail(services.config.publicUrl, user, await issueToken(services.db, user.id, 'confirm_email')),
  );
}

/**
 * Confirms the signed-in member's address with the link's token. The link alone is not enough: it must be used
 * by the account it was sent for, so the owner of an address never confirms an account someone else created
 * with it by opening the link.
 */
export async function confirmEmail(db: Db, userId: string, token: unknown, now = new Date()): Promise<void> {
  if (await isEmailConfirmed(db, userId)) return;
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const owner = await useToken(tx, 'confirm_email', token, now);
    if (owner !== userId) throw new DomainError('invalid', 'auth.confirm.badLink');
    await tx
      .update(users)
      .set({ emailConfirmedAt: now })
      .where(and(eq(users.id, userId), isNull(users.emailConfirmedAt)));
  });
}
