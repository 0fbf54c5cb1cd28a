/**
 * The hourly storage sweep: removes what a crashed or abandoned write left in storage. Files are stored before the
 * rows that claim them are committed, so a process that dies in between leaves a file no row claims; a process that
 * dies while writing leaves an unfinished write (a temporary file, an incomplete S3 multipart upload); a form that
 * is never sent leaves pending uploads. Only what is older than an age no live request reaches is touched.
 */
import { inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.server';
import { documentFiles, pendingUploads } from '../../db/schema';
import type { Storage } from '../../storage';
import type { Services } from './context.server';
import { logger } from './logging.server';

/**
 * Every key prefix the portal writes under: uploads/ (files of submission forms), stamped/ (registered documents
 * with their number stamped in), generated/ (agendas and liaison statements the portal writes).
 */
export const STORAGE_PREFIXES = ['uploads/', 'stamped/', 'generated/'] as const;

/** Older than this, an unclaimed file or an unfinished write belongs to no request still running. */
const DEFAULT_ORPHAN_AGE_MS = 3_600_000;
const BATCH = 200;

export interface SweepOptions {
  now?: Date;
  /** Age past which unclaimed files and unfinished writes are removed (default 1 hour). */
  orphanMaxAgeMs?: number;
  /** Age past which pending uploads of forms never sent are removed (default: the configuration's). */
  pendingMaxAgeMs?: number;
}

export interface SweepResult {
  unfinishedWrites: number;
  pendingUploads: number;
  orphans: number;
}

export async function sweepStorage(
  services: Pick<Services, 'db' | 'storage' | 'config'>,
  opts: SweepOptions = {},
): Promise<SweepResult> {
  const { db, storage } = services;
  const now = (opts.now ?? new Date()).getTime();
  const orphanCutoff = new Date(now - (opts.orphanMaxAgeMs ?? DEFAULT_ORPHAN_AGE_MS));
  const pendingCutoff = new Date(now - (opts.pendingMaxAgeMs ?? services.config.pendingUploadMaxAgeMs));

  const unfinished = await storage.removeUnfinishedWrites(orphanCutoff);
  if (unfinished.length) logger.info({ removed: unfinished }, 'storage sweep: removed unfinished writes');

  const pending = await expirePendingUploads(db, storage, pendingCutoff);
  if (pending.length) logger.info({ keys: pending }, 'storage sweep: removed uploads of forms never sent');

  const orphans: string[] = [];
  for (const prefix of STORAGE_PREFIXES) orphans.push(...(await removeUnclaimed(db, storage, prefix, orphanCutoff)));
  if (orphans.length) logger.info({ keys: orphans }, 'storage sweep: removed files no row claims');

  return { unfinishedWrites: unfinished.length, pendingUploads: pending.length, orphans: orphans.length };
}

/**
 * Deletes pending uploads created before the cutoff, rows first: a row that a submission claims at the same
 * moment is either gone already (claimed) or deleted here, never both, and only files of rows deleted here go.
 */
async function expirePendingUploads(db: Db, storage: Storage, cutoff: Date): Promise<string[]> {
  const expired = await db
    .delete(pendingUploads)
    .where(lt(pendingUploads.createdAt, cutoff))
    .returning({ key: pendingUploads.storageKey });
  for (const { key } of expired) await storage.delete(key);
  return expired.map((r) => r.key);
}

/** Deletes the files under prefix, last written before the cutoff, that neither a document file nor a pending upload claims. */
async function removeUnclaimed(db: Db, storage: Storage, prefix: string, cutoff: Date): Promise<string[]> {
  const removed: string[] = [];
  const batch: string[] = [];
  const flush = async () => {
    const keys = batch.splice(0);
    if (!keys.length) return;
    const claimed = new Set(
      [
        ...(await db
          .select({ key: documentFiles.storageKey })
          .from(documentFiles)
          .where(inArray(documentFiles.storageKey, keys))),
        ...(await db
          .select({ key: pendingUploads.storageKey })
          .from(pendingUploads)
          .where(inArray(pendingUploads.storageKey, keys))),
      ].map((r) => r.key),
    );
    for (const key of keys) {
      if (claimed.has(key)) continue;
      await storage.delete(key);
      removed.push(key);
    }
  };
  for await (const object of storage.list(prefix)) {
    // Rows commit after their files: a fresh file may be claimed in a moment.
    if (!object.lastModified || object.lastModified >= cutoff) continue;
    batch.push(object.key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return removed;
}
