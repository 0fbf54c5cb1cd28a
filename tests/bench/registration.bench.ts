/**
 * `npm run bench -- registration`: 200 registrations sent at the same moment through HTTP to a portal process on
 * PostgreSQL (BENCH_DATABASE_URL, default the local server), each registering one submitted .docx. Prints the
 * answers' p50/p95 (target p95 under 5 s: the answer comes once the number is committed; stamping and the
 * submitter's mail are jobs), checks the numbers are unique and contiguous, and how long the workers took to stamp
 * all 200 after the last answer. Fails on a refused registration, a gap, a duplicate or a p95 over target.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import buildIfNeeded from '../support/build';
import { createSubmittedDocument } from '../support/documents';
import { freePort, startPortalProcess, type PortalProcess } from '../integration/collab-support';
import { benchDatabase, benchNodeArgs, quantile, signIn } from './portal';
import { migrateDatabase, openDatabase, type Database } from '../../db/client.server';
import { documentFiles, documents } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';
import { createStorage } from '../../storage';

process.env.PLENARY_BUILD_DIR ||= '.build-bench-registration';
buildIfNeeded();
const COUNT = Number(process.env.BENCH_REGISTRATIONS ?? 200);
const SINGLE = 10;
const P95_TARGET_MS = 5_000;
const PASSWORD = 'bench-password-42';
const SECRETARIAT = 'tsb.fgmv@example.org';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-registration-'));

let portal: PortalProcess | undefined;
let database: Database | undefined;
let bench: Awaited<ReturnType<typeof benchDatabase>> | undefined;
let failed = true;
try {
  bench = await benchDatabase();
  database = await openDatabase({ url: bench.url });
  await migrateDatabase(database);
  const db = database.db;
  const seeded = await seedDemo(db, { passwords: { secretariat: PASSWORD } });
  const meetingId = seeded.meetingIds['fg-mv-demo'];
  // Submitted documents with their .docx in the portal's storage, so that every registration has a file to stamp.
  const storage = createStorage({ kind: 'local', root: path.join(dataDir, 'files') });
  const docs: Awaited<ReturnType<typeof createSubmittedDocument>>[] = [];
  for (let i = 0; i < SINGLE + COUNT; i++) {
    docs.push(
      await createSubmittedDocument(db, storage, {
        meetingId,
        submittedBy: seeded.userIds[i % 2 ? 'member1' : 'member2'],
        type: 'input',
        title: `Deadline-night contribution ${i + 1}`,
      }),
    );
  }

  portal = await startPortalProcess(
    {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: bench.url,
      PLENARY_BUILD_DIR: process.env.PLENARY_BUILD_DIR!,
      ...(process.env.BENCH_JOB_POLL_MS ? { PLENARY_JOB_POLL_MS: process.env.BENCH_JOB_POLL_MS } : {}),
    },
    await freePort(),
    benchNodeArgs(),
  );
  const base = portal.url;
  const cookie = await signIn(base, SECRETARIAT, PASSWORD);
  const register = async (doc: (typeof docs)[number]) => {
    const t = performance.now();
    // As the page's form sends it with JavaScript: the action alone, answered with JSON (the page then reloads its data).
    const res = await fetch(
      `${base}/meetings/fg-mv-demo/registration?_data=${encodeURIComponent('routes/meetings.$slug_.registration')}`,
      {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, origin: base },
        body: new URLSearchParams({ intent: `register:${doc.id}`, [`v_${doc.id}`]: String(doc.version) }),
      },
    );
    const body = await res.text();
    return { ok: res.status === 200 && body.includes('registered'), status: res.status, ms: performance.now() - t };
  };
  const attempt = (doc: (typeof docs)[number]) =>
    register(doc).catch((err: Error) => ({
      ok: false,
      status: `${err.message}: ${(err.cause as Error)?.message}`,
      ms: 0,
    }));
  // One at a time first (these documents are excluded from the burst): what a registration costs alone.
  const single: number[] = [];
  for (const doc of docs.splice(0, SINGLE)) single.push((await register(doc)).ms);

  const t0 = performance.now();
  const results = await Promise.all(docs.map(attempt));
  const wall = (performance.now() - t0) / 1000;
  const lastAnswer = performance.now();
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const accepted = results.filter((r) => r.ok).length;

  const numbers = (
    await db
      .select({ n: documents.number })
      .from(documents)
      .where(and(eq(documents.meetingId, meetingId), eq(documents.type, 'input'), eq(documents.state, 'registered')))
  )
    .map((r) => r.n!)
    .sort((a, b) => a - b);
  const contiguous = numbers.length === SINGLE + COUNT && numbers.every((n, i) => n === numbers[0] + i);
  const p95 = quantile(ms, 0.95);

  // The stamping done by the portal's workers after the answers.
  let stamped = 0;
  const stampDeadline = Date.now() + 300_000;
  while (Date.now() < stampDeadline) {
    stamped = (
      await db
        .selectDistinct({ id: documentFiles.documentId })
        .from(documentFiles)
        .innerJoin(documents, eq(documents.id, documentFiles.documentId))
        .where(
          and(
            eq(documents.meetingId, meetingId),
            eq(documentFiles.role, 'stamped'),
            eq(documentFiles.superseded, false),
          ),
        )
    ).length;
    if (stamped >= SINGLE + COUNT) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const stampSeconds = (performance.now() - lastAnswer) / 1000;

  console.log(
    `one at a time: median ${quantile(
      [...single].sort((a, b) => a - b),
      0.5,
    ).toFixed(0)} ms per registration`,
  );
  console.log(`${COUNT} registrations sent at once through HTTP (PostgreSQL, one portal process)`);
  const refusedStatuses = [...new Set(results.filter((r) => !r.ok).map((r) => r.status))].join(', ');
  console.log(
    `answered ${accepted}/${COUNT} registered${accepted === COUNT ? '' : ` (statuses ${refusedStatuses})`}; ` +
      `wall ${wall.toFixed(1)} s`,
  );
  console.log(
    `latency p50 ${quantile(ms, 0.5).toFixed(0)} ms, ` +
      `p95 ${p95.toFixed(0)} ms (target < ${P95_TARGET_MS} ms) ${p95 < P95_TARGET_MS ? 'PASS' : 'FAIL'}, ` +
      `max ${ms[ms.length - 1].toFixed(0)} ms`,
  );
  console.log(
    `numbers ${numbers[0]}..${numbers.at(-1)}: ${contiguous ? 'unique and contiguous' : 'WRONG (gap or duplicate)'}`,
  );
  console.log(
    `stamped by the background workers: ${stamped}/${SINGLE + COUNT}, ${stampSeconds.toFixed(1)} s after the last answer`,
  );
  failed = !(accepted === COUNT && contiguous && p95 < P95_TARGET_MS && stamped === SINGLE + COUNT);
  if (accepted !== COUNT)
    console.log(
      portal.output
        .join('')
        .split('\n')
        .filter((l) => /"level":(50|60)|rror/.test(l))
        .slice(0, 5)
        .join('\n'),
    );
} catch (err) {
  console.error(err);
  console.error(portal?.output.join('').slice(-3000));
} finally {
  await portal?.stop();
  await database?.close();
  await bench?.drop().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
