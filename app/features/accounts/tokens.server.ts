/**
 * Single-use links for an account (e-mail confirmation, password reset). The link carries 32 random bytes; the
 * database keeps only their SHA-256, so a copy of the database opens no account. Each new link of a purpose
 * replaces the account's earlier ones; using a link deletes it in the same statement that checks it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { accountTokens, type AccountTokenPurpose } from '../../../db/schema';

export const TOKEN_LIFETIME_HOURS: Record<AccountTokenPurpose, number> = { confirm_email: 48, reset_password: 1 };

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
const wellFormed = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);

/** A new link token for the account; earlier ones of the same purpose stop working. */
export async function issueToken(
  db: Db,
  userId: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose)));
  await db.insert(accountTokens).values({
    tokenHash: digest(token),
    userId,
    purpose,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_HOURS[purpose] * 3_600_000),
  });
  return token;
}

/** The account a live token belongs to, without using it (to show the page the link opens). */
export async function peekToken(
  db: Db,
  purpose: AccountTokenPurpose,
  token: unknown,
  now = new Date(),
): Promise<string | null> {
  if (!wellFormed(token)) return null;
  const [row] = await db
    .select({ userId: accountTokens.userId })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, digest(token)),
        eq(accountTokens.purpose, purpose),
        gt(accountTokens.expiresAt, now),
      ),
    );
  return row?.userId ?? null;
}

/** Uses a token: deletes it if it is live and returns its account, else null. Two uses at once: one wins. */
export async function useToken(
  db: Db,
  purpose: AccountTokenPurpose,
  token: unknown,
  now = new Date(),
): Promise<string | null> {
  if (!wellFormed(token)) return null;
  const [row] = await db
    .delete(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, digest(token)),
        eq(accountTokens.purpose, purpose),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId });
  return row?.userId ?? null;
}
