import { Writable } from 'node:stream';
import type { FileHandle } from 'node:fs/promises';

/** Bytes a sink holds (written or waiting) before it makes its producer wait. */
const MAX_PENDING = 4 * 1024 * 1024;
/** The most one write system call takes, so that the producer is let go again while the disk is busy. */
const MAX_BATCH = 1024 * 1024;
/** Unsynced bytes after which the sink starts an fdatasync while it goes on writing. */
const SYNC_BEHIND = 8 * 1024 * 1024;

/**
 * Writes a stream into an open file behind its producer, and fsyncs it at the end.
 *
 * Why not fs.WriteStream: a Node writable lets its producer go on only once everything handed to it has been
 * written ('drain' at zero), so reading a request and writing to disk take turns instead of overlapping. This
 * sink lets the producer go as soon as less than MAX_PENDING is pending, while a write of at most MAX_BATCH is
 * under way: the disk always has the next batch ready and the producer keeps working. Every SYNC_BEHIND bytes
 * an fdatasync starts in the background, so the final fsync has only the last stretch left.
 *
 * It never closes the handle; on an error or destroy it waits for the write in flight before it reports, so
 * the owner can close the handle right after.
 */
export class FileSink extends Writable {
  readonly #handle: FileHandle;
  #queue: Buffer[] = [];
  #pending = 0;
  #position = 0;
  #unsynced = 0;
  #writing: Promise<void> | null = null;
  #syncing: Promise<void> | null = null;
  #failure: Error | null = null;
  /** The producer's callback while it waits for room. */
  #held: ((error?: Error | null) => void) | null = null;

  constructor(handle: FileHandle) {
    super({ highWaterMark: 64 * 1024 });
    this.#handle = handle;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.#failure) return done(this.#failure);
    this.#queue.push(chunk);
    this.#pending += chunk.length;
    this.#pump();
    if (this.#pending < MAX_PENDING) done();
    else this.#held = done;
  }

  override _final(done: (error?: Error | null) => void): void {
    this.#settled()
      .then(() => this.#syncing)
      .then(() => {
        if (this.#failure) throw this.#failure;
        return this.#handle.sync();
      })
      .then(
        () => done(),
        (error: Error) => done(error),
      );
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.#failure ??= error ?? new Error('The file sink was destroyed.');
    this.#queue = [];
    this.#release();
    void Promise.all([this.#writing, this.#syncing]).then(() => done(error));
  }

  /** Resolves once nothing is queued or being written (or a write failed). */
  async #settled(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  #pump(): void {
    if (this.#writing || this.#failure || this.#queue.length === 0) return;
    const batch: Buffer[] = [];
    let size = 0;
    while (this.#queue.length && size < MAX_BATCH) {
      const chunk = this.#queue.shift()!;
      batch.push(chunk);
      size += chunk.length;
    }
    this.#writing = this.#writeAll(batch, size).then(
      () => {
        this.#pending -= size;
        if (!this.#failure) this.#syncBehind(size); // not once destroyed: the owner may be closing the handle
        this.#writing = null;
        this.#pump();
        if (this.#pending < MAX_PENDING) this.#release();
      },
      (error: Error) => {
        this.#failure = error;
        this.#writing = null;
        this.#release();
      },
    );
  }

  /** One batch at the current position; a short write (rare on files) goes on with what is left. */
  async #writeAll(batch: Buffer[], size: number): Promise<void> {
    let buffers = batch;
    let left = size;
    for (;;) {
      const { bytesWritten } = await this.#handle.writev(buffers, this.#position);
      if (bytesWritten === 0 && left > 0) throw new Error('The disk took none of a write.');
      this.#position += bytesWritten;
      left -= bytesWritten;
      if (left === 0) return;
      buffers = [Buffer.concat(buffers).subarray(bytesWritten)];
    }
  }

  #syncBehind(written: number): void {
    this.#unsynced += written;
    if (this.#unsynced < SYNC_BEHIND || this.#syncing) return;
    this.#unsynced = 0;
    this.#syncing = this.#handle.datasync().then(
      () => {
        this.#syncing = null;
      },
      (error: Error) => {
        this.#failure ??= error;
        this.#syncing = null;
      },
    );
  }

  #release(): void {
    const held = this.#held;
    this.#held = null;
    held?.(this.#failure);
  }
}
