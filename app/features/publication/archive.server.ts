import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { ReadAhead, readBuffer, type Storage } from '../../../storage';
import type { DocumentListResult, ListedDocument, ListedFile } from './document-list.server';
import { downloadName } from './downloads.server';
import { DomainError } from '../../platform/errors';
import { listCsv } from './exports.server';

/**
 * "Download all": a zip of the current view, streamed as it is built, with a manifest (the view as CSV) first.
 * Files are stored, not compressed (.docx, .pdf, .pptx are already compressed), so the archive's exact size is
 * known before the first byte — sent as Content-Length, so browsers show progress — and memory stays flat:
 * each file flows from storage to the response chunk by chunk. Its CRC-32, computed on upload, goes in the
 * local header; for older files without one it is computed on the way and written in a data descriptor after
 * the bytes. ZIP64 records are used only where sizes or offsets need them (over 4 GiB).
 */

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
/** How far the archive stream reads ahead of its consumer, where files come as streams (S3). */
const ARCHIVE_READ_AHEAD = 2 * 1024 * 1024;
/** Size of the reads into reused buffers where storage can read into ours (local files; benchmarks read the same). */
export const ARCHIVE_READ_SIZE = 512 * 1024;
/**
 * Reads in flight ahead of the socket, and files opened ahead: the disk's latency is hidden behind the sending of
 * the bytes before. 6 and 4: from 3 and none, the zip of 1 GB from the disk went from medians of ~760-860 MB/s
 * to ~1,000 (README, Benchmarks); memory: 9 buffers of 512 KiB per zip.
 */
export const ARCHIVE_DISK_READS = { ahead: 6, opensAhead: 4 };

export interface ArchiveEntry {
  name: string;
  size: number;
  /** Bytes of a small in-memory entry (the manifest); else the file is read from storage. */
  data?: Buffer;
  storageKey?: string;
  /** CRC-32 recorded on upload; null for files stored before it was. */
  crc32?: number | null;
  modified: Date;
}

/** `crc` known up front goes in the headers; else (`crc` null) a data descriptor follows the bytes. */
interface PlannedEntry extends ArchiveEntry { nameBytes: Buffer; offset: number; zip64: boolean; crc: number | null }

export interface ArchivePlan { entries: PlannedEntry[]; size: number; centralOffset: number; centralSize: number; zip64End: boolean }

/** Lays out the archive: offsets of every entry and the total size, before anything is read. */
export function planArchive(entries: ArchiveEntry[]): ArchivePlan {
  let offset = 0;
  const planned: PlannedEntry[] = [];
  for (const e of entries) {
    const nameBytes = Buffer.from(e.name, 'utf8');
    const zip64 = e.size >= MAX32 || offset >= MAX32;
    const crc = e.data ? zlib.crc32(e.data) : (e.crc32 ?? null);
    planned.push({ ...e, nameBytes, offset, zip64, crc });
    offset += 30 + nameBytes.length + (zip64 ? 20 : 0) + e.size + (crc === null ? (zip64 ? 24 : 16) : 0);
  }
  const centralOffset = offset;
  const centralSize = planned.reduce((n, e) => n + 46 + e.nameBytes.length + (e.zip64 ? 28 : 0), 0);
  const zip64End = planned.length >= MAX16 || centralOffset >= MAX32 || centralSize >= MAX32 || planned.some((e) => e.zip64);
  return { entries: planned, size: centralOffset + centralSize + (zip64End ? 56 + 20 : 0) + 22, centralOffset, centralSize, zip64End };
}

function dosTime(d: Date): number {
  const year = Math.max(1980, d.getUTCFullYear());
  return (((year - 1980) << 25) | ((d.getUTCMonth() + 1) << 21) | (d.getUTCDate() << 16) | (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)) >>> 0;
}

// General purpose flags: bit 11 (UTF-8 names), and bit 3 (sizes and CRC in a data descriptor) when the CRC is not known up front.
const flags = (e: PlannedEntry) => (e.crc === null ? 0x0808 : 0x0800);

