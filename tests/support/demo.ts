import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.server';
import { groups, meetings, users } from '../../db/schema';
import { DEMO_ACCOUNTS } from '../../app/features/demo/accounts';
import { seedDemo, type Seeded } from '../../app/features/demo/index';

/** The password of every demo account in test databases. */
export const DEMO_PASSWORD = 'correct horse battery';

const allPasswords = () => Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.key, DEMO_PASSWORD]));

/** Seeds the demo data with DEMO_PASSWORD for every account. */
export const seedDemoForTests = (db: Db) => seedDemo(db, { passwords: allPasswords() });

/**
 * The demo data of a test database: read back when the database came seeded (from the demo template),
 * else seeded here. Either way every demo account signs in with DEMO_PASSWORD.
 */
export async function demoData(db: Db): Promise<Seeded> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const userRows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  if (!userRows.length) return seedDemoForTests(db);
  const idOf = (rows: { id: string; key: string }[]) => Object.fromEntries(rows.map((r) => [r.key, r.id]));
  const byEmail = new Map(userRows.map((u) => [u.email, u.id]));
  return {
    groupIds: idOf(await db.select({ id: groups.id, key: groups.slug }).from(groups)),
    meetingIds: idOf(await db.select({ id: meetings.id, key: meetings.slug }).from(meetings)),
    userIds: Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.key, byEmail.get(a.email)!])),
    accounts: DEMO_ACCOUNTS.map((a) => ({ role: a.role, email: a.email, password: DEMO_PASSWORD })),
  };
}
