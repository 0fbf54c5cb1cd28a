/**
 * `npm run bench -- registration`: 1,000 registrations in one scheme, 20 at a time, on PostgreSQL
 * (TEST_DATABASE_URL, default the local server when it answers) and on PGlite. Prints throughput and p95; fails on a
 * deadlock, a gap or a duplicate.
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { documents } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/registration.server';
import { createTestDatabase } from '../support/db';
import { createSubmittedDocument } from '../support/documents';

const TOTAL = 1000;
const CONCURRENCY = 20;

async function run(engine: 'postgres' | 'pglite') {
  if (engine === 'pglite') delete process.env.TEST_DATABASE_URL;
  else process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await createTestDatabase({ max: CONCURRENCY });
  try {
    const seeded = await seedDemo(database.db);
    const db = database.db;
    const meetingId = seeded.meetingIds['fg-mv-demo'];
    const secretariat = await loadPrincipal(db, { id: seeded.userIds.secretariat, isAdmin: false });
    const ids: string[] = [];
    for (let i = 0; i < TOTAL; i++) ids.push((await createSubmittedDocument(db, null, { meetingId, submittedBy: seeded.userIds.member1, title: `Bench ${i}` })).id);
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < TOTAL; i = next++) {
        const t0 = performance.now();
        await registerDocuments({ db }, secretariat, { meetingId, items: [{ id: ids[i] }] });
        latencies.push(performance.now() - t0);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    const numbers = (await db.select({ n: documents.number }).from(documents).where(eq(documents.meetingId, meetingId))).map((r) => r.n!).sort((a, b) => a - b);
    const ok = numbers.length === TOTAL && numbers.every((n, i) => n === i + 1);
    console.log(`${engine.padEnd(8)} ${TOTAL} registrations, ${CONCURRENCY} at a time: ${(TOTAL / seconds).toFixed(0)} registrations/s, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms; numbers 1..${numbers.at(-1)} ${ok ? 'contiguous, unique' : 'WRONG'}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await database.destroy();
  }
}

await run('postgres').catch((err) => { console.error('postgres:', err.message); process.exitCode = 1; });
await run('pglite');
