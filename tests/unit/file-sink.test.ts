import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { FileSink } from '../../storage/file-sink';

const KiB = 1024;
const MiB = 1024 * KiB;

/** A file handle whose writes finish when the test says so (or at once), recording what reached the "disk". */
function slowDisk(opts: { auto?: boolean; shortWrites?: boolean; failWrite?: number } = {}) {
  const writes: { bytes: Buffer; position: number; finish: () => void; fail: (e: Error) => void }[] = [];
  const calls: string[] = [];
  const handle = {
    writev(buffers: Buffer[], position: number) {
      const all = Buffer.concat(buffers);
      const bytes = opts.shortWrites && all.length > 1 ? all.subarray(0, Math.ceil(all.length / 2)) : all;
      calls.push(`writev ${bytes.length}@${position}`);
      return new Promise<{ bytesWritten: number; buffers: Buffer[] }>((resolve, reject) => {
        const w = { bytes, position, finish: () => resolve({ bytesWritten: bytes.length, buffers }), fail: reject };
        writes.push(w);
        if (opts.failWrite === writes.length) reject(new Error('EIO: the disk failed'));
        else if (opts.auto) setImmediate(w.finish);
      });
    },
    async datasync() {
      calls.push('datasync');
    },
    async sync() {
      calls.push('sync');
    },
  };
  const disk = () => {
    const out = Buffer.alloc(writes.reduce((n, w) => Math.max(n, w.position + w.bytes.length), 0));
    for (const w of writes) w.bytes.copy(out, w.position);
    return out;
  };
  return { handle: handle as unknown as FileHandle, writes, calls, disk };
}

const chunk = (i: number, size = 64 * KiB) => Buffer.alloc(size, i % 251);

describe('FileSink: a request is read while the disk writes', () => {
  it('holds the producer at 4 MiB pending and lets it go on while the next write is still under way', async () => {
    const { handle, writes } = slowDisk();
    const sink = new FileSink(handle);
    let accepted = 0;
    while (sink.write(chunk(accepted))) accepted++;
    accepted++;
    // Everything up to 4 MiB was taken at once while only the first write had started.
    expect(accepted * 64 * KiB).toBeGreaterThanOrEqual(4 * MiB);
    expect(writes).toHaveLength(1);
    let drained = false;
    sink.once('drain', () => {
      drained = true;
    });
    writes[0].finish();
    await new Promise((r) => setImmediate(r));
    expect(writes).toHaveLength(2);
    expect(writes[1].bytes.length).toBe(MiB);
    writes[1].finish();
    await new Promise((r) => setImmediate(r));
    // 3 MiB are still pending and a third write is in flight, yet the producer may go on: a stream that waits
    // for everything to be written ('drain' at zero) would keep it waiting here.
    expect(writes).toHaveLength(3);
    expect(drained).toBe(true);
    sink.destroy();
  });

  it('writes every byte in order, fdatasyncs along the way and fsyncs once at the end', async () => {
    const { handle, calls, disk } = slowDisk({ auto: true });
    const chunks = Array.from({ length: 300 }, (_, i) => chunk(i, 1000 + ((i * 7919) % 60_000)));
    await pipeline(Readable.from(chunks), new FileSink(handle));
    expect(disk().equals(Buffer.concat(chunks))).toBe(true);
    expect(calls.filter((c) => c === 'datasync').length).toBeGreaterThanOrEqual(1);
    expect(calls.at(-1)).toBe('sync');
    expect(calls.filter((c) => c === 'sync')).toHaveLength(1);
  });

  it('goes on after a short write with the bytes the disk did not take', async () => {
    const { handle, disk } = slowDisk({ auto: true, shortWrites: true });
    const chunks = Array.from({ length: 40 }, (_, i) => chunk(i, 50_000));
    await pipeline(Readable.from(chunks), new FileSink(handle));
    expect(disk().equals(Buffer.concat(chunks))).toBe(true);
  });

  it('fails with the disk error, writes nothing more and never fsyncs', async () => {
    const { handle, calls } = slowDisk({ auto: true, failWrite: 2 });
    const chunks = Array.from({ length: 200 }, (_, i) => chunk(i));
    await expect(pipeline(Readable.from(chunks), new FileSink(handle))).rejects.toThrow('EIO');
    expect(calls.filter((c) => c.startsWith('writev'))).toHaveLength(2);
    expect(calls).not.toContain('sync');
  });

  it('reports being destroyed only after the write in flight has finished, so the handle can be closed', async () => {
    const { handle, writes } = slowDisk();
    const sink = new FileSink(handle);
    sink.write(chunk(1));
    sink.on('error', () => {});
    sink.destroy(new Error('the client went away'));
    let closed = false;
    const close = new Promise<void>((resolve) =>
      sink.once('close', () => {
        closed = true;
        resolve();
      }),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(false);
    writes[0].finish();
    await close;
    expect(writes).toHaveLength(1);
  });
});
