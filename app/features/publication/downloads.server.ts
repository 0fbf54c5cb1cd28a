import { eq } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { Db } from '../../../db/client.server';
import { documentFiles, documents } from '../../../db/schema';
import { contentDisposition, StorageNotFoundError, StorageRangeError, type Storage } from '../../../storage';
import { documentNumber } from './document-view';
import { notFound } from '../../platform/errors';
import type { Principal } from '../groups/permissions.server';
import { maySeeDocument } from '../documents/policy.server';

/**
 * File downloads. A file is found only by its id (a random UUID): never by number or storage key. Files the
 * viewer may not see answer exactly like files that do not exist (404), so nothing leaks, not even a title.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SIGNED_URL_SECONDS = 60;

/** The file and its document, if the principal may see them; else a 404 DomainError. */
export async function findDownload(db: Db, principal: Principal | null, fileId: string) {
  if (!UUID.test(fileId)) throw notFound();
  const [row] = await db
    .select({
      file: {
        id: documentFiles.id,
        filename: documentFiles.filename,
        contentType: documentFiles.contentType,
        size: documentFiles.size,
        sha256: documentFiles.sha256,
        storageKey: documentFiles.storageKey,
      },
      doc: {
        id: documents.id,
        groupId: documents.groupId,
        access: documents.access,
        submittedBy: documents.submittedBy,
        publishedAt: documents.publishedAt,
        state: documents.state,
        numberLabel: documents.numberLabel,
        revision: documents.revision,
        relation: documents.relation,
        relationNumber: documents.relationNumber,
      },
    })
    .from(documentFiles)
    .innerJoin(documents, eq(documents.id, documentFiles.documentId))
    .where(eq(documentFiles.id, fileId));
  if (!row || !(await maySeeDocument(db, principal, row.doc.id))) throw notFound();
  return row;
}

export type ByteRange = { start: number; end: number };

/**
 * Parses a Range header for one range of a file of the given size. Returns null to send the whole file
 * (no header, several ranges, or a form we do not serve), 'unsatisfiable' for a range past the end.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

export type DownloadAnswer =
  | { kind: 'redirect'; url: string }
  | { kind: 'stream'; status: 200 | 206; body: Readable; headers: Record<string, string> }
  | { kind: 'unsatisfiable'; size: number };

/** The download of a file the principal may see: a short-lived signed URL on S3, else a stream (with Range). */
export async function download(
  db: Db,
  storage: Storage,
  principal: Principal | null,
  fileId: string,
  opts: { range?: string | null; preferStream?: boolean } = {},
): Promise<DownloadAnswer> {
  const { file, doc } = await findDownload(db, principal, fileId);
  const filename = downloadName(documentNumber(doc), file.filename);
  if (storage.kind === 's3' && !opts.preferStream) {
    const url = await storage.signedUrl(file.storageKey, {
      expiresInSeconds: SIGNED_URL_SECONDS,
      filename,
      contentType: file.contentType,
    });
    if (url) return { kind: 'redirect', url };
  }
  const range = parseRange(opts.range ?? null, file.size);
  if (range === 'unsatisfiable') return { kind: 'unsatisfiable', size: file.size };
  const headers: Record<string, string> = {
    'Content-Type': file.contentType || 'application/octet-stream',
    'Content-Disposition': contentDisposition(filename),
    'Accept-Ranges': 'bytes',
    ETag: `"${file.sha256}"`,
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  try {
    if (range) {
      const body = await storage.get(file.storageKey, { range });
      return {
        kind: 'stream',
        status: 206,
        body,
        headers: {
          ...headers,
          'Content-Range': `bytes ${range.start}-${range.end}/${file.size}`,
          'Content-Length': String(range.end - range.start + 1),
        },
      };
    }
    const body = await storage.get(file.storageKey);
    return { kind: 'stream', status: 200, body, headers: { ...headers, 'Content-Length': String(file.size) } };
  } catch (err) {
    if (err instanceof StorageNotFoundError) throw notFound();
    if (err instanceof StorageRangeError) return { kind: 'unsatisfiable', size: file.size };
    throw err;
  }
}

/**
 * "FGMV-I-012 Rev.1 - proposal.docx": the document number first, once, characters unsafe in file names replaced. A
 * file already named by the number in any spelling ("FGMV-I-012-Rev.1.docx", "fgmv_i_012 rev1.docx") keeps its name;
 * one named by the number without the suffix ("FGMV-I-012.docx" for Rev.1) gets the full number instead of it.
 */
export function downloadName(number: string, filename: string): string {
  const clean = (s: string) =>
    s
      .replace(/[/\\:*?"<>|\x00-\x1f]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  const base = clean(filename) || 'file';
  const num = clean(number);
  if (!num) return base;
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (stripPrefix(base, fold(num)) !== null) return base;
  const bare = num.replace(/\s+(Add|Corr|Rev)\.\s*\d+.*$/i, '');
  const rest = bare !== num ? stripPrefix(base, fold(bare)) : null;
  if (rest !== null) return /^\.[^.\s]+$/.test(rest) || !rest ? `${num}${rest}` : `${num} - ${rest}`;
  return `${num} - ${base}`;
}

/** `name` without a leading run of characters that folds to `folded` (and the separators after it), or null. */
function stripPrefix(name: string, folded: string): string | null {
  let seen = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i].toLowerCase();
    const alnum = /[\p{L}\p{N}]/u.test(c);
    // The number must end where a word ends: FGMV-I-001 is not the start of FGMV-I-0012.
    if (seen === folded)
      return alnum && /\p{N}$/u.test(seen) === /\p{N}/u.test(c) ? null : name.slice(i).replace(/^[\s_-]+/, '');
    if (alnum) {
      seen += c;
      if (!folded.startsWith(seen)) return null;
    }
  }
  return seen === folded ? '' : null;
}
