/**
 * Submissions under load, against a portal in a child process (so its memory can be measured), over a fresh
 * embedded PGlite (or PostgreSQL when BENCH_DATABASE_URL is set) and local storage:
 *  (a) a 200 MB attachment uploaded through the portal by curl: server RSS growth (target < 64 MB) and throughput
 *      next to a plain write of the same bytes to the same disk with an fsync at the end (target >= 60%);
 *  (b) 100 members submitting a 1 MB .docx at the same moment before the deadline: all accepted, p50/p95.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import buildIfNeeded from '../support/build';
import { freePort, startPortalProcess, type PortalProcess } from '../integration/collab-support';
import { curlAvailable, curlUpload } from './curl';
import { addBenchMembers, benchNodeArgs, settledRss } from './portal';
import { minimalDocx } from '../fixtures/docx';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { meetings } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';

process.env.PLENARY_BUILD_DIR ||= '.build-submit2';
buildIfNeeded();
const MB = 1024 * 1024;
const BIG = Number(process.env.BENCH_UPLOAD_MB ?? 200) * MB;
const MEMBERS = Number(process.env.BENCH_UPLOAD_MEMBERS ?? 100);
const PASSWORD = 'bench-password-42';
const ROUNDS = 3;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-upload-'));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let databaseUrl: string | undefined;
let dropDatabase = async () => {};

/** 200 MB of "PDF" from one 1 MB block reused: the client allocates nothing per chunk. */
const block = randomBytes(MB);
function* pdfChunks(total: number) {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  yield head;
  let left = total - head.length;
  while (left > 0) {
    const n = Math.min(left, block.length);
    yield n === block.length ? block : block.subarray(0, n);
    left -= n;
  }
}

