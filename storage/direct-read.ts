import fs from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Reads that bypass the page cache (O_DIRECT), for files read once from start to end (the zip of a meeting's
 * documents). On this kind of machine, filling the page cache costs about as much CPU as the read itself
 * (0.6 s a GB, against 0.06–0.13 s for a direct read of the same file), CPU that the zip's socket and its
 * client need. A direct read wants its memory, position and length aligned to the disk's block size (512 or
 * 4096 bytes): `readBuffer` gives page-aligned memory, and any read the kernel refuses (EINVAL: an unaligned
 * buffer or length, a file system without O_DIRECT) is done again through the page cache.
 */

const WASM_PAGE = 64 * 1024;

/**
 * A buffer to read into, page-aligned so that a direct read can fill it. Node's own buffers are not aligned
 * (glibc puts 16 bytes of bookkeeping in front of them); WebAssembly memory is mapped whole pages.
 */
export function readBuffer(size: number): Buffer {
  if (typeof WebAssembly === 'undefined') return Buffer.allocUnsafeSlow(size);
  const pages = Math.ceil(size / WASM_PAGE);
  return Buffer.from(new WebAssembly.Memory({ initial: pages, maximum: pages }).buffer, 0, size);
}

const DIRECT = fs.constants.O_DIRECT;

/** Opens `file` for reading: directly (when asked and the file system allows it) or through the page cache. */
export async function openForReading(file: string, wantDirect: boolean): Promise<{ handle: FileHandle; direct: boolean }> {
  if (wantDirect && DIRECT) {
    try {
      return { handle: await open(file, fs.constants.O_RDONLY | DIRECT), direct: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
    }
  }
  return { handle: await open(file, 'r'), direct: false };
}

/**
 * `read(into, position)` over a handle opened by openForReading: a direct read the kernel refuses is done
 * again through a second, ordinary handle to the same file (opened once, when first needed).
 */
export function directReads(file: string, handle: FileHandle, direct: boolean) {
  let buffered: Promise<FileHandle> | undefined;
  return {
    async read(into: Buffer, position: number): Promise<number> {
      if (direct) {
        try {
          return (await handle.read(into, 0, into.length, position)).bytesRead;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
        }
      }
      const h = direct ? await (buffered ??= open(file, 'r')) : handle;
      return (await h.read(into, 0, into.length, position)).bytesRead;
    },
    async close() {
      await Promise.all([handle.close(), buffered?.then((h) => h.close())]);
    },
  };
}
