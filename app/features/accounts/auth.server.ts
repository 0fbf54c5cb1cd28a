import { hash, verify } from '@node-rs/argon2';
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { and, count, eq, gt } from 'drizzle-orm';
import { Lucia, TimeSpan, type Session } from 'lucia';
import { z } from 'zod';
import type { Db } from '../../../db/client.server';
import { sessions, signInFailures, users } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';

// OWASP's argon2id minimum (19 MiB, 2 passes).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const RATE_WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;
const COMMON_PASSWORDS = new Set(['password12', 'password123', '1234567890', '12345678910', 'qwertyuiop', 'iloveyou12', 'changeme123', 'letmein123', 'welcome123', 'administrator', 'passw0rd12', 'qwerty1234']);

export function createLucia(db: Db, opts: { sessionDays: number; cookieSecure: boolean }) {
  const adapter = new DrizzlePostgreSQLAdapter(db as never, sessions, users);
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(opts.sessionDays, 'd'),
    sessionCookie: { name: 'plenary_session', attributes: { secure: opts.cookieSecure, sameSite: 'lax' } },
    getUserAttributes: (a) => ({ email: a.email, name: a.name, organisation: a.organisation, country: a.country, isAdmin: a.isAdmin }),
  });
}
export type Auth = ReturnType<typeof createLucia>;

declare module 'lucia' {
  interface Register {
    Lucia: Auth;
    DatabaseUserAttributes: { email: string; name: string; organisation: string; country: string; isAdmin: boolean };
  }
}

export const emailSchema = z.string().trim().toLowerCase().min(1, 'error.field.required').max(254, 'error.field.email').email('error.field.email');

export const profileSchema = z.object({
  name: z.string().trim().min(1, 'error.field.required').max(200, 'error.field.tooLong'),
  organisation: z.string().trim().max(200, 'error.field.tooLong').default(''),
  country: z.string().trim().max(100, 'error.field.tooLong').default(''),
});

export const signUpSchema = profileSchema.extend({ email: emailSchema, password: z.string() });

function checkPassword(password: string): void {
  if (password.length > 256) throw new DomainError('invalid', 'auth.passwordTooLong', undefined, { password: 'auth.passwordTooLong' });
  if (password.length < 10 || COMMON_PASSWORDS.has(password.toLowerCase()) || new Set(password).size < 4) {
    throw new DomainError('invalid', 'auth.weakPassword', undefined, { password: 'auth.weakPassword' });
  }
}

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function signUp(db: Db, input: unknown) {
  const data = parseOrThrow(signUpSchema, input);
  checkPassword(data.password);
  const passwordHash = await hashPassword(data.password);
  const [user] = await db.insert(users)
    .values({ email: data.email, name: data.name, organisation: data.organisation, country: data.country, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!user) throw new DomainError('conflict', 'auth.emailTaken', undefined, { email: 'auth.emailTaken' });
  return user;
}

// Verified against when the account does not exist, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/** Checks the credentials; counts failures per account and per address; never says whether the e-mail is registered. */
export async function signIn(db: Db, input: { email: string; password: string; address: string }) {
  const email = (input.email ?? '').trim().toLowerCase();
  const since = new Date(Date.now() - RATE_WINDOW_MINUTES * 60_000);
  const [[byAccount], [byAddress]] = await Promise.all([
    db.select({ n: count() }).from(signInFailures).where(and(eq(signInFailures.email, email), gt(signInFailures.at, since))),
    db.select({ n: count() }).from(signInFailures).where(and(eq(signInFailures.address, input.address), gt(signInFailures.at, since))),
  ]);
  if (byAccount.n >= MAX_FAILURES_PER_ACCOUNT || byAddress.n >= MAX_FAILURES_PER_ADDRESS) {
    throw new DomainError('rate_limited', 'auth.rateLimited', { minutes: RATE_WINDOW_MINUTES });
  }
  const [user] = email ? await db.select().from(users).where(eq(users.email, email)) : [];
  dummyHash ??= hashPassword('not-a-real-password-0');
  const password = String(input.password ?? '').slice(0, 256);
  const ok = await verify(user?.passwordHash ?? (await dummyHash), password || ' ').catch(() => false);
  if (!user || !ok) {
    await db.insert(signInFailures).values({ email, address: input.address });
    throw new DomainError('invalid', 'auth.invalidCredentials');
  }
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
  return user;
}

export async function updateProfile(db: Db, userId: string, input: unknown) {
  const data = parseOrThrow(profileSchema, input);
  const [user] = await db.update(users).set(data).where(eq(users.id, userId)).returning();
  return user;
}

export type { Session };
