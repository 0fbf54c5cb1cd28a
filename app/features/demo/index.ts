import { count } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups } from '../../../db/schema';
import type { Storage } from '../../../storage';
import type { Services } from '../../platform/context.server';
import { seedCore, type SeededCore } from './core';
import { seedNumbering } from './numbering';
import { seedPastMeeting } from './story/past-meeting';
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
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const core = await seedCore(tx, opts);
    await seedNumbering(tx, core);
    if (opts.full) {
      const ctx = { db: tx, storage: opts.full.storage, services: { db: tx, storage: opts.full.storage } as Services };
      await seedPastMeeting(ctx, core);
      await seedWorkInProgress(ctx, core, opts.today ?? new Date().toISOString().slice(0, 10));
    }
    return core;
  });
}

/** Seeds only an empty database (no groups yet); returns what it seeded, or null. With a file store, the full demo. */
export async function seedDemoIfEmpty(db: Db, storage?: Storage): Promise<Seeded | null> {
  const [{ n }] = await db.select({ n: count() }).from(groups);
  return n === 0 ? seedDemo(db, storage ? { full: { storage } } : {}) : null;
}
