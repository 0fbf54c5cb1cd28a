import path from 'node:path';
import { migrateDatabase, openDatabase, type Database } from '../../../db/client.server';
import { createStorage } from '../../../storage';
import { createLucia } from '../../features/accounts/auth.server';
import type { Config } from '../config.server';
import type { Services } from '../context.server';
import { createMailer } from '../mail.server';

/**
 * Opens the database and migrates it from `migrationsDir` (unless a database is given), and the file store named
 * by the configuration.
 */
export async function createServices(
  config: Config,
  opts: { database?: Database; migrationsDir?: string } = {},
): Promise<Services> {
  const database =
    opts.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') }));
  if (!opts.database) await migrateDatabase(database, opts.migrationsDir);
  const storage = createStorage(config.storage);
  const auth = createLucia(database.db, { sessionDays: config.sessionDays, cookieSecure: config.cookieSecure });
  return { config, database, db: database.db, storage, auth, mail: createMailer(config) };
}
