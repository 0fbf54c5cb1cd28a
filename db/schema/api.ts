import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const API_SCOPES = ['read', 'submit', 'manage'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * Personal access tokens for the JSON API: only the SHA-256 of the token is kept (the token itself is shown once).
 * A token acts with its owner's permissions, limited to its scopes; revoked tokens are kept for the audit trail.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters of the token (prefix and a few random ones), to recognise it in a list. */
    hint: text('hint').notNull(),
    scopes: text('scopes').array().$type<ApiScope[]>().notNull(),
    /** Null: never expires (only operators give such tokens, through the command line). */
    expiresAt: instant('expires_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
