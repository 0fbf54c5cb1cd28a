/** Random access to the bytes of a file, so a stored object is read in place (local disk or S3) by ranges, never loaded whole. */
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Storage } from '../../../storage';

export interface ByteSource {
  size: number;
  /** Bytes [start, end) as a stream. */
  read(start: number, end: number): Readable | Promise<Readable>;
}

export function bufferSource(buf: Buffer | Uint8Array): ByteSource {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return { size: b.length, read: (start, end) => Readable.from([b.subarray(start, end)]) };
}

/** A stored object read by ranges (works the same on local disk and S3). */
export function storageSource(storage: Storage, key: string, size: number): ByteSource {
  return {
    size,
    // [start, end) here, inclusive ranges in storage: an empty read (a zero-length zip entry) is no range at all.
    read: (start, end) => (end <= start ? Readable.from([]) : storage.get(key, { range: { start, end: end - 1 } })),
  };
}

/** A file on disk read by ranges. */
export function fileSource(path: string): ByteSource {
  return {
    size: statSync(path).size,
    read: (start, end) => (end <= start ? Readable.from([]) : createReadStream(path, { start, end: end - 1 })),
  };
}

/** Bytes [start, start + length) of the source, clipped to its size. */
export async function readBytes(source: ByteSource, start: number, length: number): Promise<Buffer> {
  if (start < 0 || start >= source.size || length <= 0) return Buffer.alloc(0);
  const stream = await source.read(start, Math.min(source.size, start + length));
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
