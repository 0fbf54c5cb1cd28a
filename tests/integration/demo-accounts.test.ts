import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { seedDemoAccounts } from '../../app/features/demo/accounts-file.server';
import { loadConfig } from '../../app/platform/config.server';
import type { Services } from '../../app/platform/context.server';
import { createTestDatabase, type TestDatabase } from '../support/db';

/** Account lines as shown: role, e-mail, password. */
const shown = (text: string) =>
  [...text.matchAll(/^\s+.+?\s+(\S+@example\.org)\s+(\S+)$/gm)].map(([, email, password]) => ({ email, password }));

describe('demo accounts on the first start', () => {
  let database: TestDatabase;
  let root: string;
  let services: Pick<Services, 'config' | 'db'>;
  beforeAll(async () => {
    database = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-demo-'));
    // A fresh clone on PostgreSQL: the data folder does not exist yet.
    const config = loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: path.join(root, 'not-yet', '.data'),
      SEED_DEMO: 'true',
    });
    services = { config, db: database.db };
  });
  afterAll(async () => {
    await database.destroy();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const signsIn = async (email: string, password: string) => {
    const [user] = await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
    return verify(user.hash!, password);
  };

  it('creates the data folder, seeds, and shows passwords that sign in, on the console and in the file', async () => {
    let printed = '';
    await seedDemoAccounts(services, (text) => (printed += text));
    const file = path.join(services.config.dataDir, 'demo-accounts.txt');
    const accounts = shown(printed);
    expect(accounts.map((a) => a.email)).toContain('admin@example.org');
    expect(shown(fs.readFileSync(file, 'utf8'))).toEqual(accounts);
    for (const a of accounts) expect(await signsIn(a.email, a.password)).toBe(true);
  });

  it('shows nothing again on the next start while the file is there', async () => {
    let printed = '';
    await seedDemoAccounts(services, (text) => (printed += text));
    expect(printed).toBe('');
  });

  it('gives the demo accounts new passwords, shown again, when the file went missing after the seed', async () => {
    const file = path.join(services.config.dataDir, 'demo-accounts.txt');
    const before = shown(fs.readFileSync(file, 'utf8'));
    fs.rmSync(file);
    let printed = '';
    await seedDemoAccounts(services, (text) => (printed += text));
    const after = shown(printed);
    expect(after.map((a) => a.email)).toEqual(before.map((a) => a.email));
    expect(shown(fs.readFileSync(file, 'utf8'))).toEqual(after);
    expect(await signsIn(after[0].email, after[0].password)).toBe(true);
    expect(await signsIn(before[0].email, before[0].password)).toBe(false);
  });
});
