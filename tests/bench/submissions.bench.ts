/**
 * `npm run bench -- submissions`: 100 members each submitting a 1 MB .docx at the same moment before the deadline,
 * through HTTP to a portal process on PostgreSQL (BENCH_DATABASE_URL, default the local server). Prints the answers'
 * p50/p95 (the acknowledgment is a job: the answer comes once the document is committed) and how long the workers
 * took to send every acknowledgment after the last answer. Fails unless every submission is accepted.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import buildIfNeeded from '../support/build';
import { minimalDocx } from '../fixtures/docx';
import { freePort, startPortalProcess, type PortalProcess } from '../integration/collab-support';
import { addBenchMembers, benchDatabase, benchNodeArgs, quantile, signIn } from './portal';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { meetings } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';

process.env.PLENARY_BUILD_DIR ||= '.build-bench-submissions';
buildIfNeeded();
const MB = 1024 * 1024;
const MEMBERS = Number(process.env.BENCH_SUBMITTERS ?? 100);
const PASSWORD = 'bench-password-42';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-submissions-'));

let portal: PortalProcess | undefined;
let bench: Awaited<ReturnType<typeof benchDatabase>> | undefined;
let failed = true;
try {
  // Demo data, MEMBERS members of FG-MV, and a meeting whose deadline is an hour ahead.
  bench = await benchDatabase();
  const database = await openDatabase({ url: bench.url });
  await migrateDatabase(database);
  const seeded = await seedDemo(database.db);
  const emails = await addBenchMembers(database.db, seeded.groupIds['fg-mv'], MEMBERS + 1, PASSWORD);
  await database.db
    .update(meetings)
    .set({ inputDeadline: new Date(Date.now() + 3600_000), acceptsLate: false })
    .where(eq(meetings.slug, 'fg-mv-demo'));
  await database.close();

  portal = await startPortalProcess(
    {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      DATABASE_URL: bench.url,
      PLENARY_BUILD_DIR: process.env.PLENARY_BUILD_DIR!,
    },
    await freePort(),
    benchNodeArgs(),
  );
  const base = portal.url;
  const cookies: string[] = [];
  for (let i = 0; i < emails.length; i += 10)
    cookies.push(...(await Promise.all(emails.slice(i, i + 10).map((e) => signIn(base, e, PASSWORD)))));
  // A 1 MB .docx each (incompressible media inside), the multipart bodies made beforehand, all sent at the same moment.
  const bodies = await Promise.all(
    emails.map((email, i) => {
      const form = new FormData();
      const fields = {
        intent: 'submit',
        type: 'input',
        title: `Last-minute contribution ${i}`,
        source: 'Bench Inc.',
        purpose: 'information',
        keywords: 'bench',
        abstract: 'Benchmark.',
        contactName: `Bench member ${i}`,
        contactOrganisation: 'Bench Inc.',
        contactCountry: 'Switzerland',
        contactEmail: email,
        contactPhone: '',
      };
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append(
        'main',
        new Blob([minimalDocx(`Contribution ${i}`, { 'word/media/image1.bin': randomBytes(MB) })], { type: DOCX }),
        `c${i}.docx`,
      );
      const encoded = new Response(form);
      return encoded.arrayBuffer().then((b) => ({ bytes: Buffer.from(b), type: encoded.headers.get('content-type')! }));
    }),
  );
  const submit = ({ bytes, type }: (typeof bodies)[number], i: number) =>
    new Promise<{ ok: boolean; status: number; ms: number }>((resolve, reject) => {
      const t = performance.now();
      const req = http.request(
        `${base}/meetings/fg-mv-demo/submit`,
        {
          method: 'POST',
          headers: { 'content-type': type, 'content-length': bytes.length, cookie: cookies[i], origin: base },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            resolve({
              ok: res.statusCode === 302 && /\/receipt$/.test(String(res.headers.location)),
              status: res.statusCode!,
              ms: performance.now() - t,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(bytes);
    });
  // One submission first, so that the burst meets a portal that has handled one (code loaded and compiled).
  const warm = await submit(bodies.pop()!, MEMBERS);
  if (!warm.ok) throw new Error(`warm-up submission: ${warm.status}`);
  const t0 = performance.now();
  const results = await Promise.all(bodies.map(submit));
  const wall = (performance.now() - t0) / 1000;
  const lastAnswer = performance.now();
  const accepted = results.filter((r) => r.ok).length;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);

  // The acknowledgments, sent by the portal's workers into $DATA_DIR/mail once each submission committed.
  const mailDir = path.join(dataDir, 'mail');
  const sent = () => (fs.existsSync(mailDir) ? fs.readdirSync(mailDir).length : 0);
  const deadline = Date.now() + 120_000;
  while (sent() < accepted + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));

  console.log(`${MEMBERS} members submitting a 1 MB .docx at the same moment (PostgreSQL, one portal process)`);
  const refusedStatuses = [...new Set(results.filter((r) => !r.ok).map((r) => r.status))].join(', ');
  const verdict = accepted === MEMBERS ? 'PASS' : `FAIL (statuses ${refusedStatuses})`;
  console.log(`accepted ${accepted}/${MEMBERS} ${verdict}; wall ${wall.toFixed(1)} s`);
  console.log(
    `latency p50 ${quantile(ms, 0.5).toFixed(0)} ms, p95 ${quantile(ms, 0.95).toFixed(0)} ms, max ${ms[ms.length - 1].toFixed(0)} ms`,
  );
  const afterLast = ((performance.now() - lastAnswer) / 1000).toFixed(1);
  console.log(
    `acknowledgments sent by the background workers: ${sent() - 1}/${accepted}, ${afterLast} s after the last answer`,
  );
  failed = accepted !== MEMBERS;
} finally {
  await portal?.stop();
  await bench?.drop().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
