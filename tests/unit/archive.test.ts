import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipArchive, type ArchiveEntry } from '../../app/features/publication/archive.server';
import type { Storage } from '../../storage';

/** A storage whose objects are `size` bytes of the key's last letter, `size` being the number before it. */
function fakeStorage() {
  const opened: Readable[] = [];
  const storage = {
    kind: 'local',
    async get(key: string) {
      const [, size, letter] = /(\d+)([a-z])$/.exec(key)!;
      const chunks = Array.from({ length: Math.ceil(Number(size) / 65536) }, (_, i) =>
        Buffer.alloc(Math.min(65536, Number(size) - i * 65536), letter),
      );
      const stream = Readable.from(chunks);
      opened.push(stream);
      return stream;
    },
  } as unknown as Storage;
  return { storage, opened };
}

const entries: ArchiveEntry[] = [
  { name: 'manifest.csv', size: 5, data: Buffer.from('a,b\r\n'), modified: new Date() },
  {
    name: 'FGMV-I-001 Rev.1 - café 文件.docx',
    size: 3000,
    storageKey: 'x/3000a',
    modified: new Date('2023-06-10T08:00:00Z'),
  },
  { name: 'empty.pdf', size: 0, storageKey: 'x/0b', modified: new Date() },
  { name: 'FGMV-I-002 - b.pdf', size: 70_000, storageKey: 'x/70000c', modified: new Date() },
];

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('zip archive', () => {
  it('is exactly the size announced up front, with the entries in order, UTF-8 names and their bytes', async () => {
    const { storage } = fakeStorage();
    const { size, stream } = zipArchive(entries, storage);
    const zip = await bytesOf(stream);
    expect(zip.length).toBe(size);
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files)).toEqual(entries.map((e) => e.name));
    expect(Buffer.from(files['manifest.csv']).toString()).toBe('a,b\r\n');
    expect(Buffer.from(files['FGMV-I-002 - b.pdf']).equals(Buffer.alloc(70_000, 'c'))).toBe(true);
    expect(files['empty.pdf'].length).toBe(0);
  });

  it('gives the same size without storage (a HEAD request reads no file)', () => {
    const { storage } = fakeStorage();
    const { size, stream } = zipArchive(entries, storage);
    stream.destroy();
    expect(zipArchive(entries, null).size).toBe(size);
  });

  it('stops reading the file being sent when the client goes away', async () => {
    const { storage, opened } = fakeStorage();
    const big = { name: 'big.pdf', size: 4 << 20, storageKey: `x/${4 << 20}d`, modified: new Date() };
    const { stream } = zipArchive([big, { ...big, name: 'next.pdf' }], storage);
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened).toHaveLength(1);
    stream.destroy();
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened[0].destroyed).toBe(true);
  });

  it('fails rather than send a corrupt archive when a stored file no longer has its recorded size', async () => {
    const { storage } = fakeStorage();
    const { stream } = zipArchive([{ name: 'short.pdf', size: 10, storageKey: 'x/4d', modified: new Date() }], storage);
    await expect(bytesOf(stream)).rejects.toThrow(/unexpected number of bytes/);
  });
});
