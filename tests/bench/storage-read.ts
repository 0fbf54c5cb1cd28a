/**
 * Reads objects straight from local storage, as the portal's storage driver does, and prints
 * `{"bytes":…,"seconds":…}` of the second of two passes: the raw-read baseline of archive.bench.ts. It runs in a
 * process of its own, warmed by one pass as the portal is by earlier requests: in the benchmark's own process,
 * after it wrote 1 GB of fixtures, the same loop ran anywhere from 0.7 to 3.8 GB/s from one run to the next, and
 * a fresh process's first pass runs at a third of the speed of its second (its heap is new memory).
 * Usage: tsx tests/bench/storage-read.ts <root> <file with one key a line> [cold]; with `cold` the page cache is
 * dropped (root only) between the passes, so the timed one reads from the disk.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { ARCHIVE_READ_AHEAD } from '../../app/lib/archive.server';
import { createStorage } from '../../storage';
import { dropPageCache } from './page-cache';

const [root, keysFile, cold] = process.argv.slice(2);
const storage = createStorage({ kind: 'local', root });
const keys = fs.readFileSync(keysFile, 'utf8').split('\n').filter(Boolean);
// The files in order, with the same read-ahead as the zip stream (archive.server.ts): the next file is opened
// while the consumer takes the last chunks of the one before.
async function* chunks() {
  for (const key of keys) yield* (await storage.get(key)) as AsyncIterable<Buffer>;
}
const readAll = async () => {
  const t = performance.now();
  let bytes = 0;
  for await (const chunk of Readable.from(chunks(), { objectMode: false, highWaterMark: ARCHIVE_READ_AHEAD })) bytes += (chunk as Buffer).length;
  return { bytes, seconds: (performance.now() - t) / 1000 };
};
await readAll();
if (cold === 'cold' && !dropPageCache()) throw new Error('Dropping the page cache needs root.');
console.log(JSON.stringify(await readAll()));
