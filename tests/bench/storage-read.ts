/**
 * Reads objects straight from local storage, as the zip does, and prints
 * `{"bytes":…,"seconds":…}` of the second of two passes: the raw-read baseline of archive.bench.ts. It runs in a
 * process of its own, warmed by one pass as the portal is by earlier requests: in the benchmark's own process,
 * after it wrote 1 GB of fixtures, the same loop ran anywhere from 0.7 to 3.8 GB/s from one run to the next, and
 * a fresh process's first pass runs at a third of the speed of its second (its heap is new memory).
 * Usage: tsx tests/bench/storage-read.ts <root> <file with one key a line> [cold]; with `cold` the page cache is
 * dropped (root only) between the passes, so the timed one reads from the disk.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ARCHIVE_READ_SIZE } from '../../app/lib/archive.server';
import { createStorage } from '../../storage';
import { dropPageCache } from './page-cache';

const [root, keysFile, cold] = process.argv.slice(2);
const storage = createStorage({ kind: 'local', root });
const keys = fs.readFileSync(keysFile, 'utf8').split('\n').filter(Boolean);
// The files in order, read as the zip reads them (archive.server.ts, writeZip): into one reused buffer of the same size.
const buffer = Buffer.allocUnsafeSlow(ARCHIVE_READ_SIZE);
const readAll = async () => {
  const t = performance.now();
  let bytes = 0;
  for (const key of keys) {
    const reader = await storage.openReader!(key);
    let position = 0;
    for (let n; (n = await reader.read(buffer, position)) > 0;) position += n;
    bytes += position;
    await reader.close();
  }
  return { bytes, seconds: (performance.now() - t) / 1000 };
};
await readAll();
if (cold === 'cold' && !dropPageCache()) throw new Error('Dropping the page cache needs root.');
console.log(JSON.stringify(await readAll()));
