import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { migrateJobQueue } from './jobs/index';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  url?: string;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Runs fn in a transaction (drizzle's transaction type is narrower than Db; both speak the same queries). */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}

export class DatabaseUnavailableError extends Error {}

/** Whether an error (or what it wraps) is a unique-constraint violation: two requests inserted the same row at once. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++)
    if ((e as { code?: unknown }).code === '23505') return true;
  return false;
}

/**
 * PostgreSQL through postgres.js when a URL is given, else embedded PGlite in dataDir (or in memory).
 * `loadDataDir` starts an in-memory PGlite from a dump of another one's data directory (`dumpDataDir`).
 */
// Each engine's driver is loaded only when that engine is used: PGlite's WebAssembly is not loaded on PostgreSQL.
export async function openDatabase(opts: {
  url?: string;
  dataDir?: string;
  max?: number;
  loadDataDir?: Blob;
}): Promise<Database> {
  if (opts.url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(opts.url, { max: opts.max ?? 10, onnotice: () => {}, connect_timeout: 10 });
    try {
      await client`select 1`;
    } catch (err) {
      await client.end({ timeout: 1 }).catch(() => {});
      const where = new URL(opts.url).host;
      throw new DatabaseUnavailableError(
        `Plenary cannot reach the database at ${where}: ${(err as Error).message}. Check DATABASE_URL and that PostgreSQL is running.`,
      );
    }
    return {
      db: drizzle(client, { schema }) as unknown as Db,
      kind: 'postgres',
      url: opts.url,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  // Extensions the migrations create must be loaded into PGlite first (pg_trgm: substring search, any script).
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const extensions = { pg_trgm };
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const client = opts.dataDir
    ? new PGlite(opts.dataDir, { extensions })
    : new PGlite({ loadDataDir: opts.loadDataDir, extensions });
  await client.waitReady;
  return { db: drizzle(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
}

/** Applies db/migrations and sets up the job queue; on a shared server an advisory lock keeps two starting processes from racing. */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder: folder });
    await migrateJobQueue(database.db);
    return;
  }
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { default: postgres } = await import('postgres');
  // One connection, so the advisory lock and the migration share a session.
  const client = postgres(database.url!, { max: 1, onnotice: () => {} });
  const db = drizzle(client);
  try {
    await db.execute(sql`select pg_advisory_lock(727274)`);
    await migrate(db, { migrationsFolder: folder });
  } finally {
    await client.end({ timeout: 5 });
  }
  await migrateJobQueue(database.db);
}
