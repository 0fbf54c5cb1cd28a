/**
 * Creates a personal access token for an account and prints it (and nothing else), for operators and scripts:
 *
 *   npm run token -- --user chair@example.org --name "Meeting bot" --scopes read,submit,manage [--days N | --days never]
 *
 * Works on the configured database: DATABASE_URL (also while the portal runs), else the embedded PGlite folder, which
 * only one process can open: stop the portal first. Errors go to stderr with exit code 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../app/platform/config.server';
import { migrateDatabase, openDatabase, type Database } from '../db/client.server';
import { users } from '../db/schema';
import { createToken, DEFAULT_TOKEN_DAYS } from '../app/features/api/tokens.server';
import { DomainError } from '../app/platform/errors';
import { translate, type MessageKey } from '../app/i18n';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      user: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      days: { type: 'string' },
    },
    strict: true,
  }).values;
} catch (err) {
  fail(
    `${(err as Error).message}\nUsage: npm run token -- --user <email> --name <name> --scopes read,submit,manage [--days N|never]`,
  );
}
if (!args.user || !args.name || !args.scopes)
  fail('Usage: npm run token -- --user <email> --name <name> --scopes read,submit,manage [--days N|never]');
const days = args.days === undefined ? DEFAULT_TOKEN_DAYS : args.days === 'never' ? null : args.days;

const config = loadConfig();
const pgliteDir = path.join(config.dataDir, 'pglite');
if (!config.databaseUrl && fs.existsSync(path.join(pgliteDir, 'postmaster.pid')))
  fail(
    `The embedded database in ${pgliteDir} is open in a running portal (or was not closed cleanly). Stop the portal and try again, or use DATABASE_URL.`,
  );

let database: Database | undefined;
try {
  database = await openDatabase({ url: config.databaseUrl, dataDir: pgliteDir, max: 1 });
  await migrateDatabase(database);
  const [user] = await database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, args.user.trim().toLowerCase()));
  if (!user) fail(`No account has the e-mail address ${args.user}.`);
  const { token } = await createToken(
    database.db,
    user.id,
    { name: args.name, scopes: args.scopes.split(',').map((s) => s.trim()), days },
    { allowNoExpiry: true },
  );
  console.log(token);
} catch (err) {
  if (err instanceof DomainError)
    fail(
      [
        err.message,
        ...Object.entries(err.fieldErrors ?? {}).map(([f, k]) => `${f}: ${translate('en', k as MessageKey)}`),
      ].join('\n'),
    );
  fail(`The token could not be created: ${(err as Error).message}`);
} finally {
  await database?.close();
}
