/**
 * Streaming multipart uploads straight to storage (never buffered whole), and the sweep of stored
 * files that no row claims. Files before rows: a file is stored under a fresh key first; rows that
 * point at it are committed afterwards; whatever is left unclaimed is garbage for the sweep.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { unstable_parseMultipartFormData } from '@remix-run/node';
import { and, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.server';
import { documentFiles, pendingUploads } from '../../db/schema';
import { StorageLimitError, formatBytes, type Storage } from '../../storage';
import { DomainError } from './errors';

export interface StoredUpload {
  field: string;
  filename: string;
  contentType: string;
  key: string;
  size: number;
  sha256: string;
}

export interface ReceivedForm {
  fields: Record<string, string[]>;
  files: StoredUpload[];
}

const MAX_TEXT_FIELD = 256 * 1024;

/** A fresh, never reused key: uploads/<yyyy>/<mm>/<uuid>. */
export function uploadKey(now = new Date()) {
  return `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
}

/** Keeps only a file name's last path segment, without control characters, at most 200 characters. */
export function safeFilename(name: string) {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200) || 'file';
}

/**
 * Parses a multipart request, streaming each file part to storage (refused mid-stream past maxBytes)
 * and keeping text fields. On any failure, files already stored by this request are deleted.
 */
export async function receiveMultipart(request: Request, storage: Storage, opts: { maxBytes: number }): Promise<ReceivedForm> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    const fields: Record<string, string[]> = {};
    for (const [k, v] of form) if (typeof v === 'string') (fields[k] ??= []).push(v);
    return { fields, files: [] };
  }
  const fields: Record<string, string[]> = {};
  const files: StoredUpload[] = [];
  try {
    await unstable_parseMultipartFormData(request, async ({ name, filename, contentType, data }) => {
      if (filename === undefined) {
        const chunks: Uint8Array[] = [];
        let n = 0;
        for await (const chunk of data) {
          n += chunk.length;
          if (n > MAX_TEXT_FIELD) throw new DomainError('invalid', 'submissions.fieldTooLarge');
          chunks.push(chunk);
        }
        (fields[name] ??= []).push(Buffer.concat(chunks).toString('utf8'));
        return undefined;
      }
      if (!filename) {
        for await (const _ of data) { /* an empty file input */ }
        return undefined;
      }
      const key = uploadKey();
      try {
        const result = await storage.put(key, Readable.from(data), { contentType: 'application/octet-stream', maxBytes: opts.maxBytes });
        files.push({ field: name, filename: safeFilename(filename), contentType: contentType || 'application/octet-stream', key, size: result.size, sha256: result.sha256 });
      } catch (err) {
        if (err instanceof StorageLimitError) throw new DomainError('too_large', 'submissions.file.tooLarge', { filename: safeFilename(filename), max: formatBytes(opts.maxBytes) });
        throw err;
      }
      return undefined;
    });
  } catch (err) {
    await Promise.all(files.map((f) => storage.delete(f.key).catch(() => {})));
    throw err;
  }
  return { fields, files };
}

/**
 * Deletes what no committed row claims: pending uploads older than `pendingMaxAgeMs` (with their objects),
 * and objects under uploads/ older than `orphanMaxAgeMs` that neither a document file nor a pending
 * upload references (a crash between the upload and the commit leaves those).
 */
export async function sweepOrphanedUploads(db: Db, storage: Storage, opts: { now?: Date; pendingMaxAgeMs?: number; orphanMaxAgeMs?: number } = {}) {
  const now = opts.now ?? new Date();
  const pendingCutoff = new Date(now.getTime() - (opts.pendingMaxAgeMs ?? 24 * 3600_000));
  const orphanCutoff = new Date(now.getTime() - (opts.orphanMaxAgeMs ?? 3600_000));
  let pending = 0;
  let orphans = 0;
  const stale = await db.select({ id: pendingUploads.id, key: pendingUploads.storageKey }).from(pendingUploads).where(lt(pendingUploads.createdAt, pendingCutoff));
  for (const row of stale) {
    await db.delete(pendingUploads).where(and(inArray(pendingUploads.id, [row.id])));
    await storage.delete(row.key);
    pending++;
  }
  const batch: { key: string }[] = [];
  const flush = async () => {
    const keys = batch.splice(0).map((o) => o.key);
    if (!keys.length) return;
    const used = new Set([
      ...(await db.select({ k: documentFiles.storageKey }).from(documentFiles).where(inArray(documentFiles.storageKey, keys))).map((r) => r.k),
      ...(await db.select({ k: pendingUploads.storageKey }).from(pendingUploads).where(inArray(pendingUploads.storageKey, keys))).map((r) => r.k),
    ]);
    for (const key of keys) if (!used.has(key)) { await storage.delete(key); orphans++; }
  };
  for await (const obj of storage.list('uploads/')) {
    if (obj.lastModified && obj.lastModified > orphanCutoff) continue;
    batch.push(obj);
    if (batch.length >= 200) await flush();
  }
  await flush();
  return { pending, orphans };
}

const sweepers = new WeakSet<Storage>();

/** Starts an hourly sweep for this process (once per storage); the timer does not keep the process alive. */
export function ensureUploadSweeper(db: Db, storage: Storage) {
  if (sweepers.has(storage)) return;
  sweepers.add(storage);
  const timer = setInterval(() => {
    sweepOrphanedUploads(db, storage).catch((err) => console.error('upload sweep failed:', err));
  }, 3600_000);
  timer.unref();
}
