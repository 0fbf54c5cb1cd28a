import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { seedDemoForTests } from './demo';

/** What each test database of a run is copied from, built once per run from the current migrations. */
export interface TestTemplates {
  engine: 'postgres' | 'pglite';
  /** PostgreSQL: the server's admin URL, and the prefix of every database the run creates. */
  adminUrl?: string;
  prefix?: string;
  /** Migrated, no data: a database name (PostgreSQL) or the file of a data-directory dump (PGlite). */
  empty: string;
  /** Migrated and seeded with the demo data. */
  demo: string;
}

export interface BuiltTemplates {
  templates: TestTemplates;
  /** Drops the templates and every database the run created from them. */
  remove(): Promise<void>;
}

/** Databases of runs that ended without cleaning up (killed) are dropped after this long. */
const STALE_MS = 6 * 3600_000;

export function buildTemplates(engine: 'postgres' | 'pglite', adminUrl?: string): Promise<BuiltTemplates> {
  return engine === 'postgres' ? buildPostgresTemplates(adminUrl!) : buildPgliteTemplates();
}

async function buildPostgresTemplates(adminUrl: string): Promise<BuiltTemplates> {
  const prefix = `plenary_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_`;
  const empty = `${prefix}tpl_empty`;
  const demo = `${prefix}tpl_demo`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const databases = async (like: string) =>
    (await admin.unsafe<{ datname: string }[]>(`select datname from pg_database where datname like '${like}'`)).map(
      (r) => r.datname,
    );
  const dropAll = async (names: string[]) => {
    for (const name of names) await admin.unsafe(`drop database if exists ${name} with (force)`);
  };
  const urlOf = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const fill = async (name: string, step: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<unknown>) => {
    const database = await openDatabase({ url: urlOf(name), max: 1 });
    try {
      await step(database);
    } finally {
      await database.close();
    }
  };
  try {
    const started = (name: string) => parseInt(name.split('_')[2], 36);
    await dropAll((await databases('plenary\\_t%')).filter((n) => Date.now() - started(n) > STALE_MS));
    await admin.unsafe(`create database ${empty}`);
    await fill(empty, migrateDatabase);
    await admin.unsafe(`create database ${demo} template ${empty}`);
    await fill(demo, (database) => seedDemoForTests(database.db));
  } catch (err) {
    await dropAll(await databases(`${prefix}%`)).catch(() => {});
    await admin.end();
    throw err;
  }
  await admin.end();
  const templates: TestTemplates = { engine: 'postgres', adminUrl, prefix, empty, demo };
  return { templates, remove: () => removeTemplates(templates) };
}

/** Drops templates and every database made from them (PostgreSQL), or deletes their dumps (PGlite). */
export async function removeTemplates(templates: TestTemplates) {
  if (templates.engine === 'pglite') {
    fs.rmSync(path.dirname(templates.empty), { recursive: true, force: true });
    return;
  }
  const again = postgres(templates.adminUrl!, { max: 1, onnotice: () => {} });
  for (const { datname } of await again.unsafe<{ datname: string }[]>(
    `select datname from pg_database where datname like '${templates.prefix}%'`,
  )) {
    await again.unsafe(`drop database if exists ${datname} with (force)`);
  }
  await again.end();
}

async function buildPgliteTemplates(): Promise<BuiltTemplates> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-pglite-templates-'));
  const dumpTo = async (database: Awaited<ReturnType<typeof openDatabase>>, file: string) => {
    const dump = await (database.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
    fs.writeFileSync(path.join(dir, file), Buffer.from(await dump.arrayBuffer()));
    return path.join(dir, file);
  };
  const database = await openDatabase({});
  try {
    await migrateDatabase(database);
    const empty = await dumpTo(database, 'empty.tar');
    await seedDemoForTests(database.db);
    const demo = await dumpTo(database, 'demo.tar');
    const templates: TestTemplates = { engine: 'pglite', empty, demo };
    return { templates, remove: () => removeTemplates(templates) };
  } finally {
    await database.close();
  }
}
