/**
 * "Download all": a zip of 500 documents totalling 1 GB, served by a portal in a child process (so its memory
 * can be measured), against a plain sequential read of the same files (`cat`-like: one file after another, one
 * buffer, through the page cache) in the same run. Rounds alternate which goes first; the verdict is the median
 * of each round's zip / plain read (target >= 60%), and the server's resident memory growth (target < 64 MB).
 * As root the page cache is dropped before each read, so both come from the disk; otherwise both read the
 * page cache.
 */
import fs from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import buildIfNeeded from '../support/build';
import { freePort, startPortalProcess, type PortalProcess } from '../integration/collab-support';
import { curlAvailable, download } from './curl';
import { dropPageCache } from './page-cache';
import { benchNodeArgs, settledRss } from './portal';
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
const ROUNDS = Number(process.env.BENCH_ARCHIVE_ROUNDS ?? 3);

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
  const inserted = await insertDocuments(
    database.db,
    storage,
    { id: seeded.meetingIds['fg-mv-demo'], groupId: seeded.groupIds['fg-mv'] },
    manyDocuments(DOCS, [seeded.groupIds['fg-mv-wg2']], {
      files: (i) =>
        i % 2
          ? [{ role: 'main', filename: `doc-${i}.docx`, size: per }]
          : [
              { role: 'main', filename: `doc-${i}.docx`, size: Math.floor(per * 0.6) },
              { role: 'pdf', filename: `doc-${i}.pdf`, size: per - Math.floor(per * 0.6) },
            ],
    }).map((d) => ({ ...d, access: 'public' as const })),
  );
  await database.close();
  const keys = inserted.flatMap((d) => d.files.map((f) => f.storageKey));
  console.log(
    `wrote ${DOCS} documents, ${keys.length} files, ${(TOTAL / MB).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // The baseline: the same files read one after another into one buffer, as `cat` would.
  const files = keys.map((key) => path.join(dataDir, 'files', ...key.split('/')));
  const canDrop = dropPageCache();
  const plainRead = async () => {
    dropPageCache();
    const buffer = Buffer.allocUnsafe(128 * 1024);
    const t = performance.now();
    let bytes = 0;
    for (const file of files) {
      const handle = await open(file, 'r');
      for (let n; (n = (await handle.read(buffer, 0, buffer.length, null)).bytesRead) > 0;) bytes += n;
      await handle.close();
    }
    return bytes / MB / ((performance.now() - t) / 1000);
  };

  // The portal in a child process.
  portal = await startPortalProcess(
    { NODE_ENV: 'production', DATA_DIR: dataDir, PLENARY_BUILD_DIR: process.env.PLENARY_BUILD_DIR! },
    await freePort(),
    benchNodeArgs(),
  );
  const child = portal.child;
  const base = portal.url;
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024;

  // Warm up (list page, a small archive), then take the baseline.
  await (await fetch(`${base}/meetings/fg-mv-demo/documents`)).arrayBuffer();
  await (await fetch(`${base}/meetings/fg-mv-demo/archive.zip?q=doc-1`)).arrayBuffer().catch(() => {});
  global.gc?.();
  const baseline = await settledRss(rss);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 25);

  const zipUrl = `${base}/meetings/fg-mv-demo/archive.zip`;
  let last = { bytes: 0, length: 0, seconds: 0 };
  const zip = async () => {
    dropPageCache();
    last = await download(zipUrl);
    return last.bytes / MB / last.seconds;
  };
  const rounds: { zip: number; plain: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const zipFirst = round % 2 === 1;
    let z = zipFirst ? await zip() : 0;
    const plain = await plainRead();
    if (!zipFirst) z = await zip();
    rounds.push({ zip: z, plain });
    console.log(
      `round ${round + 1}: plain read ${plain.toFixed(0).padStart(5)} MB/s, zip ${z.toFixed(0).padStart(5)} MB/s: ${((z / plain) * 100).toFixed(0)}%`,
    );
  }
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  const received = last.bytes;
  const expected = last.length;
  const growth = (peak - baseline) / MB;
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };
  const ratio = median(rounds.map((r) => r.zip / r.plain));
  failed = !(ratio >= 0.6 && growth < 64 && received === expected);
  const length = received === expected ? 'exact' : `WRONG (${expected})`;
  console.log(
    `\nzip of ${DOCS} documents (${keys.length} files + manifest): ${(received / MB).toFixed(0)} MB, Content-Length ${length}`,
  );
  const cache = canDrop
    ? 'page cache dropped before each read'
    : 'page cache NOT dropped (needs root): both read the page cache';
  console.log(`${ROUNDS} rounds, client ${curlAvailable ? 'curl' : 'node:http'}, ${cache}`);
  console.log(
    `medians: plain read ${median(rounds.map((r) => r.plain)).toFixed(0)} MB/s, zip over HTTP ${median(rounds.map((r) => r.zip)).toFixed(0)} MB/s`,
  );
  console.log(
    `zip / plain read of the same round, median: ${(ratio * 100).toFixed(0)}% (target >= 60%) ${ratio >= 0.6 ? 'OK' : 'UNDER TARGET'}`,
  );
  console.log(
    `server RSS: baseline ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB, ` +
      `growth ${growth.toFixed(1)} MB (target < 64 MB) ${growth < 64 ? 'OK' : 'OVER TARGET'}`,
  );
} finally {
  await portal?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
