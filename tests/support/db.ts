import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, type Database } from '../../db/client.server';

export interface TestDatabase extends Database {
  /** Closes the connection and drops the database it created (PostgreSQL). */
  destroy(): Promise<void>;
}

/** Which engine this run uses: PostgreSQL when TEST_DATABASE_URL is set, else in-memory PGlite. */
export const testEngine: 'postgres' | 'pglite' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database on the server of
 * TEST_DATABASE_URL, or an in-memory PGlite.
 */
export async function createTestDatabase(opts: { max?: number } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { ...database, destroy: () => database.close() };
  }
  const name = `plenary_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: opts.max });
  await migrateDatabase(database);
  return {
    ...database,
    destroy: async () => {
      await database.close();
      const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
