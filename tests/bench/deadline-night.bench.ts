/**
 * `npm run bench -- deadline-night`: the last ten minutes before a deadline, through HTTP against one portal process on
 * PostgreSQL (BENCH_DATABASE_URL, default the local server). At the same moment: 300 members register for the meeting,
 * 100 reserve numbers and 100 upload a 1 MB .docx into the numbers they reserved earlier. Prints p50/p95 of each kind
 * (median over BENCH_ROUNDS rounds, default 3, each on a meeting of its own), checks that every request was accepted and
 * that the meeting's numbers are unique and gap-free. Fails otherwise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import buildIfNeeded from '../support/build';
import { minimalDocx } from '../fixtures/docx';
import { freePort, startPortalProcess, type PortalProcess } from '../integration/collab-support';
import { addBenchMembers, benchDatabase, benchNodeArgs, quantile, signIn } from './portal';
import { migrateDatabase, openDatabase, type Database } from '../../db/client.server';
import { documents, meetings } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';

process.env.PLENARY_BUILD_DIR ||= '.build-bench-deadline-night';
// Built every time (about ten seconds): the database is migrated from the tree, and a build left from older code
// answers 500 wherever the schema has changed since (a dropped column, a new table).
process.env.PLENARY_REBUILD ??= '1';
buildIfNeeded();
const REGISTERING = 300;
const RESERVING = 100;
const UPLOADING = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PASSWORD = 'bench-password-42';
const MB = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-night-'));

let portal: PortalProcess | undefined;
let database: Database | undefined;
let bench: Awaited<ReturnType<typeof benchDatabase>> | undefined;
let failed = true;
type Kind = 'register' | 'reserve' | 'upload';
const data = (route: string) => `_data=${encodeURIComponent(route)}`;
try {
  bench = await benchDatabase();
  database = await openDatabase({ url: bench.url });
  await migrateDatabase(database);
  const db = database.db;
  const seeded = await seedDemo(db);
  const emails = await addBenchMembers(db, seeded.groupIds['fg-mv'], REGISTERING, PASSWORD);
  const [template] = await db.select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
  const slugs: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const { id: _id, slug: _slug, createdAt: _c, ...rest } = template;
    const [m] = await db
      .insert(meetings)
      .values({ ...rest, slug: `deadline-night-${r + 1}`, title: `Deadline night ${r + 1}` })
      .returning();
    await db
      .update(meetings)
      .set({ inputDeadline: new Date(Date.now() + 3600_000), acceptsLate: false, documentTypes: ['input'] })
      .where(eq(meetings.id, m.id));
    slugs.push(m.slug);
  }

  // The files are made before any request: zipping 100 MB blocks this process for seconds, long enough for the portal
  // to close (after its keep-alive timeout) connections this client would then reuse without having noticed.
  const files = Array.from({ length: UPLOADING }, (_, i) =>
    minimalDocx(`Filled ${i}`, { 'word/media/image1.bin': randomBytes(MB) }),
  );
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

  const post = async (kind: Kind, url: string, cookie: string, body: BodyInit, ok: (res: Response) => boolean) => {
    const t = performance.now();
    try {
      const res = await fetch(`${base}${url}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, origin: base },
        body,
      });
      const text = await res.text();
      return {
        kind,
        ok: ok(res) && !text.includes('"ok":false'),
        status: `${res.status} ${text.slice(0, 200)}`,
        ms: performance.now() - t,
      };
    } catch (err) {
      const cause = (err as Error & { cause?: Error & { code?: string } }).cause;
      const why = cause ? `: ${cause.code ?? ''} ${cause.message}` : '';
      return { kind, ok: false, status: `${(err as Error).message}${why}`, ms: performance.now() - t };
    }
  };
  const reserve = (slug: string, i: number, label: string) =>
    post(
      'reserve',
      `/meetings/${slug}/reserve?${data('routes/meetings.$slug_.reserve')}`,
      cookies[i],
      new URLSearchParams({ type: 'input', title: `${label} ${i}`, source: 'Bench Inc.' }),
      (res) => res.status === 200,
    );

  const rounds: Record<Kind, { p50: number; p95: number }>[] = [];
  const walls: number[] = [];
  for (const slug of slugs) {
    const [m] = await db.select().from(meetings).where(eq(meetings.slug, slug));
    // Earlier in the evening: the uploaders reserved their numbers (members 0..99; the reservers now are 100..199).
    const early = await Promise.all(Array.from({ length: UPLOADING }, (_, i) => reserve(slug, i, 'Reserved early')));
    if (early.some((r) => !r.ok)) throw new Error(`early reservation refused: ${early.find((r) => !r.ok)!.status}`);
    const reserved = await db
      .select({
        id: documents.id,
        submittedBy: documents.submittedBy,
        version: documents.version,
        title: documents.title,
      })
      .from(documents)
      .where(eq(documents.meetingId, m.id));
    const byTitle = new Map(reserved.map((d) => [d.title, d]));
    const uploads = Array.from({ length: UPLOADING }, (_, i) => {
      const d = byTitle.get(`Reserved early ${i}`)!;
      const form = new FormData();
      form.append('version', String(d.version));
      form.append('main', new Blob([files[i]], { type: DOCX }), `night-${i}.docx`);
      return { id: d.id, form, cookie: cookies[i] };
    });
    const t0 = performance.now();
    const results = await Promise.all([
      ...cookies.map((cookie, i) =>
        post(
          'register',
          `/meetings/${slug}/attend?${data('routes/meetings.$slug_.attend')}`,
          cookie,
          new URLSearchParams({
            mode: i % 3 ? 'remote' : 'in_person',
            organisation: 'Bench Inc.',
            delegation: 'sector_member',
            role: 'delegate',
          }),
          (res) => res.status === 200,
        ),
      ),
      ...Array.from({ length: RESERVING }, (_, i) => reserve(slug, UPLOADING + i, 'Reserved at the last minute')),
      ...uploads.map((u) =>
        post('upload', `/documents/${u.id}/workflow?do=fill`, u.cookie, u.form, (res) => res.status === 302),
      ),
    ]);
    walls.push((performance.now() - t0) / 1000);
    const refused = results.filter((r) => !r.ok);
    if (refused.length) {
      const why = new Map<string, number>();
      for (const r of refused) why.set(`${r.kind}: ${r.status}`, (why.get(`${r.kind}: ${r.status}`) ?? 0) + 1);
      throw new Error(`${refused.length} refused: ${[...why].map(([k, n]) => `${n} × ${k}`).join('; ')}`);
    }
    const rows = await db
      .select({ n: documents.number, state: documents.state })
      .from(documents)
      .where(eq(documents.meetingId, m.id));
    const numbers = rows.map((r) => r.n!).sort((a, b) => a - b);
    const registered = rows.filter((r) => r.state === 'registered').length;
    const gapFree = new Set(numbers).size === numbers.length && numbers.every((n, i) => n === numbers[0] + i);
    if (numbers.length !== UPLOADING + RESERVING || !gapFree || registered !== UPLOADING)
      throw new Error(`numbers: ${numbers.length} (${registered} filled), gap-free ${gapFree}`);
    const stats = {} as Record<Kind, { p50: number; p95: number }>;
    for (const kind of ['register', 'reserve', 'upload'] as Kind[]) {
      const ms = results
        .filter((r) => r.kind === kind)
        .map((r) => r.ms)
        .sort((a, b) => a - b);
      stats[kind] = { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
    }
    rounds.push(stats);
    console.log(
      `round ${rounds.length}: ${walls.at(-1)!.toFixed(1)} s; ${(['register', 'reserve', 'upload'] as Kind[])
        .map((k) => `${k} p50 ${stats[k].p50.toFixed(0)} ms p95 ${stats[k].p95.toFixed(0)} ms`)
        .join('; ')}; numbers ${numbers[0]}..${numbers.at(-1)} unique and gap-free`,
    );
  }
  const median = (xs: number[]) =>
    quantile(
      [...xs].sort((a, b) => a - b),
      0.5,
    );
  console.log(
    `deadline night (PostgreSQL, one portal process, median of ${rounds.length} rounds): ` +
      `${REGISTERING} registering, ${RESERVING} reserving, ${UPLOADING} uploading 1 MB at once, ` +
      `all accepted in ${median(walls).toFixed(1)} s`,
  );
  for (const kind of ['register', 'reserve', 'upload'] as Kind[])
    console.log(
      `  ${kind.padEnd(8)} p50 ${median(rounds.map((r) => r[kind].p50)).toFixed(0)} ms  p95 ${median(rounds.map((r) => r[kind].p95)).toFixed(0)} ms`,
    );
  failed = false;
} finally {
  // A refusal's cause is in the portal's log (a 500 answers without its reason).
  if (failed && portal) {
    const lines = portal.output.join('').split('\n');
    const notable = lines.filter((l) => !l.includes('"level":30') || /"status":5\d\d/.test(l));
    console.error(`portal output (warnings, errors, 5xx):\n${notable.slice(-60).join('\n')}`);
  }
  await portal?.stop();
  await database?.close();
  await bench?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
