/**
 * "Download all": a zip of 500 documents totalling 1 GB, served by a portal in a child process (so its memory
 * can be measured). Prints the zip throughput next to the raw storage read throughput of the same files in the
 * same run (target: at least 70%), and the server's resident memory growth while streaming (target: < 64 MB).
 * Everything is read from the disk: the page cache is dropped before each measurement (root only; without root
 * the plain read comes from the page cache and is left out of the verdict). The zip reads directly from the
 * disk (O_DIRECT, storage/direct-read.ts), so two raw reads are taken in each round, and the round's ratio is
 * set against the faster; the verdict is the median of the rounds' ratios:
 * - storage: the zip's own read path (storage's readers, the same reads ahead) with nothing else to do;
 * - plain: ordinary reads through the page cache, one after another, as `cat` would.
 * A third raw read, the storage one again while another process sends bytes over loopback to curl at the rate
 * the zip just reached (loopback-load.ts), is printed beside them: on two cores the zip's socket and its client
 * take CPU from the disk's reads, and that figure shows how much. It is not part of the verdict.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import buildIfNeeded from '../support/build';
import { freePort, startPortalProcess, type PortalProcess } from '../integration/collab-support';
import { curlAvailable, download } from './curl';
import { dropPageCache } from './page-cache';
import { benchNodeArgs } from './portal';
import { insertDocuments, manyDocuments } from '../support/list-fixtures';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { seedDemo } from '../../app/features/demo/index';
import { createStorage } from '../../storage';

process.env.PLENARY_BUILD_DIR ||= '.build-lists';
buildIfNeeded();
const DOCS = Number(process.env.BENCH_ARCHIVE_DOCS ?? 500);
const TOTAL = Number(process.env.BENCH_ARCHIVE_MB ?? 1024) * 1024 * 1024;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-archive-'));
const MB = 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ARCHIVE_ROUNDS ?? 5);

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

  // Raw reads of the same files in a fresh process each (see storage-read.ts).
  const keysFile = path.join(dataDir, 'keys.txt');
  fs.writeFileSync(keysFile, keys.join('\n'));
  const canDrop = dropPageCache();
  const rawRead = (how: 'storage' | 'plain') => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'storage-read.ts'), path.join(dataDir, 'files'), keysFile, canDrop ? 'cold' : 'warm', how], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`raw read failed: ${r.stderr}`);
    const { bytes, seconds } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { bytes: number; seconds: number };
    return bytes / MB / seconds;
  };
  const storageReadBesideLoopback = async (mbPerSecond: number) => {
    const load = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'loopback-load.ts'), String(mbPerSecond)], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        load.stdout!.on('data', (d: Buffer) => { if (String(d).includes('ready')) resolve(); });
        load.once('exit', (code) => reject(new Error(`loopback load exited with ${code}`)));
      });
      return rawRead('storage');
    } finally {
      load.kill();
    }
  };

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

  // Rounds of zip download and raw reads, alternating which goes first. This machine's disk and memory vary from
  // second to second, so each zip is set against the raw reads next to it, and the verdict is the median ratio.
  // The machine's idle time during the zip says whether it was short of CPU.
  const zipUrl = `${base}/meetings/fg-mv-demo/archive.zip`;
  const cpuTimes = () => { const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number); return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) }; };
  let last = { bytes: 0, length: 0, seconds: 0, idle: 0 };
  const zip = async () => {
    dropPageCache();
    const before = cpuTimes();
    last = { ...(await download(zipUrl)), idle: 0 };
    const after = cpuTimes();
    last.idle = (after.idle - before.idle) / (after.total - before.total);
    return last.bytes / MB / last.seconds;
  };
  const rounds: { zip: number; storage: number; plain: number; beside: number; ratio: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const zipFirst = round % 2 === 1;
    let z = zipFirst ? await zip() : 0;
    const storage = rawRead('storage');
    const plain = canDrop ? rawRead('plain') : 0;
    if (!zipFirst) z = await zip();
    const ratio = z / Math.max(storage, plain);
    const beside = await storageReadBesideLoopback(z);
    rounds.push({ zip: z, storage, plain, beside, ratio });
    console.log(`round ${round + 1}: raw read ${storage.toFixed(0).padStart(5)} MB/s (storage), ${canDrop ? `${plain.toFixed(0).padStart(5)} MB/s (plain)` : 'plain not measured'}; zip ${z.toFixed(0).padStart(5)} MB/s, machine ${(last.idle * 100).toFixed(0)}% idle during it: ${(ratio * 100).toFixed(0)}% of the faster raw read; storage read beside loopback at the zip's rate ${beside.toFixed(0).padStart(5)} MB/s`);
  }
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  const received = last.bytes;
  const expected = last.length;
  const growth = (peak - baseline) / MB;
  const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2; };
  const ratio = median(rounds.map((r) => r.ratio));
  failed = !(ratio >= 0.7 && growth < 64 && received === expected);
  console.log(`\nzip of ${DOCS} documents (${keys.length} files + manifest): ${(received / MB).toFixed(0)} MB, Content-Length ${received === expected ? 'exact' : `WRONG (${expected})`}`);
  console.log(`${ROUNDS} rounds, client ${curlAvailable ? 'curl' : 'node:http'}, ${canDrop ? 'page cache dropped before each read' : 'page cache NOT dropped (needs root): plain reads left out'}`);
  console.log(`medians: raw read ${median(rounds.map((r) => r.storage)).toFixed(0)} MB/s (storage)${canDrop ? `, ${median(rounds.map((r) => r.plain)).toFixed(0)} MB/s (plain)` : ''}, zip over HTTP ${median(rounds.map((r) => r.zip)).toFixed(0)} MB/s`);
  console.log(`zip / faster raw read of the same round, median: ${(ratio * 100).toFixed(0)}% (target >= 70%) ${ratio >= 0.7 ? 'OK' : 'UNDER TARGET'}`);
  console.log(`storage read while the machine also carries a loopback transfer at the zip's rate, median ${median(rounds.map((r) => r.beside)).toFixed(0)} MB/s: the zip is at ${(median(rounds.map((r) => r.zip / r.beside)) * 100).toFixed(0)}% of that (not part of the verdict)`);
  console.log(`server RSS: baseline ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB, growth ${growth.toFixed(1)} MB (target < 64 MB) ${growth < 64 ? 'OK' : 'OVER TARGET'}`);
} finally {
  await portal?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
