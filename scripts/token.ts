/**
 * Creates a personal access token for an account and prints it (and nothing else), for operators and scripts:
 *
 *   npm run token -- --user chair@example.org --name "Meeting bot" --scopes read,submit,manage [--days N | --days never]
 *
 * Works on the configured database, also while the portal runs (on the embedded database through the portal's
 * operator socket: see scripts/operator-client.ts). Errors go to stderr with exit code 2.
 */
import { parseArgs } from 'node:util';
import { fail, runOperator } from './operator-client';

const USAGE = 'Usage: npm run token -- --user <email> --name <name> --scopes read,submit,manage [--days N|never]';

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
  fail(`${(err as Error).message}\n${USAGE}`);
}
if (!args.user || !args.name || !args.scopes) fail(USAGE);

const { token } = (await runOperator('create-token', {
  user: args.user,
  name: args.name,
  scopes: args.scopes.split(',').map((s) => s.trim()),
  days: args.days === undefined ? undefined : args.days === 'never' ? null : args.days,
})) as { token: string };
console.log(token);
