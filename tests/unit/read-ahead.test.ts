import { describe, expect, it } from 'vitest';
import { ReadAhead, type Storage } from '../../storage';

const CHUNK = 8;

/** Storage whose objects' reads finish when the test says so (or at once), recording every read and close. */
function slowStorage(objects: Record<string, Buffer>, opts: { auto?: boolean; shortReads?: boolean } = {}) {
  const reads: { key: string; position: number; finish: () => void }[] = [];
  const log: string[] = [];
  const storage = {
    kind: 'local',
    async openReader(key: string) {
      const content = objects[key];
      log.push(`open ${key}`);
      return {
        size: content.length,
        read(into: Buffer, position: number) {
          log.push(`read ${key}@${position}`);
          return new Promise<number>((resolve) => {
            const max = opts.shortReads ? Math.min(into.length, 3) : into.length;
            const finish = () => resolve(position >= content.length ? 0 : content.copy(into, 0, position, position + max));
            reads.push({ key, position, finish });
            if (opts.auto) setImmediate(finish);
          });
        },
        async close() { log.push(`close ${key}`); },
      };
    },
  } as unknown as Storage;
  return { storage, reads, log };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const buffers = () => async () => Buffer.alloc(CHUNK);
const text = (read: { buffer: Buffer; bytes: number }) => read.buffer.subarray(0, read.bytes).toString();

describe('ReadAhead: files read in order, a few reads ahead of their consumer', () => {
  it('keeps `ahead` reads in flight, across the end of one object into the next', async () => {
    const { storage, reads, log } = slowStorage({ a: Buffer.from('aaaaaaaabbbbbbbbcc'), b: Buffer.from('dddddddd'), e: Buffer.alloc(0) });
    const objects = [{ key: 'a', size: 18 }, { key: 'b', size: 8 }, { key: 'e', size: 0 }];
    const ahead = new ReadAhead(storage, objects, { take: buffers(), chunk: CHUNK, ahead: 3, opensAhead: 0 });
    const first = ahead.next();
    await settle();
    expect(reads.map((r) => `${r.key}@${r.position}`)).toEqual(['a@0', 'a@8', 'a@16']);
    reads[0].finish();
    expect(text(await first)).toBe('aaaaaaaa');
    // Asking for the second piece starts the read of "b" while "a" is still being read.
    const second = ahead.next();
    await settle();
    expect(reads.map((r) => `${r.key}@${r.position}`)).toEqual(['a@0', 'a@8', 'a@16', 'b@0']);
    for (const r of reads.slice(1)) r.finish();
    expect(text(await second)).toBe('bbbbbbbb');
    expect(text(await ahead.next())).toBe('cc');
    expect(text(await ahead.next())).toBe('dddddddd');
    expect(await ahead.next()).toMatchObject({ bytes: 0 });
    await expect(ahead.next()).rejects.toThrow('past the last object');
    // Each reader closed after its last read; the empty object was opened (so a missing one is noticed) and closed.
    expect(log.filter((l) => !l.startsWith('read'))).toEqual(['open a', 'open b', 'close a', 'close b', 'open e', 'close e']);
    await ahead.close();
  });

  it('opens the readers of the next objects early (an open reads the inode, which may come from the disk)', async () => {
    const { storage, reads, log } = slowStorage({ a: Buffer.from('aaaaaaaaaaaaaaaaaaaaaaaa'), b: Buffer.from('b'), c: Buffer.from('c'), d: Buffer.from('d') });
    const ahead = new ReadAhead(storage, ['a', 'b', 'c', 'd'].map((key) => ({ key, size: key === 'a' ? 24 : 1 })), { take: buffers(), chunk: CHUNK, ahead: 2, opensAhead: 3 });
    void ahead.next();
    await settle();
    expect(log).toEqual(['open a', 'open b', 'open c', 'read a@0', 'read a@8']);
    for (const r of reads) r.finish();
    await ahead.close();
    expect(log.filter((l) => l.startsWith('close')).sort()).toEqual(['close a', 'close b', 'close c']);
  });

  it('completes short reads, so that each buffer holds every byte due at its place', async () => {
    const content = Buffer.from('0123456789abcdefghij');
    const { storage } = slowStorage({ a: content }, { auto: true, shortReads: true });
    const ahead = new ReadAhead(storage, [{ key: 'a', size: 20 }], { take: buffers(), chunk: CHUNK, ahead: 2, opensAhead: 0 });
    const pieces = [text(await ahead.next()), text(await ahead.next()), text(await ahead.next())];
    expect(pieces).toEqual(['01234567', '89abcdef', 'ghij']);
    await ahead.close();
  });

  it('stops with an error naming the file when its size in storage is not the expected one', async () => {
    const { storage } = slowStorage({ a: Buffer.from('aaaa'), b: Buffer.from('bbbbbb') }, { auto: true });
    const longer = new ReadAhead(storage, [{ key: 'a', size: 3, name: 'FGMV-I-001.docx' }], { take: buffers(), chunk: CHUNK, ahead: 2, opensAhead: 0 });
    await expect(longer.next()).rejects.toThrow('"FGMV-I-001.docx" has 4 bytes in storage, 3 expected');
    await longer.close();
    const shorter = new ReadAhead(storage, [{ key: 'b', size: 10 }], { take: buffers(), chunk: CHUNK, ahead: 2, opensAhead: 0 });
    await expect(shorter.next()).rejects.toThrow('"b" has 6 bytes in storage, 10 expected');
    await shorter.close();
  });

  it('on close, waits for the reads in flight (their buffers are still being filled) and closes every reader', async () => {
    const { storage, reads, log } = slowStorage({ a: Buffer.from('aaaaaaaabbbbbbbb'), b: Buffer.from('cc') });
    const ahead = new ReadAhead(storage, [{ key: 'a', size: 16 }, { key: 'b', size: 2 }], { take: buffers(), chunk: CHUNK, ahead: 3, opensAhead: 0 });
    void ahead.next();
    await settle();
    let closed = false;
    const closing = ahead.close().then(() => { closed = true; });
    await settle();
    expect(closed).toBe(false);
    for (const r of reads) r.finish();
    await closing;
    expect(log.filter((l) => l.startsWith('close')).sort()).toEqual(['close a', 'close b']);
  });
});
