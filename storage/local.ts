import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FileSink } from './file-sink.js';
import { Meter } from './measure.js';
import {
  assertValidKey,
  assertValidPrefix,
  assertValidRange,
  StorageNotFoundError,
  StorageRangeError,
  type ObjectInfo,
  type Storage,
  type UnfinishedWrite,
} from './types.js';

const TMP_DIR = '.tmp';
/** Reads of 512 KiB: an eighth of the system calls and event-loop turns of the default 64 KiB, per file served. */
const READ_CHUNK = 512 * 1024;

/**
 * Files under root, one per key. A put streams to root/.tmp/<uuid>, fsyncs, then renames into place,
 * so a key holds either nothing or a complete, durable file.
 */
export function createLocalStorage(config: { root: string }): Storage {
  const root = path.resolve(config.root);
  const fileOf = (key: string) => {
    assertValidKey(key);
    return path.join(root, ...key.split('/'));
  };

  /** The file of a key, open for reading, with its size; StorageNotFoundError when there is no such file. */
  const openFile = async (key: string) => {
    const handle = await open(fileOf(key), 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' || error.code === 'ENOTDIR' ? new StorageNotFoundError(key) : error;
    });
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new StorageNotFoundError(key);
      return { handle, size: info.size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  };

  return {
    kind: 'local',

    async put(key, body, opts = {}) {
      const tmp = path.join(root, TMP_DIR, randomUUID());
      let file: string;
      let meter: Meter;
      try {
        file = fileOf(key);
        meter = new Meter(opts.maxBytes);
        await mkdir(path.dirname(tmp), { recursive: true });
        const handle = await open(tmp, 'wx');
        try {
          await pipeline(body, meter, new FileSink(handle));
        } finally {
          await handle.close();
        }
        await mkdir(path.dirname(file), { recursive: true });
        await rename(tmp, file);
      } catch (error) {
        body.destroy();
        await rm(tmp, { force: true });
        throw error;
      }
      await syncDirectory(path.dirname(file));
      return { key, ...meter.result() };
    },

    async get(key, opts = {}) {
      const { handle, size } = await openFile(key);
      try {
        const range = opts.range;
        if (!range) return handle.createReadStream({ highWaterMark: READ_CHUNK });
        assertValidRange(range);
        if (range.start >= size)
          throw new StorageRangeError(`Range starts at ${range.start}, past the ${size}-byte object.`);
        return handle.createReadStream({ start: range.start, end: range.end, highWaterMark: READ_CHUNK });
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async head(key) {
      const info = await stat(fileOf(key)).catch(ignoreMissing);
      return info?.isFile() ? { key, size: info.size, lastModified: info.mtime } : null;
    },

    async delete(key) {
      await rm(fileOf(key), { force: true });
    },

    async *list(prefix) {
      assertValidPrefix(prefix);
      // Walk only the directory the prefix points into; filter the rest by string prefix like S3.
      const dirKey = prefix.slice(0, prefix.lastIndexOf('/') + 1);
      yield* walk(root, dirKey, prefix);
    },

    async signedUrl(key) {
      assertValidKey(key);
      return null;
    },

    async removeUnfinishedWrites(before) {
      const dir = path.join(root, TMP_DIR);
      const removed: UnfinishedWrite[] = [];
      for (const name of (await readdir(dir).catch(ignoreMissing)) ?? []) {
        const file = path.join(dir, name);
        // A write under way keeps touching its file; one not touched since `before` belongs to a process that died.
        const info = await stat(file).catch(ignoreMissing);
        if (!info || info.mtime >= before) continue;
        await rm(file, { force: true, recursive: true });
        removed.push({ size: info.size, startedAt: info.mtime });
      }
      return removed;
    },
  };
}

/** Files under root/dirKey whose key starts with prefix, in the byte order S3 lists keys in. */
async function* walk(root: string, dirKey: string, prefix: string): AsyncGenerator<ObjectInfo> {
  const entries = await readdir(path.join(root, dirKey), { withFileTypes: true }).catch(ignoreMissing);
  if (!entries) return;
  // A directory "a" sorts as "a/" so that "a-b" (0x2d) comes before "a/x" (0x2f), as in S3.
  const named = entries
    .filter((entry) => !(dirKey === '' && entry.name === TMP_DIR))
    .map((entry) => ({ entry, key: dirKey + entry.name + (entry.isDirectory() ? '/' : '') }))
    .filter(({ key }) => key.startsWith(prefix) || prefix.startsWith(key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { entry, key } of named) {
    if (entry.isDirectory()) {
      yield* walk(root, key, prefix);
    } else if (entry.isFile() && key.startsWith(prefix)) {
      const info = await stat(path.join(root, key)).catch(ignoreMissing);
      if (info) yield { key, size: info.size, lastModified: info.mtime };
    }
  }
}

/** Makes a rename inside dir durable. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
  throw error;
}
