/**
 * Rate limits of the account pages (sign-in, sign-up, password reset, account e-mails), kept in the database
 * (table rate_limits) so every portal process counts the same attempts. Each consume is one atomic upsert
 * (rate-limiter-flexible's Drizzle store): a burst of parallel requests cannot all pass a check made before any of
 * them was counted.
 */
import { lt } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../../../db/client.server';
import { rateLimits } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { waitQuantity, type MessageKey } from '~/i18n';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The limits, in attempts per window. */
export const LIMITS = {
  /** Wrong passwords for one account from one address, before that address must wait. */
  signInPerAccountAndAddress: { points: 5, duration: 15 * MINUTE },
  /** Wrong passwords from one address over all accounts (a conference network shares one address). */
  signInPerAddress: { points: 100, duration: HOUR },
  /** Wrong passwords for one account from everywhere; past this, unknown addresses slow down instead of being blocked. */
  signInAccountCeiling: { points: 20, duration: HOUR },
  /** The longest wait between two checks of an account past its ceiling. */
  signInSlowDownMaxSeconds: 5 * MINUTE,
  /** How long an address where the owner signed in stays known (and skips the slow-down). */
  knownAddressSeconds: 90 * DAY,
  /** Sign-ups and password-reset requests from one address. */
  accountRequestsPerAddress: { points: 10, duration: HOUR },
  /** Account e-mails (confirmation links, notices) to one address. */
  mailsPerRecipient: { points: 3, duration: HOUR },
} as const;

/**
 * A limiter counting in the rate_limits table: `points` per `duration` seconds per key under `keyPrefix`. Expired
 * counts are deleted by the portal's scheduled job (clearExpiredRateLimits), not by a timer of each limiter, which
 * would outlive the database it was made for.
 */
export function limiter(db: Db, keyPrefix: string, points: number, duration: number) {
  return new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimits,
    keyPrefix,
    points,
    duration,
    clearExpiredByTimeout: false,
  });
}

/** Deletes the counts whose window ended more than an hour ago; returns how many. */
export async function clearExpiredRateLimits(db: Db, now = new Date()): Promise<number> {
  const cleared = await db
    .delete(rateLimits)
    .where(lt(rateLimits.expire, new Date(now.getTime() - HOUR * 1000)))
    .returning({ key: rateLimits.key });
  return cleared.length;
}

function createLimiters(db: Db) {
  return {
    pair: limiter(
      db,
      'signin-pair',
      LIMITS.signInPerAccountAndAddress.points,
      LIMITS.signInPerAccountAndAddress.duration,
    ),
    address: limiter(db, 'signin-address', LIMITS.signInPerAddress.points, LIMITS.signInPerAddress.duration),
    account: limiter(db, 'signin-account', Number.MAX_SAFE_INTEGER, LIMITS.signInAccountCeiling.duration),
    slowDown: limiter(db, 'signin-slow', 1, LIMITS.signInSlowDownMaxSeconds),
    known: limiter(db, 'signin-known', Number.MAX_SAFE_INTEGER, LIMITS.knownAddressSeconds),
    accountRequests: limiter(
      db,
      'account-requests',
      LIMITS.accountRequestsPerAddress.points,
      LIMITS.accountRequestsPerAddress.duration,
    ),
    mail: limiter(db, 'account-mail', LIMITS.mailsPerRecipient.points, LIMITS.mailsPerRecipient.duration),
  };
}

const byDb = new WeakMap<Db, ReturnType<typeof createLimiters>>();
const limitersOf = (db: Db) => {
  let found = byDb.get(db);
  if (!found) byDb.set(db, (found = createLimiters(db)));
  return found;
};

/** The answer to an attempt over a limit: 429 with how long to wait (the HTTP layer sends it as Retry-After). */
export function tooManyAttempts(messageKey: MessageKey, waitMs: number) {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new DomainError('rate_limited', messageKey, {
    retryAfter,
    wait: waitQuantity(retryAfter),
  });
}

/** Consumes from a limiter; over its limit, throws the 429 with the wait. Store failures are not swallowed. */
async function consumeOrThrow(run: () => Promise<unknown>, messageKey: MessageKey) {
  try {
    await run();
  } catch (err) {
    if (err instanceof RateLimiterRes) throw tooManyAttempts(messageKey, err.msBeforeNext);
    throw err;
  }
}

const pairKey = (email: string, address: string) => `${email} ${address}`;

/**
 * Called before a password is checked: counts the attempt for the account from this address and for the address,
 * and refuses it when either is over its limit, so at most the limit of guesses is ever checked. Past the account's
 * ceiling (guesses from many addresses), an address where the owner has not signed in before gets one check per
 * growing interval; the owner's known addresses are not slowed, so nobody can lock a member out.
 */
export async function reserveSignInAttempt(db: Db, email: string, address: string) {
  const l = limitersOf(db);
  await consumeOrThrow(() => l.address.consume(address), 'auth.rateLimited');
  await consumeOrThrow(() => l.pair.consume(pairKey(email, address)), 'auth.rateLimited');
  const failures = (await l.account.get(email))?.consumedPoints ?? 0;
  const over = failures - LIMITS.signInAccountCeiling.points;
  if (over >= 0 && !(await l.known.get(pairKey(email, address)))) {
    const interval = Math.min(2 ** Math.min(over, 30), LIMITS.signInSlowDownMaxSeconds);
    await consumeOrThrow(() => l.slowDown.consume(email, 1, { customDuration: interval }), 'auth.slowedDown');
  }
}

/** A wrong password: the account's count over all addresses grows (the per-address counts were taken on reserve). */
export async function recordSignInFailure(db: Db, email: string) {
  await limitersOf(db).account.penalty(email);
}

/** A right password: this address's count for the account is cleared, its attempt given back, and the address known. */
export async function recordSignInSuccess(db: Db, email: string, address: string) {
  const l = limitersOf(db);
  await Promise.all([
    l.pair.delete(pairKey(email, address)),
    l.address.reward(address),
    l.known.set(pairKey(email, address), 1, LIMITS.knownAddressSeconds),
  ]);
}

/** Counts a sign-up or password-reset request from the address; over the limit, a 429. */
export async function reserveAccountRequest(db: Db, address: string) {
  await consumeOrThrow(() => limitersOf(db).accountRequests.consume(address), 'auth.requestsRateLimited');
}

/**
 * Counts an account e-mail to the address. Returns false, without throwing, when the address has had its share:
 * pages that must not reveal whether an account exists then answer as usual and send nothing.
 */
export async function mayMail(db: Db, recipient: string): Promise<boolean> {
  try {
    await limitersOf(db).mail.consume(recipient.toLowerCase());
    return true;
  } catch (err) {
    if (err instanceof RateLimiterRes) return false;
    throw err;
  }
}

/** Like mayMail, for a page that may say so (the signed-in owner asking again): over the limit, a 429. */
export async function reserveMail(db: Db, recipient: string) {
  await consumeOrThrow(() => limitersOf(db).mail.consume(recipient.toLowerCase()), 'auth.mailRateLimited');
}