/** A multipart POST streamed with node:http and backpressure; resolves with status, location and seconds. */
function postMultipart(
  url: string,
  cookie: string,
  fields: [string, string][],
  files: { field: string; name: string; type: string; size: number; chunks: () => Iterable<Buffer> }[],
) {
  const boundary = `----plenarybench${randomBytes(8).toString('hex')}`;
  const parts: ({ text: Buffer } | { file: (typeof files)[number] })[] = [];
  for (const [k, v] of fields)
    parts.push({ text: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`) });
  for (const f of files) {
    parts.push({
      text: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
    });
    parts.push({ file: f });
    parts.push({ text: Buffer.from('\r\n') });
  }
  parts.push({ text: Buffer.from(`--${boundary}--\r\n`) });
  const length = parts.reduce((n, p) => n + ('text' in p ? p.text.length : p.file.size), 0);
  const t = performance.now();
  return new Promise<{ status: number; location: string; seconds: number; body: string }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': length,
          cookie,
          origin: new URL(url).origin,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => {
          if (body.length < 4000) body += c.toString();
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            location: String(res.headers.location ?? ''),
            seconds: (performance.now() - t) / 1000,
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    (async () => {
      for (const p of parts) {
        const chunks = 'text' in p ? [p.text] : p.file.chunks();
        for (const c of chunks) if (!req.write(c)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch(reject);
  });
}

async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base },
    body: new URLSearchParams({ email, password: PASSWORD }),
  });
  if (res.status !== 302) throw new Error(`sign-in of ${email}: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const meta = (email: string, title: string): [string, string][] => [
  ['intent', 'submit'],
  ['type', 'input'],
  ['title', title],
  ['source', 'Bench Inc.'],
  ['purpose', 'information'],
  ['keywords', 'bench'],
  ['abstract', 'Benchmark.'],
  ['contactName', 'Bench member'],
  ['contactOrganisation', 'Bench Inc.'],
  ['contactCountry', 'Switzerland'],
  ['contactEmail', email],
  ['contactPhone', ''],
];

let child: PortalProcess | undefined;
let failed = false;
try {
  // The database: demo data, 100 extra members of FG-MV, a meeting that takes 300 MB files and whose deadline is ahead.
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (adminUrl) {
    const name = `plenary_bench_${Date.now().toString(36)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDatabase = async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  }
  const database = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir: path.join(dataDir, 'pglite') });
  await migrateDatabase(database);
  const seeded = await seedDemo(database.db, { passwords: { member1: PASSWORD } });
  const members = await addBenchMembers(database.db, seeded.groupIds['fg-mv'], MEMBERS, PASSWORD);
  await database.db
    .update(meetings)
    .set({
      maxFileMb: 300,
      inputDeadline: new Date(Date.now() + 3600_000),
      acceptsLate: false,
      attachmentFormats: ['pdf', 'pptx', 'xlsx', 'zip'],
    })
    .where(eq(meetings.slug, 'fg-mv-demo'));
  await database.close();

  // The baseline: a plain write of the same bytes from memory to the same disk, then fsync. Each round writes a new
  // file and nothing is deleted until the end, as with the uploads.
  fs.mkdirSync(path.join(dataDir, 'raw'));
  let rawWrites = 0;
  const rawWrite = async () => {
    const t = performance.now();
    const out = fs.createWriteStream(path.join(dataDir, 'raw', String(rawWrites++)));
    await pipeline(Readable.from(pdfChunks(BIG)), out);
    const fd = fs.openSync(out.path, 'r');
    fs.fdatasyncSync(fd);
    fs.closeSync(fd);
    return BIG / MB / ((performance.now() - t) / 1000);
  };
  await rawWrite();
  // What the client sends, on disk for curl (page cache, read at several GB/s).
  const clientDir = path.join(dataDir, 'client');
  fs.mkdirSync(clientDir);
  const mainDocx = minimalDocx('main of the big upload');
  fs.writeFileSync(path.join(clientDir, 'main.docx'), mainDocx);
  const bigFd = fs.openSync(path.join(clientDir, 'big.pdf'), 'w');
  for (const chunk of pdfChunks(BIG)) fs.writeSync(bigFd, chunk);
  fs.closeSync(bigFd);

  // The portal in a child process.
  const portal = await startPortalProcess(
    {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      PLENARY_BUILD_DIR: process.env.PLENARY_BUILD_DIR!,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    await freePort(),
    benchNodeArgs(),
  );
  child = portal;
  const base = portal.url;
  const pid = portal.child.pid!;
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  const submitUrl = `${base}/meetings/fg-mv-demo/submit`;

  // (a) Warm up with a small submission, then the 200 MB attachment next to a small main file.
  const cookie = await signIn(base, 'member.etri@example.org');
  const warm = minimalDocx('warm');
  const w = await postMultipart(submitUrl, cookie, meta('member.etri@example.org', 'Warm-up'), [
    { field: 'main', name: 'warm.docx', type: DOCX, size: warm.length, chunks: () => [warm] },
  ]);
  if (w.status !== 302) throw new Error(`warm-up submission: ${w.status} ${w.body.slice(0, 500)}`);
  const baseline = await settledRss(rss);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 20);
  const bigUpload = async (round: number) => {
    const fields = meta('member.etri@example.org', `A 200 MB attachment (${round + 1})`);
    if (curlAvailable) {
      return curlUpload(submitUrl, {
        cookie,
        fields,
        files: [
          { field: 'main', path: path.join(clientDir, 'main.docx'), type: DOCX, name: 'main.docx' },
          { field: 'attachments', path: path.join(clientDir, 'big.pdf'), type: 'application/pdf', name: 'big.pdf' },
        ],
      });
    }
    return postMultipart(submitUrl, cookie, fields, [
      { field: 'main', name: 'main.docx', type: DOCX, size: mainDocx.length, chunks: () => [mainDocx] },
      { field: 'attachments', name: 'big.pdf', type: 'application/pdf', size: BIG, chunks: () => pdfChunks(BIG) },
    ]);
  };
  // Rounds of (plain write, upload) back to back, alternating which goes first; each upload is judged against the
  // write of its own round (this disk's speed varies from one write to the next), the verdict is the median ratio.
  const pairs: { raw: number; upload: number }[] = [];
  const upload = async (round: number) => {
    const big = await bigUpload(round);
    if (big.status !== 302 || !/\/receipt$/.test(big.location))
      throw new Error(`200 MB submission: ${big.status} ${big.location}`);
    return BIG / MB / big.seconds;
  };
  for (let round = 0; round < ROUNDS; round++) {
    const uploadFirst = round % 2 === 1;
    const pair = { raw: 0, upload: 0 };
    if (uploadFirst) pair.upload = await upload(round);
    pair.raw = await rawWrite();
    if (!uploadFirst) pair.upload = await upload(round);
    pairs.push(pair);
    const share = `${((pair.upload / pair.raw) * 100).toFixed(0)}%`;
    console.log(
      `round ${round + 1}: plain write ${pair.raw.toFixed(0).padStart(5)} MB/s, ` +
        `upload ${pair.upload.toFixed(0).padStart(5)} MB/s (${share})${uploadFirst ? ', upload first' : ''}`,
    );
  }
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  const growth = (peak - baseline) / MB;
  const rssOk = growth < 64;
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const ratio = median(pairs.map((p) => p.upload / p.raw));
  const rawBest = Math.max(...pairs.map((p) => p.raw));
  const rate = Math.max(...pairs.map((p) => p.upload));
  const rateOk = ratio >= 0.6;
  console.log(
    `\n(a) ${(BIG / MB).toFixed(0)} MB attachment through the portal (multipart, streamed, sha-256, content check, local storage)`,
  );
  console.log(`${ROUNDS} rounds, client ${curlAvailable ? 'curl' : 'node:http'}`);
  console.log(
    `plain write + fsync: median ${median(pairs.map((p) => p.raw))
      .toFixed(0)
      .padStart(6)} MB/s, best ${rawBest.toFixed(0).padStart(6)} MB/s`,
  );
  console.log(
    `upload over HTTP:    median ${median(pairs.map((p) => p.upload))
      .toFixed(0)
      .padStart(
        6,
      )} MB/s, best ${rate.toFixed(0).padStart(6)} MB/s (best of each: ${((rate / rawBest) * 100).toFixed(0)}%)`,
  );
  console.log(
    `upload / plain write of the same round, median: ${(ratio * 100).toFixed(0)}% (target >= 60%) ${rateOk ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `server RSS: baseline ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB, ` +
      `growth ${growth.toFixed(1)} MB (target < 64 MB) ${rssOk ? 'PASS' : 'FAIL'}`,
  );

  // (b) 100 members, each with a 1 MB .docx (incompressible media inside), all at the same moment.
  const cookies: string[] = [];
  for (let i = 0; i < members.length; i += 10)
    cookies.push(...(await Promise.all(members.slice(i, i + 10).map((m) => signIn(base, m)))));
  const files = members.map((_, i) => minimalDocx(`Contribution ${i}`, { 'word/media/image1.bin': randomBytes(MB) }));
  const t0 = performance.now();
  const results = await Promise.all(
    members.map((email, i) =>
      postMultipart(submitUrl, cookies[i], meta(email, `Last-minute contribution ${i}`), [
        { field: 'main', name: `c${i}.docx`, type: DOCX, size: files[i].length, chunks: () => [files[i]] },
      ]),
    ),
  );
  const wall = (performance.now() - t0) / 1000;
  const accepted = results.filter((r) => r.status === 302 && /\/receipt$/.test(r.location)).length;
  const lat = results.map((r) => r.seconds * 1000).sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.ceil((p / 100) * lat.length) - 1)];
  const allOk = accepted === members.length;
  console.log(
    `\n(b) ${members.length} members submitting a ${(files[0].length / MB).toFixed(1)} MB .docx at once (${databaseUrl ? 'PostgreSQL' : 'PGlite'})`,
  );
  const refusedStatuses = [...new Set(results.filter((r) => r.status !== 302).map((r) => r.status))].join(', ');
  console.log(
    `accepted ${accepted}/${members.length} ${allOk ? 'PASS' : `FAIL (${refusedStatuses})`}; wall ${wall.toFixed(1)} s; ` +
      `latency p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, max ${lat[lat.length - 1].toFixed(0)} ms`,
  );
  failed = !(rssOk && rateOk && allOk);
} finally {
  await child?.stop();
  await dropDatabase().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
