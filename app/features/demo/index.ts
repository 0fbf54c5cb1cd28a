import { count } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups } from '../../../db/schema';
import { seedCore, type SeededCore } from './core';
import { seedNumbering } from './numbering';

export type Seeded = SeededCore;

/** All demo data, in dependency order. Later parts (numbering schemes, documents...) add a line here. */
export async function seedDemo(db: Db, opts: Parameters<typeof seedCore>[1] = {}): Promise<Seeded> {
  return db.transaction(async (tx) => {
    const core = await seedCore(tx as unknown as Db, opts);
    await seedNumbering(tx as unknown as Db, core);
    return core;
  });
}

/** Seeds only an empty database (no groups yet); returns what it seeded, or null. */
export async function seedDemoIfEmpty(db: Db): Promise<Seeded | null> {
  const [{ n }] = await db.select({ n: count() }).from(groups);
  return n === 0 ? seedDemo(db) : null;
}
