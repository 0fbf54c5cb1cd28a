/**
 * Personal access tokens for the JSON API. A token is `plenary_` followed by 32 random bytes (base64url), shown once;
 * the database keeps its SHA-256 only, so a copy of the database opens nothing. A token acts with its owner's
 * permissions, never more, and only within its scopes (read, submit, manage).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { API_SCOPES, apiTokens, users, type ApiScope } from '../../../db/schema';
import { DomainError, notFound } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { recordEvent } from '../../platform/audit.server';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, tokenInput } from './token-input';

export { API_SCOPES, type ApiScope };
export const TOKEN_PREFIX = 'plenary_';
const DAY_MS = 86_400_000;
/** How much of a token a list shows to recognise it: the prefix and four random characters. */
const HINT_LENGTH = TOKEN_PREFIX.length + 4;
/** Last use is written at most this often per token (every call would be a write). */
const LAST_USED_PRECISION_MS = 60_000;

const TOKEN_PATTERN = /^plenary_[A-Za-z0-9_-]{43}$/;

/** A new token: the prefix and 256 random bits. */
export const generateToken = () => TOKEN_PREFIX + randomBytes(32).toString('base64url');

/** What is stored of a token: its SHA-256, hex. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const isWellFormedToken = (token: string) => TOKEN_PATTERN.test(token);

/**
 * The token of an `Authorization: Bearer …` header: `undefined` without such a header (another scheme, none at all),
 * `null` for a bearer value that is not a token of this portal.
 */
export function parseBearer(header: string | null | undefined): string | null | undefined {
  const match = /^Bearer[ \t]+(\S*)[ \t]*$/i.exec(header ?? '');
  if (!match) return /^Bearer(\s|$)/i.test(header ?? '') ? null : undefined;
  return isWellFormedToken(match[1]) ? match[1] : null;
}

export { tokenInput, DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS };

export interface ApiToken {
  id: string;
  name: string;
  hint: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const listed = {
  id: apiTokens.id,
  name: apiTokens.name,
  hint: apiTokens.hint,
  scopes: apiTokens.scopes,
  expiresAt: apiTokens.expiresAt,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

/**
 * Creates a token for the user and returns it with the only copy of its secret; recorded as an event (`via` says
 * whether an operator made it). `allowNoExpiry` is for operators (the command line): from the profile page every
 * token expires, within a year.
 */
export async function createToken(
  db: Db,
  userId: string,
  input: unknown,
  opts: { allowNoExpiry?: boolean; now?: Date; via?: 'profile' | 'operator' } = {},
): Promise<{ token: string; record: ApiToken }> {
  const data = parseOrThrow(tokenInput, input);
  if (data.days === null && !opts.allowNoExpiry)
    throw new DomainError('invalid', 'api.token.days', undefined, { days: 'api.token.days' });
  const now = opts.now ?? new Date();
  const token = generateToken();
  const record = await inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId,
        name: data.name,
        tokenHash: hashToken(token),
        hint: token.slice(0, HINT_LENGTH),
        scopes: API_SCOPES.filter((s) => data.scopes.includes(s)),
        expiresAt: data.days === null ? null : new Date(now.getTime() + data.days * DAY_MS),
        createdAt: now,
      })
      .returning(listed);
    await recordEvent(tx, {
      actorId: opts.via === 'operator' ? null : userId,
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: row.id,
      after: {
        name: row.name,
        scopes: row.scopes,
        expiresAt: row.expiresAt,
        owner: userId,
        via: opts.via ?? 'profile',
      },
    });
    return row;
  });
  return { token, record };
}

/** The user's tokens, newest first, revoked ones included (they say when). */
export function listTokens(db: Db, userId: string): Promise<ApiToken[]> {
  return db.select(listed).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the user's tokens (at once, for every process); another's token or an unknown id is a 404. */
export async function revokeToken(db: Db, userId: string, tokenId: string, now = new Date()) {
  if (!/^[0-9a-f-]{36}$/i.test(tokenId)) throw notFound();
  await inTransaction(db, async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) throw notFound();
    await recordEvent(tx, {
      actorId: userId,
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: row.id,
      after: { name: row.name },
    });
  });
}

export type TokenCheck =
  | { ok: true; token: ApiToken; user: typeof users.$inferSelect }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' };

/** The token and its owner, if the token is live; else why not. Records its use (at most once a minute). */
export async function checkToken(db: Db, token: string, now = new Date()): Promise<TokenCheck> {
  if (!isWellFormedToken(token)) return { ok: false, reason: 'unknown' };
  const [row] = await db
    .select({ token: listed, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)));
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.token.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.token.expiresAt && row.token.expiresAt <= now) return { ok: false, reason: 'expired' };
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.id, row.token.id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_PRECISION_MS))),
      ),
    );
  return { ok: true, token: row.token, user: row.user };
}

/** The profile page's token actions, from its posted form: create (the token comes back once) or revoke. */
export async function tokenFormAction(db: Db, userId: string, form: FormData) {
  if (form.get('intent') === 'revokeToken') {
    await revokeToken(db, userId, String(form.get('tokenId') ?? ''));
    return { revoked: true as const };
  }
  // Read by the schema the page checks with; a refusal carries the posted fields (and so says which form it was).
  const { token, record } = await createToken(db, userId, form);
  return { created: { name: record.name, token } };
}
