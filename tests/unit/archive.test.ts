import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { planArchive, zipChunks } from '../../app/features/publication/archive.server';
import type { Storage } from '../../storage';

const zeros = Buffer.alloc(1 << 20);
/** A storage whose objects are runs of zero bytes of the size named in the key. */
const fakeStorage = {
  kind: 'local',
  async get(key: string) {
    let left = Number(key.split('/').pop());
    return new Readable({ read() { if (left <= 0) return void this.push(null); const n = Math.min(left, zeros.length); left -= n; this.push(n === zeros.length ? zeros : zeros.subarray(0, n)); } });
  },
} as unknown as Storage;

async function produce(entries: Parameters<typeof planArchive>[0]) {
  const plan = planArchive(entries);
  let total = 0;
  let last = Buffer.alloc(0);
  for await (const chunk of zipChunks(plan, fakeStorage)) { total += chunk.length; last = chunk; }
  return { plan, total, last };
}

describe('zip layout', () => {
  it('produces exactly the planned number of bytes, with UTF-8 names', async () => {
    const { plan, total, last } = await produce([
      { name: 'manifest.csv', size: 5, data: Buffer.from('a,b\r\n'), modified: new Date() },
      { name: 'FGMV-I-001 Rev.1 - café 文件.docx', size: 3000, storageKey: 'x/3000', modified: new Date('2023-06-10T08:00:00Z') },
      { name: 'empty.pdf', size: 0, storageKey: 'x/0', modified: new Date() },
    ]);
    expect(total).toBe(plan.size);
    expect(plan.zip64End).toBe(false);
    expect(last.readUInt32LE(last.length - 22)).toBe(0x06054b50);
  });

  it('switches to ZIP64 records for an entry of 4 GiB or more, and still matches the plan', async () => {
    const big = 2 ** 32 + 10;
    const { plan, total, last } = await produce([
      { name: 'small.txt', size: 2, data: Buffer.from('hi'), modified: new Date() },
      { name: 'huge.bin', size: big, storageKey: `x/${big}`, modified: new Date() },
      { name: 'after.bin', size: 100, storageKey: 'x/100', modified: new Date() },
    ]);
    expect(plan.zip64End).toBe(true);
    expect(plan.entries.map((e) => e.zip64)).toEqual([false, true, true]);
    expect(total).toBe(plan.size);
    expect(last.readUInt32LE(0)).toBe(0x06064b50);
  }, 120_000);

  it('puts a CRC-32 known on upload in the local header, and computes the others into a data descriptor', async () => {
    const chunks: Buffer[] = [];
    const known = zlib.crc32(Buffer.alloc(100));
    const plan = planArchive([
      { name: 'a.bin', size: 100, storageKey: 'x/100', crc32: known, modified: new Date() },
      { name: 'b.bin', size: 100, storageKey: 'x/100', crc32: null, modified: new Date() },
    ]);
    for await (const c of zipChunks(plan, fakeStorage)) chunks.push(c);
    const zip = Buffer.concat(chunks);
    expect(zip.length).toBe(plan.size);
    // a.bin: flags without bit 3, CRC and sizes in the header, its bytes followed directly by b.bin's header.
    expect(zip.readUInt16LE(6) & 0x08).toBe(0);
    expect(zip.readUInt32LE(14)).toBe(known);
    expect(zip.readUInt32LE(18)).toBe(100);
    const b = 30 + 5 + 100;
    expect(zip.readUInt32LE(b)).toBe(0x04034b50);
    // b.bin: bit 3 set, zeros in the header, the computed CRC in the descriptor after its bytes.
    expect(zip.readUInt16LE(b + 6) & 0x08).toBe(0x08);
    expect(zip.readUInt32LE(b + 14)).toBe(0);
    expect(zip.readUInt32LE(b + 30 + 5 + 100)).toBe(0x08074b50);
    expect(zip.readUInt32LE(b + 30 + 5 + 100 + 4)).toBe(known);
    // The central directory carries both CRCs, the recorded one and the computed one.
    const central = b + 30 + 5 + 100 + 16;
    expect(zip.readUInt32LE(central)).toBe(0x02014b50);
    expect(zip.readUInt32LE(central + 16)).toBe(known);
    expect(zip.readUInt32LE(central + 46 + 5)).toBe(0x02014b50);
    expect(zip.readUInt32LE(central + 46 + 5 + 16)).toBe(known);
  });
});
