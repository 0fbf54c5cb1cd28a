import { and, count, eq, inArray } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { documents, groups, meetings, users } from '../../../db/schema';
import type { Storage } from '../../../storage';
import type { Services } from '../../platform/context.server';
import { DEMO_ACCOUNTS } from './accounts';
import { seedCore, type SeededCore } from './core';
import { seedNumbering } from './numbering';
import { preparePastMeetingFiles, seedPastMeeting } from './story/past-meeting';
import { seedParticipants } from './story/participants';
import { seedDeadlines } from './story/deadlines';
import { seedWorkInProgress } from './story/upcoming';

export type Seeded = SeededCore;

export interface DemoOptions {
  today?: string;
  passwords?: Record<string, string>;
  /**
   * The full demo (what `npm start` seeds): besides the groups, meetings, accounts and schemes, the complete past
   * FG-MV 2nd meeting (documents with .docx files, agenda, liaison statements, report) and work in progress on the
   * upcoming meetings. Needs the file store. Without it (tests), only the small core is seeded.
   */
  full?: { storage: Storage };
}

/** All demo data, in dependency order, in one transaction. */
export async function seedDemo(db: Db, opts: DemoOptions = {}): Promise<Seeded> {
  const files = opts.full ? await preparePastMeetingFiles(opts.full.storage) : null;
  return inTransaction(db, async (tx) => {
    const core = await seedCore(tx, opts);
    await seedNumbering(tx, core);
    if (opts.full && files) await seedStory(tx, opts.full.storage, core, files, opts.today);
    return core;
  });
}

async function seedStory(
  tx: Db,
  storage: Storage,
  core: SeededCore,
  files: Awaited<ReturnType<typeof preparePastMeetingFiles>>,
  today = new Date().toISOString().slice(0, 10),
) {
  const ctx = { db: tx, storage, services: { db: tx, storage } as Services };
  await seedPastMeeting(ctx, core, files);
  await seedWorkInProgress(ctx, core, today);
  await seedParticipants(ctx, core);
  await seedDeadlines(ctx);
}

/** Seeds only an empty database (no groups yet); returns what it seeded, or null. With a file store, the full demo. */
export async function seedDemoIfEmpty(db: Db, storage?: Storage): Promise<Seeded | null> {
  const [{ n }] = await db.select({ n: count() }).from(groups);
  return n === 0 ? seedDemo(db, storage ? { full: { storage } } : {}) : null;
}

/** The demo core as seeded earlier, read back by slugs and e-mails; null when the database does not hold it. */
async function seededCore(db: Db): Promise<SeededCore | null> {
  const accounts = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    );
  const byEmail = new Map(accounts.map((u) => [u.email, u.id]));
  if (DEMO_ACCOUNTS.some((a) => !byEmail.has(a.email))) return null;
  const bySlug = (rows: { id: string; slug: string }[]) => Object.fromEntries(rows.map((r) => [r.slug, r.id]));
  return {
    groupIds: bySlug(await db.select({ id: groups.id, slug: groups.slug }).from(groups)),
    meetingIds: bySlug(await db.select({ id: meetings.id, slug: meetings.slug }).from(meetings)),
    userIds: Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.key, byEmail.get(a.email)!])),
    accounts: [],
  };
}

/**
 * The demo's story (the past meeting complete, work in progress on the upcoming ones) on a database that holds the
 * demo core but not the story yet: after the first start's quick seed, or again after a start stopped before the
 * story was stored (it is one transaction: all or nothing). The .docx files are made before the transaction, so the
 * database is held only for the rows. Returns whether it seeded.
 */
export async function seedDemoStoryIfMissing(db: Db, storage: Storage): Promise<boolean> {
  const core = await seededCore(db);
  const pastMeeting = core?.meetingIds['fg-mv-2'];
  if (!core || !pastMeeting || (await hasDocuments(db, pastMeeting))) return false;
  const files = await preparePastMeetingFiles(storage);
  return inTransaction(db, async (tx) => {
    // Another process may have told the story meanwhile (several processes starting on one PostgreSQL database).
    await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, pastMeeting)).for('update');
    if (await hasDocuments(tx, pastMeeting)) return false;
    await seedStory(tx, storage, core, files);
    return true;
  });
}

async function hasDocuments(db: Db, meetingId: string) {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId)))
    .limit(1);
  return !!row;
}
