import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { Transform, type TransformCallback } from 'node:stream';
import { StorageLimitError } from './types.js';

/**
 * A pass-through that counts bytes and hashes them (SHA-256, and CRC-32 for zip archives) on their way to storage, and fails
 * with StorageLimitError as soon as more than maxBytes have gone through.
 *
 * The counters are private fields on purpose: @aws-sdk/lib-storage takes a body's public `size`,
 * `length` or `byteLength` for its total length.
 */
export class Meter extends Transform {
  #bytes = 0;
  #crc = 0;
  readonly #hash = createHash('sha256');
  readonly #maxBytes?: number;

  constructor(maxBytes?: number) {
    super();
    if (maxBytes !== undefined && !(Number.isSafeInteger(maxBytes) && maxBytes >= 0)) {
      throw new Error(`maxBytes must be a non-negative integer, got ${maxBytes}.`);
    }
    this.#maxBytes = maxBytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#maxBytes !== undefined && this.#bytes > this.#maxBytes) {
      done(new StorageLimitError(this.#maxBytes));
      return;
    }
    this.#hash.update(chunk);
    this.#crc = zlib.crc32(chunk, this.#crc);
    done(null, chunk);
  }

  /** Size, hex SHA-256 and CRC-32 of everything that went through; call once, after the end. */
  result(): { size: number; sha256: string; crc32: number } {
    return { size: this.#bytes, sha256: this.#hash.digest('hex'), crc32: this.#crc >>> 0 };
  }
}
