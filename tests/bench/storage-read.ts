/**
 * Reads objects from local storage with nothing else to do, and prints `{"bytes":…,"seconds":…}` of the second
 * of two passes: the raw-read baselines of archive.bench.ts. It runs in a process of its own, warmed by one pass
 * as the portal is by earlier requests: in the benchmark's own process, after it wrote 1 GB of fixtures, the
 * same loop ran anywhere from 0.7 to 3.8 GB/s from one run to the next, and a fresh process's first pass runs at
 * a third of the speed of its second (its heap is new memory).
 * Usage: tsx tests/bench/storage-read.ts <root> <file with one key a line> <warm|cold> <storage|plain>
 * - cold: the page cache is dropped (root only) between the passes, so the timed one reads from the disk.
 * - storage: the zip's own read path (archive.server.ts, writeZip): storage's readers, direct from the disk
 *   where they can, the same reads ahead, into reused buffers of the same size.
 * - plain: one ordinary read after another through the page cache (the kernel reads ahead), into one buffer.
 */
import fs from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ARCHIVE_DISK_READS, ARCHIVE_READ_SIZE } from '../../app/features/publication/archive.server';
import { createStorage, ReadAhead, readBuffer } from '../../storage';
import { dropPageCache } from './page-cache';

const [root, keysFile, regime, how] = process.argv.slice(2);
const storage = createStorage({ kind: 'local', root });
const keys = fs.readFileSync(keysFile, 'utf8').split('\n').filter(Boolean);

async function storageReads() {
  const free = Array.from({ length: ARCHIVE_DISK_READS.ahead + 1 }, () => readBuffer(ARCHIVE_READ_SIZE));
  const t = performance.now();
  // Sizes asked of storage inside the timed part: the zip knows them from the database, but its reader's open
  // reads the file's inode, from the disk after the page cache was dropped (750 small reads), and so does stat.
  const objects = await Promise.all(keys.map(async (key) => ({ key, size: (await storage.head(key))!.size })));
  const reads = new ReadAhead(storage, objects, { take: async () => free.pop()!, chunk: ARCHIVE_READ_SIZE, ...ARCHIVE_DISK_READS });
  let bytes = 0;
  try {
    for (const object of objects) {
      let position = 0;
      do {
        const read = await reads.next();
        position += read.bytes;
        free.push(read.buffer);
      } while (position < object.size);
      bytes += position;
    }
  } finally {
    await reads.close();
  }
  return { bytes, seconds: (performance.now() - t) / 1000 };
}

async function plainReads() {
  const buffer = Buffer.allocUnsafeSlow(ARCHIVE_READ_SIZE);
  const t = performance.now();
  let bytes = 0;
  for (const key of keys) {
    const handle = await open(path.join(root, key), 'r');
    for (let n; (n = (await handle.read(buffer, 0, buffer.length, null)).bytesRead) > 0;) bytes += n;
    await handle.close();
  }
  return { bytes, seconds: (performance.now() - t) / 1000 };
}

const readAll = how === 'plain' ? plainReads : storageReads;
await readAll();
if (regime === 'cold' && !dropPageCache()) throw new Error('Dropping the page cache needs root.');
console.log(JSON.stringify(await readAll()));
