import { Transform, type PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ZipFile } from '../../platform/zip.server';
import type { Storage } from '../../../storage';
import type { DocumentListResult } from './document-list.server';
import { publishedFiles } from './listed-documents.server';
import { downloadName } from './downloads.server';
import { DomainError } from '../../platform/errors';
import { listCsv } from './exports.server';

/**
 * "Download all": a zip of the current view, streamed as it is built, with a manifest (the view as CSV) first.
 * Files are stored, not compressed (.docx, .pdf, .pptx are already compressed), so yazl knows the archive's exact
 * size before the first byte — sent as Content-Length, so browsers show progress — and memory stays flat: each
 * file flows from storage to the response with back-pressure. yazl computes each file's CRC-32 on the way and
 * writes it in a data descriptor after the bytes; ZIP64 records only where sizes or offsets need them. A file whose
 * bytes no longer match the size or CRC-32 recorded at upload stops the archive, which then has no valid end.
 */

export interface ArchiveEntry {
  name: string;
  size: number;
  /** Bytes of a small in-memory entry (the manifest); else the file is read from storage. */
  data?: Buffer;
  storageKey?: string;
  /** The CRC-32 recorded when the file was stored: bytes that no longer match it stop the archive. */
  crc32?: number | null;
  modified: Date;
}

/** Passes the bytes through and fails at their end if their CRC-32 is not the one recorded. */
function checkedAgainst(recorded: number, name: string) {
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = zlib.crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      done(
        crc >>> 0 === recorded >>> 0
          ? null
          : new Error(`${name}: the stored bytes no longer match the CRC-32 recorded at upload.`),
      );
    },
  });
}

/**
 * The zip of `entries`: its exact size, and its bytes. Without storage only the size is wanted (HEAD): no file is
 * opened, as yazl asks for a file's stream only once everything before it has been consumed.
 */
export function zipArchive(entries: ArchiveEntry[], storage: Storage | null): { size: number; stream: Readable } {
  const zip = new ZipFile();
  const output = zip.outputStream as PassThrough;
  let reading: Readable | null = null;
  const fail = (error: Error) => output.destroy(error);
  zip.on('error', fail);
  // The client went away: stop reading the file being sent.
  output.once('close', () => reading?.destroy());
  for (const e of entries) {
    const options = { mtime: e.modified, compress: false };
    if (e.data) zip.addBuffer(e.data, e.name, options);
    else {
      zip.addReadStreamLazy(e.name, { ...options, size: e.size }, (done) => {
        if (!storage || output.destroyed) return;
        storage.get(e.storageKey!).then((stream) => {
          reading = stream.once('error', fail);
          if (e.crc32 == null) return done(null, stream);
          done(null, stream.pipe(checkedAgainst(e.crc32, e.name).once('error', fail)));
        }, fail);
      });
    }
  }
  let size = -1;
  // Called during end() when no entry waits for a stat (the types leave out its argument).
  (zip.end as (options: object, sized: (total: number) => void) => void).call(zip, {}, (total) => {
    size = total;
  });
  if (size < 0) throw new Error('The archive size could not be computed up front.');
  return { size, stream: output };
}

/** Names carry the document number; clashes get " (2)", " (3)"... */
export function archiveEntries(result: DocumentListResult, baseUrl: string, now = new Date()): ArchiveEntry[] {
  const used = new Set<string>(['manifest.csv']);
  const unique = (name: string) => {
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let i = 2; ; i++) {
      const candidate = `${stem} (${i})${ext}`;
      if (!used.has(candidate.toLowerCase())) {
        used.add(candidate.toLowerCase());
        return candidate;
      }
    }
  };
  const files: ArchiveEntry[] = [];
  const names = new Map<string, string>();
  for (const r of result.rows) {
    for (const f of publishedFiles(r.files)) {
      const name = unique(downloadName(r.number, f.filename).slice(0, 200));
      names.set(f.id, name);
      files.push({ name, size: f.size, storageKey: f.storageKey, crc32: f.crc32, modified: new Date(r.updatedAt) });
    }
  }
  const manifest = Buffer.from(
    listCsv(
      result.rows.map((r) => ({ ...r, files: publishedFiles(r.files) })),
      baseUrl,
      { fileNames: names },
    ),
    'utf8',
  );
  return [{ name: 'manifest.csv', size: manifest.length, data: manifest, modified: now }, ...files];
}

/** The zip of a list view: its size (for Content-Length) and a stream that reads files only as it is consumed. */
export function buildArchive(result: DocumentListResult, storage: Storage, baseUrl: string) {
  if (!result.rows.length) throw new DomainError('not_found', 'documents.archive.empty');
  const entries = archiveEntries(result, baseUrl);
  return {
    size: zipArchive(entries, null).size,
    filename: `${result.meeting.slug}-documents.zip`,
    count: result.rows.length,
    stream: () => zipArchive(entries, storage).stream,
  };
}
