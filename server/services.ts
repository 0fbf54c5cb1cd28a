import { migrateDatabase, openDatabase } from '../db/client.server';
import { createLucia } from '../app/features/accounts/auth.server';
import { createMailer } from '../app/platform/mail.server';
import type { Config } from '../app/platform/config.server';
import type { Services } from '../app/platform/context.server';
import { createStorage } from '../storage';
import path from 'node:path';

/** Opens the database (migrated) and the file store named by the configuration. */
export async function createServices(config: Config): Promise<Services> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
  await migrateDatabase(database);
  const storage = createStorage(config.storage);
  const auth = createLucia(database.db, { sessionDays: config.sessionDays, cookieSecure: config.cookieSecure });
  return { config, database, db: database.db, storage, auth, mail: createMailer(config) };
}
