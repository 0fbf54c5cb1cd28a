import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { users } from '../../../db/schema';
import { hashPassword } from '../accounts/auth.server';
import type { Services } from '../../platform/context.server';
import { DEMO_ACCOUNTS } from './accounts';
import { seedDemoIfEmpty, seedDemoStoryIfMissing, type Seeded } from './index';

type DemoAccount = Seeded['accounts'][number];

/** Gives the demo accounts still in the database new passwords (their old ones were never shown). */
async function resetDemoPasswords(db: Db): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = randomBytes(9).toString('base64url');
    const changed = await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.email, a.email))
      .returning({ id: users.id });
    if (changed.length) accounts.push({ role: a.role, email: a.email, password });
  }
  return accounts;
}

/** Written whole or not at all: a crash mid-write leaves no half file that would stop the passwords being shown again. */
function writeAtomically(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, text, { mode: 0o600 });
  fs.renameSync(partial, file);
}

/**
 * Seeds the demo data on an empty database and, outside production, shows the demo accounts' passwords on the
 * console and in DATA_DIR/demo-accounts.txt. When that file is missing although the demo accounts exist (the
 * process stopped between the seed and the file, or the file was deleted), the demo accounts get new passwords,
 * shown the same way: the passwords are never lost.
 *
 * Only the core (groups, meetings, accounts, schemes) is seeded before the portal starts. With a file store the
 * demo's story (the past meeting's documents, agenda, statements; work in progress) follows in the background
 * (`story`, which never rejects), so the portal answers within seconds; a start stopped before the story was stored
 * tells it again.
 */
export async function seedDemoAccounts(
  services: Pick<Services, 'config' | 'db'> & Partial<Pick<Services, 'storage'>>,
  print: (text: string) => void,
): Promise<{ story: Promise<boolean> }> {
  const { config, db, storage } = services;
  const seeded = await seedDemoIfEmpty(db);
  const story = storage ? tellStory(db, storage, print) : Promise.resolve(false);
  if (config.env !== 'production') await showAccounts(config, db, seeded, print);
  return { story };
}

async function tellStory(db: Db, storage: NonNullable<Services['storage']>, print: (text: string) => void) {
  const started = Date.now();
  try {
    const told = await seedDemoStoryIfMissing(db, storage);
    if (told)
      print(`Demo data ready: the meetings' documents were added in ${Math.round((Date.now() - started) / 1000)} s.`);
    return told;
  } catch (err) {
    print(`The demo documents were not added (${(err as Error).message}); they are added at the next start.`);
    return false;
  }
}

async function showAccounts(config: Services['config'], db: Db, seeded: Seeded | null, print: (text: string) => void) {
  const file = path.join(config.dataDir, 'demo-accounts.txt');
  const accounts = seeded?.accounts ?? (fs.existsSync(file) ? [] : await resetDemoPasswords(db));
  if (!accounts.length) return;
  const lines = accounts.map((a) => `  ${a.role.padEnd(28)} ${a.email.padEnd(34)} ${a.password}`).join('\n');
  writeAtomically(file, `${lines}\n`);
  print(
    `\nDemo accounts (${seeded ? 'printed once, on the first start' : 'new passwords'}; also in ${file}):\n${lines}\n`,
  );
}
