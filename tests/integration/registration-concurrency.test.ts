import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { auditEvents, documents, numberingSchemes } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { reserveNumber } from '../../app/features/registration/reserved-numbers.server';
import { createTestDatabase, testEngine, type TestDatabase } from '../support/db';
import { demoData } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';

let database: TestDatabase;
let seeded: Seeded;
let secretariat: Principal;

const onPostgres = testEngine === 'postgres';

beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase({ max: 10, demo: true });
  seeded = await demoData(database.db);
  secretariat = await loadPrincipal(database.db, { id: seeded.userIds.secretariat, isAdmin: false });
});
afterAll(() => database?.destroy());

const numbersOf = async (meetingId: string) =>
  (
    await database.db
      .select({ n: documents.number, state: documents.state })
      .from(documents)
      .where(eq(documents.meetingId, meetingId))
  )
    .filter((d) => d.n !== null)
    .map((d) => d.n!)
    .sort((a, b) => a - b);

// PGlite has a single connection: its transactions never overlap, so nothing there would prove the locking.
describe.skipIf(!onPostgres)('numbers under concurrency (PostgreSQL, ten connections)', () => {
  it('200 concurrent registrations across two schemes: unique, contiguous from 1, none lost', async () => {
    const db = database.db;
    const fg = seeded.meetingIds['fg-mv-demo'];
    const jca = seeded.meetingIds['jca-mv-demo'];
    const docs = [];
    for (let i = 0; i < 200; i++) {
      const meetingId = i % 2 ? jca : fg;
      docs.push(
        await createSubmittedDocument(db, null, {
          meetingId,
          submittedBy: seeded.userIds.member1,
          title: `Concurrent ${i}`,
        }),
      );
    }
    const started = Date.now();
    const results = await Promise.allSettled(
      docs.map((d) => registerDocuments({ db }, secretariat, { meetingId: d.meetingId, items: [{ id: d.id }] })),
    );
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    const expected = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(await numbersOf(fg)).toEqual(expected);
    expect(await numbersOf(jca)).toEqual(expected);
    const rows = await db
      .select()
      .from(documents)
      .where(
        inArray(
          documents.id,
          docs.map((d) => d.id),
        ),
      );
    expect(rows.every((r) => r.state === 'registered')).toBe(true);
    expect(new Set(rows.filter((r) => r.meetingId === fg).map((r) => r.numberLabel)).size).toBe(100);
    expect(rows.find((r) => r.meetingId === fg && r.number === 7)!.numberLabel).toBe('FGMV-I-007');
    expect(rows.find((r) => r.meetingId === jca && r.number === 42)!.numberLabel).toBe('JCA-MV-D-042');
    const schemes = await db
      .select()
      .from(numberingSchemes)
      .where(inArray(numberingSchemes.id, [...new Set(rows.map((r) => r.schemeId!))]));
    expect(schemes.map((s) => s.lastNumber)).toEqual([100, 100]);
    const events = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'document.registered'),
          inArray(
            auditEvents.documentId,
            docs.map((d) => d.id),
          ),
        ),
      );
    expect(events).toHaveLength(200);
    console.log(`${testEngine}: 200 registrations in ${Date.now() - started} ms`);
  });

  it('concurrent overlapping bulk registrations and reservations: no deadlock, no gap; a refused batch gives its numbers back', async () => {
    const db = database.db;
    const fg = seeded.meetingIds['fg-mv-demo'];
    const docs = [];
    for (let i = 0; i < 40; i++)
      docs.push(await createSubmittedDocument(db, null, { meetingId: fg, submittedBy: seeded.userIds.member2 }));
    const withdrawn = await createSubmittedDocument(db, null, {
      meetingId: fg,
      submittedBy: seeded.userIds.member2,
      state: 'withdrawn',
    });
    const batches = [docs.slice(0, 20), docs.slice(10, 30), docs.slice(20, 40), [...docs.slice(30, 40), withdrawn]];
    const jobs: Promise<unknown>[] = batches.map((b) =>
      registerDocuments({ db }, secretariat, { meetingId: fg, items: b.map((d) => ({ id: d.id })) }),
    );
    for (let i = 0; i < 5; i++)
      jobs.push(reserveNumber(db, secretariat, { meetingId: fg, type: 'input', title: `Reserved ${i}` }));
    const results = await Promise.allSettled(jobs);
    // Overlapping batches: whichever comes second finds some documents already registered and is refused whole.
    for (const r of results)
      if (r.status === 'rejected') expect(String(r.reason)).toMatch(/already registered|withdrawn/);
    const numbers = await numbersOf(fg);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const [w] = await db.select().from(documents).where(eq(documents.id, withdrawn.id));
    expect(w.number).toBeNull();
    expect(w.state).toBe('withdrawn');
  });
});
