import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { migrateDatabase, openDatabase, type Database } from '../../db/client.server';
import { seedDemoForTests } from './demo';
import type { TestTemplates } from './templates';

export interface TestDatabase extends Database {
  /** Closes the connection and drops the database it created (PostgreSQL). */
  destroy(): Promise<void>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates | undefined;
  }
}

/** The migrated (and demo-seeded) templates the run's global setup built, if it built them. */
const templates = inject('testTemplates');

/** Which engine this run uses: the templates', else PostgreSQL when TEST_DATABASE_URL is set, else in-memory PGlite. */
export const testEngine: 'postgres' | 'pglite' =
  templates?.engine ?? (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');

const adminConnection = (url: string) => postgres(url, { max: 1, onnotice: () => {} });

async function openPostgresCopy(
  adminUrl: string,
  name: string,
  template: string | null,
  max?: number,
): Promise<TestDatabase> {
  const admin = adminConnection(adminUrl);
  await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max });
  if (!template) await migrateDatabase(database);
  return {
    ...database,
    destroy: async () => {
      await database.close();
      const again = adminConnection(adminUrl);
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/**
 * A fresh, migrated database for one test file: on PostgreSQL a copy of the run's template database, in PGlite
 * an in-memory copy of the template's data directory. With `demo`, the demo data is in it already
 * (every account's password DEMO_PASSWORD; `demoData` gives the ids). Without templates (a project without
 * the global setup) the database is created and migrated here.
 */
export async function createTestDatabase(opts: { max?: number; demo?: boolean } = {}): Promise<TestDatabase> {
  const kind = opts.demo ? 'demo' : 'empty';
  if (testEngine === 'postgres') {
    const adminUrl = templates?.adminUrl ?? process.env.TEST_DATABASE_URL!;
    const name = `${templates?.prefix ?? 'plenary_test_'}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const database = await openPostgresCopy(adminUrl, name, templates?.[kind] ?? null, opts.max);
    if (opts.demo && !templates) await seedDemoForTests(database.db);
    return database;
  }
  const dump = templates?.[kind];
  const database = await openDatabase(dump ? { loadDataDir: new Blob([fs.readFileSync(dump)]) } : {});
  if (!dump) {
    await migrateDatabase(database);
    if (opts.demo) await seedDemoForTests(database.db);
  }
  return { ...database, destroy: () => database.close() };
}
