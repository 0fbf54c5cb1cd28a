/**
 * "Download all": a zip of 500 documents totalling 1 GB, served by a portal in a child process (so its memory
 * can be measured). Prints the zip throughput next to the raw storage read throughput of the same files in the
 * same run (target: at least 70%), and the server's resident memory growth while streaming (target: < 64 MB).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import buildIfNeeded from '../support/build';
import { freePort, startPortalProcess, type PortalProcess } from '../integration/collab-support';
import { curlAvailable, download } from './curl';
import { benchNodeArgs } from './portal';
import { insertDocuments, manyDocuments } from '../support/list-fixtures';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { seedDemo } from '../../db/seed/index';
import { createStorage } from '../../storage';

process.env.PLENARY_BUILD_DIR ||= '.build-lists';
buildIfNeeded();
const DOCS = Number(process.env.BENCH_ARCHIVE_DOCS ?? 500);
const TOTAL = Number(process.env.BENCH_ARCHIVE_MB ?? 1024) * 1024 * 1024;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-archive-'));
const MB = 1024 * 1024;
const ROUNDS = 4;

let failed = false;
let portal: PortalProcess | undefined;
try {
  // The data: 500 documents of ~2 MB (a Word file and, for every other one, a PDF) in the embedded database and local files.
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  await migrateDatabase(database);
  const seeded = await seedDemo(database.db);
  const storage = createStorage({ kind: 'local', root: path.join(dataDir, 'files') });
  const per = Math.floor(TOTAL / DOCS);
  const t0 = performance.now();
  const inserted = await insertDocuments(database.db, storage, { id: seeded.meetingIds['fg-mv-demo'], groupId: seeded.groupIds['fg-mv'] },
    manyDocuments(DOCS, [seeded.groupIds['fg-mv-wg2']], { files: (i) => (i % 2 ? [{ role: 'main', filename: `doc-${i}.docx`, size: per }] : [{ role: 'main', filename: `doc-${i}.docx`, size: Math.floor(per * 0.6) }, { role: 'pdf', filename: `doc-${i}.pdf`, size: per - Math.floor(per * 0.6) }]) }).map((d) => ({ ...d, access: 'public' as const })));
  await database.close();
  const keys = inserted.flatMap((d) => d.files.map((f) => f.storageKey));
  console.log(`wrote ${DOCS} documents, ${keys.length} files, ${(TOTAL / MB).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Raw storage read of the same files, same storage, in this process.
  const rawRead = async () => {
    const t = performance.now();
    let bytes = 0;
    for (const key of keys) for await (const chunk of await storage.get(key)) bytes += (chunk as Buffer).length;
    return bytes / MB / ((performance.now() - t) / 1000);
  };
  await rawRead(); // warms the page cache

  // The portal in a child process.
  portal = await startPortalProcess({ NODE_ENV: 'production', DATA_DIR: dataDir, PLENARY_BUILD_DIR: process.env.PLENARY_BUILD_DIR! }, await freePort(), benchNodeArgs());
  const child = portal.child;
  const base = portal.url;
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024;

  // Warm up (list page, a small archive), then take the baseline.
  await (await fetch(`${base}/meetings/fg-mv-demo/documents`)).arrayBuffer();
  await (await fetch(`${base}/meetings/fg-mv-demo/archive.zip?q=doc-1`)).arrayBuffer().catch(() => {});
  global.gc?.();
  await new Promise((r) => setTimeout(r, 500));
  const baseline = rss();
  let peak = baseline;
  const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 25);

  // Rounds of raw read and zip download, best of each: this machine's figures vary from run to run.
  let rawBest = 0;
  let zipBest = 0;
  let last = { bytes: 0, length: 0, seconds: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first: whichever reads the files first after a pause may find them out of the page cache.
    const zipFirst = round % 2 === 1;
    if (zipFirst) last = await download(`${base}/meetings/fg-mv-demo/archive.zip`);
    const raw = await rawRead();
    if (!zipFirst) last = await download(`${base}/meetings/fg-mv-demo/archive.zip`);
    const zip = last.bytes / MB / last.seconds;
    console.log(`round ${round + 1}: raw read ${raw.toFixed(0)} MB/s, zip ${zip.toFixed(0)} MB/s`);
    rawBest = Math.max(rawBest, raw);
    zipBest = Math.max(zipBest, zip);
  }
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  const received = last.bytes;
  const expected = last.length;
  const zipRate = zipBest;
  const growth = (peak - baseline) / MB;
  failed = !(zipRate / rawBest >= 0.7 && growth < 64 && received === expected);
  console.log(`\nzip of ${DOCS} documents (${keys.length} files + manifest): ${(received / MB).toFixed(0)} MB, Content-Length ${received === expected ? 'exact' : `WRONG (${expected})`}`);
  console.log(`best of ${ROUNDS} rounds, client ${curlAvailable ? 'curl' : 'node:http'}`);
  console.log(`raw storage read:    ${rawBest.toFixed(0).padStart(6)} MB/s`);
  console.log(`zip over HTTP:       ${zipRate.toFixed(0).padStart(6)} MB/s  (${((zipRate / rawBest) * 100).toFixed(0)}% of raw; target >= 70%) ${zipRate / rawBest >= 0.7 ? 'OK' : 'UNDER TARGET'}`);
  console.log(`server RSS: baseline ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB, growth ${growth.toFixed(1)} MB (target < 64 MB) ${growth < 64 ? 'OK' : 'OVER TARGET'}`);
} finally {
  await portal?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
