/** Sessions (lucia, behind this module), signing in, and the profile. Sign-up and links: sign-up.server.ts, password-reset.server.ts. */
import { verify } from '@node-rs/argon2';
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { eq } from 'drizzle-orm';
import { Lucia, TimeSpan, type Session } from 'lucia';
import type { Db } from '../../../db/client.server';
import { sessions, users } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { PASSWORD_MAX, profileInput } from './account-input';
import { hashPassword } from './passwords.server';
import { recordSignInFailure, recordSignInSuccess, reserveSignInAttempt } from './rate-limits.server';

export { hashPassword };

export function createLucia(db: Db, opts: { sessionDays: number; cookieSecure: boolean }) {
  const adapter = new DrizzlePostgreSQLAdapter(db as never, sessions, users);
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(opts.sessionDays, 'd'),
    sessionCookie: { name: 'plenary_session', attributes: { secure: opts.cookieSecure, sameSite: 'lax' } },
    getUserAttributes: (a) => ({
      email: a.email,
      name: a.name,
      organisation: a.organisation,
      country: a.country,
      isAdmin: a.isAdmin,
      locale: a.locale,
    }),
  });
}
export type Auth = ReturnType<typeof createLucia>;

declare module 'lucia' {
  interface Register {
    Lucia: Auth;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      organisation: string;
      country: string;
      isAdmin: boolean;
      locale: string | null;
    };
  }
}

// Verified against when the account does not exist, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/**
 * Checks the credentials, within the sign-in rate limits (see rate-limits.server.ts); never says whether the
 * e-mail is registered.
 */
export async function signIn(db: Db, input: { email: string; password: string; address: string }) {
  const email = (input.email ?? '').trim().toLowerCase();
  await reserveSignInAttempt(db, email, input.address);
  const [user] = email ? await db.select().from(users).where(eq(users.email, email)) : [];
  dummyHash ??= hashPassword('not-a-real-password-0');
  const password = String(input.password ?? '').slice(0, PASSWORD_MAX);
  const ok = await verify(user?.passwordHash ?? (await dummyHash), password || ' ').catch(() => false);
  if (!user || !ok) {
    await recordSignInFailure(db, email);
    throw new DomainError('invalid', 'auth.invalidCredentials');
  }
  await recordSignInSuccess(db, email, input.address);
  return user;
}

export async function updateProfile(db: Db, userId: string, input: unknown) {
  const data = parseOrThrow(profileInput, input);
  const [user] = await db.update(users).set(data).where(eq(users.id, userId)).returning();
  return user;
}

export type { Session };