function localHeader(e: PlannedEntry): Buffer {
  const b = Buffer.alloc(30 + e.nameBytes.length + (e.zip64 ? 20 : 0));
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(e.zip64 ? 45 : 20, 4);
  const known = e.crc !== null;
  b.writeUInt16LE(flags(e), 6);
  b.writeUInt16LE(0, 8); // stored
  b.writeUInt32LE(dosTime(e.modified), 10);
  b.writeUInt32LE(known ? e.crc! : 0, 14);
  b.writeUInt32LE(e.zip64 ? MAX32 : known ? e.size : 0, 18);
  b.writeUInt32LE(e.zip64 ? MAX32 : known ? e.size : 0, 22);
  b.writeUInt16LE(e.nameBytes.length, 26);
  b.writeUInt16LE(e.zip64 ? 20 : 0, 28);
  e.nameBytes.copy(b, 30);
  if (e.zip64) {
    const x = 30 + e.nameBytes.length;
    b.writeUInt16LE(0x0001, x);
    b.writeUInt16LE(16, x + 2);
    b.writeBigUInt64LE(known ? BigInt(e.size) : 0n, x + 4);
    b.writeBigUInt64LE(known ? BigInt(e.size) : 0n, x + 12);
  }
  return b;
}

function descriptor(e: PlannedEntry, crc: number): Buffer {
  const b = Buffer.alloc(e.zip64 ? 24 : 16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(crc >>> 0, 4);
  if (e.zip64) { b.writeBigUInt64LE(BigInt(e.size), 8); b.writeBigUInt64LE(BigInt(e.size), 16); }
  else { b.writeUInt32LE(e.size, 8); b.writeUInt32LE(e.size, 12); }
  return b;
}

function centralHeader(e: PlannedEntry, crc: number): Buffer {
  const b = Buffer.alloc(46 + e.nameBytes.length + (e.zip64 ? 28 : 0));
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE((3 << 8) | 45, 4); // made by: Unix, 4.5
  b.writeUInt16LE(e.zip64 ? 45 : 20, 6);
  b.writeUInt16LE(flags(e), 8);
  b.writeUInt16LE(0, 10);
  b.writeUInt32LE(dosTime(e.modified), 12);
  b.writeUInt32LE(crc >>> 0, 16);
  b.writeUInt32LE(e.zip64 ? MAX32 : e.size, 20);
  b.writeUInt32LE(e.zip64 ? MAX32 : e.size, 24);
  b.writeUInt16LE(e.nameBytes.length, 28);
  b.writeUInt16LE(e.zip64 ? 28 : 0, 30);
  b.writeUInt16LE(0, 32); // comment
  b.writeUInt16LE(0, 34); // disk
  b.writeUInt16LE(0, 36); // internal attributes
  b.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
  b.writeUInt32LE(e.zip64 ? MAX32 : e.offset, 42);
  e.nameBytes.copy(b, 46);
  if (e.zip64) {
    const x = 46 + e.nameBytes.length;
    b.writeUInt16LE(0x0001, x);
    b.writeUInt16LE(24, x + 2);
    b.writeBigUInt64LE(BigInt(e.size), x + 4);
    b.writeBigUInt64LE(BigInt(e.size), x + 12);
    b.writeBigUInt64LE(BigInt(e.offset), x + 20);
  }
  return b;
}

function endRecords(plan: ArchivePlan): Buffer {
  const n = plan.entries.length;
  const parts: Buffer[] = [];
  if (plan.zip64End) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE((3 << 8) | 45, 12);
    z.writeUInt16LE(45, 14);
    z.writeUInt32LE(0, 16);
    z.writeUInt32LE(0, 20);
    z.writeBigUInt64LE(BigInt(n), 24);
    z.writeBigUInt64LE(BigInt(n), 32);
    z.writeBigUInt64LE(BigInt(plan.centralSize), 40);
    z.writeBigUInt64LE(BigInt(plan.centralOffset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeUInt32LE(0, 4);
    loc.writeBigUInt64LE(BigInt(plan.centralOffset + plan.centralSize), 8);
    loc.writeUInt32LE(1, 16);
    parts.push(z, loc);
  }
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(0, 4);
  e.writeUInt16LE(0, 6);
  e.writeUInt16LE(plan.zip64End ? MAX16 : n, 8);
  e.writeUInt16LE(plan.zip64End ? MAX16 : n, 10);
  e.writeUInt32LE(plan.zip64End ? MAX32 : plan.centralSize, 12);
  e.writeUInt32LE(plan.zip64End ? MAX32 : plan.centralOffset, 16);
  e.writeUInt16LE(0, 20);
  parts.push(e);
  return Buffer.concat(parts);
}

/**
 * The archive in order: bytes ready to send, or a stored file for the caller to send, which then hands back
 * the CRC-32 it computed on the way (`next(crc)`), used where none was recorded on upload.
 */
function* zipParts(plan: ArchivePlan): Generator<Buffer | PlannedEntry, void, number | undefined> {
  const crcs: number[] = [];
  for (const e of plan.entries) {
    yield localHeader(e);
    let crc = e.crc;
    if (e.data) yield e.data;
    else {
      const computed = yield e;
      crc ??= computed!;
    }
    crcs.push(crc!);
    if (e.crc === null) yield descriptor(e, crc!);
  }
  yield Buffer.concat(plan.entries.map((e, i) => centralHeader(e, crcs[i])));
  yield endRecords(plan);
}

/** A stored object that no longer matches its recorded size would corrupt every later offset: stop there. */
function checkSize(e: PlannedEntry, bytes: number) {
  if (bytes !== e.size) throw new Error(`Archive entry "${e.name}" has ${bytes} bytes in storage, ${e.size} recorded.`);
}

/** The archive's bytes, in order, pulled one chunk at a time (back-pressure comes from the consumer). */
export async function* zipChunks(plan: ArchivePlan, storage: Storage): AsyncGenerator<Buffer> {
  const parts = zipParts(plan);
  for (let part = parts.next(); !part.done;) {
    if (Buffer.isBuffer(part.value)) { yield part.value; part = parts.next(); continue; }
    const e = part.value;
    let crc = 0;
    let written = 0;
    for await (const chunk of (await storage.get(e.storageKey!)) as AsyncIterable<Buffer>) {
      if (e.crc === null) crc = zlib.crc32(chunk, crc);
      written += chunk.length;
      if (written > e.size) break;
      yield chunk;
    }
    checkSize(e, written);
    part = parts.next(crc);
  }
}

/** The archive as a Node stream that reads files only as it is consumed. */
function zipStream(plan: ArchivePlan, storage: Storage) {
  return Readable.from(zipChunks(plan, storage), { objectMode: false, highWaterMark: ARCHIVE_READ_AHEAD });
}

/**
 * Writes the archive straight to a response, where storage has readers (local files): the files are read a few
 * buffers ahead of the socket (ReadAhead), directly from the disk where it can, into a few buffers that are
 * reused once the socket has taken their bytes. On this machine, new memory for each of a gigabyte's reads
 * costs as much as sending it, and so does the page cache (see storage/direct-read.ts). Ends the response.
 */
export async function writeZip(plan: ArchivePlan, storage: Storage, out: ServerResponse): Promise<void> {
  if (!storage.openReader) return void (await pipeline(zipStream(plan, storage), out));
  const buffers = new RecycledBuffers(out, ARCHIVE_READ_SIZE, ARCHIVE_DISK_READS.ahead);
  const files = plan.entries.filter((e) => !e.data).map((e) => ({ key: e.storageKey!, size: e.size, name: e.name }));
  const reads = new ReadAhead(storage, files, { take: () => buffers.take(), chunk: ARCHIVE_READ_SIZE, ...ARCHIVE_DISK_READS });
  try {
    const parts = zipParts(plan);
    for (let part = parts.next(); !part.done;) {
      if (Buffer.isBuffer(part.value)) { await buffers.send(part.value); part = parts.next(); continue; }
      let crc = 0;
      let position = 0;
      do {
        const { buffer, bytes } = await reads.next();
        const chunk = buffer.subarray(0, bytes);
        if (part.value.crc === null) crc = zlib.crc32(chunk, crc);
        position += bytes;
        await buffers.send(chunk, buffer);
      } while (position < part.value.size);
      part = parts.next(crc);
    }
  } finally {
    await reads.close();
  }
  out.end();
}

/**
 * Buffers lent to a response: a buffer comes back once the socket has taken everything written up to its end
 * (the response's pending bytes say how far that is). When none has come back and the socket is past its
 * high-water mark, 'drain' is due and awaited; otherwise (many short pieces in flight) a fresh buffer is made,
 * and the set shrinks back to its first size as buffers come back.
 */
class RecycledBuffers {
  #free: Buffer[] = [];
  #lent: { buffer: Buffer; end: number }[] = [];
  #written = 0;
  /** Buffers made and not dropped: free, being filled, or lent to the socket. */
  #made = 0;
  readonly #count: number;
  /** Enough for the socket's high-water mark, the reads ahead and the one being sent. */
  constructor(private readonly out: ServerResponse, private readonly size: number, ahead: number) {
    this.#count = Math.ceil(out.writableHighWaterMark / size) + 1 + ahead;
    for (let i = 0; i < this.#count; i++) this.#free.push(this.#make());
  }

  async take(): Promise<Buffer> {
    this.#reclaim();
    if (!this.#free.length && this.out.writableNeedDrain) { await this.#drained(); this.#reclaim(); }
    return this.#free.pop() ?? this.#make();
  }

  /** Writes bytes (lent from `buffer`, if given), waiting while the socket is behind. */
  async send(bytes: Buffer, buffer?: Buffer) {
    if (this.out.destroyed) throw new Error('The client went away.');
    this.out.write(bytes);
    this.#written += bytes.length;
    if (buffer) this.#lent.push({ buffer, end: this.#written });
    if (this.out.writableNeedDrain) await this.#drained();
  }

  #reclaim() {
    const taken = this.#written - this.out.writableLength;
    while (this.#lent.length && this.#lent[0].end <= taken) {
      const { buffer } = this.#lent.shift()!;
      if (this.#made > this.#count) this.#made--;
      else this.#free.push(buffer);
    }
  }

  #make() {
    this.#made++;
    return readBuffer(this.size);
  }

  #drained() {
    return new Promise<void>((resolve) => {
      const done = () => { this.out.off('drain', done).off('close', done); resolve(); };
      this.out.on('drain', done).on('close', done);
    });
  }
}

/** Files of a listed document that go into the archive: the stamped Word file (else the main one), the PDF, attachments. */
export function archiveFiles(r: ListedDocument): ListedFile[] {
  const stamped = r.files.find((f) => f.role === 'stamped');
  return r.files.filter((f) => (f.role === 'main' ? !stamped : true));
}

/** Names carry the document number; clashes get " (2)", " (3)"... */
export function archiveEntries(result: DocumentListResult, baseUrl: string, now = new Date()): ArchiveEntry[] {
  const used = new Set<string>(['manifest.csv']);
  const unique = (name: string) => {
    if (!used.has(name.toLowerCase())) { used.add(name.toLowerCase()); return name; }
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let i = 2; ; i++) {
      const candidate = `${stem} (${i})${ext}`;
      if (!used.has(candidate.toLowerCase())) { used.add(candidate.toLowerCase()); return candidate; }
    }
  };
  const files: ArchiveEntry[] = [];
  const names = new Map<string, string>();
  for (const r of result.rows) {
    for (const f of archiveFiles(r)) {
      const name = unique(downloadName(r.number, f.filename).slice(0, 200));
      names.set(f.id, name);
      files.push({ name, size: f.size, storageKey: f.storageKey, crc32: f.crc32, modified: new Date(r.updatedAt) });
    }
  }
  const manifest = Buffer.from(listCsv(result.rows.map((r) => ({ ...r, files: archiveFiles(r) })), baseUrl, { fileNames: names }), 'utf8');
  return [{ name: 'manifest.csv', size: manifest.length, data: manifest, modified: now }, ...files];
}

/** The zip of a list view: its size (for Content-Length) and a stream that reads files only as it is consumed. */
export function buildArchive(result: DocumentListResult, storage: Storage, baseUrl: string) {
  if (!result.rows.length) throw new DomainError('not_found', 'documents.archive.empty');
  const plan = planArchive(archiveEntries(result, baseUrl));
  const filename = `${result.meeting.slug}-documents.zip`;
  return {
    size: plan.size, filename, count: result.rows.length,
    stream: () => zipStream(plan, storage),
    writeTo: (out: ServerResponse) => writeZip(plan, storage, out),
  };
}
