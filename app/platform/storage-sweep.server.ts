/**
 * The hourly storage sweep: removes what a crashed or abandoned write left in storage. Files are stored before the
 * rows that claim them are committed, so a process that dies in between leaves a file no row claims; a process that
 * dies while writing leaves an unfinished write (a temporary file, an incomplete S3 multipart upload); a form that
 * is never sent leaves pending uploads; a mailed contribution nobody confirms leaves its file. Only what is older than
 * an age no live request reaches is touched.
 */
import { and, eq, inArray, lt } from 'drizzle-orm';
import { inTransaction, type Db } from '../../db/client.server';
import { documentFiles, incomingLiaisonFiles, mailedSubmissions, meetings, pendingUploads } from '../../db/schema';
import { recordEvent } from './audit.server';
import type { Storage } from '../../storage';
import type { Services } from './context.server';
import { logger } from './logging.server';

/**
 * Every key prefix the portal writes under: uploads/ (files of submission forms and imports), stamped/ (registered
 * documents with their number stamped in), generated/ (agendas and liaison statements the portal writes), mail/
 * (files of mailed contributions).
 */
export const STORAGE_PREFIXES = ['uploads/', 'stamped/', 'generated/', 'mail/'] as const;

/** Older than this, an unclaimed file or an unfinished write belongs to no request still running. */
const DEFAULT_ORPHAN_AGE_MS = 3_600_000;
const BATCH = 200;

export interface SweepOptions {
  now?: Date;
  /** Age past which unclaimed files and unfinished writes are removed (default 1 hour). */
  orphanMaxAgeMs?: number;
  /** Age past which pending uploads of forms never sent are removed (default: the configuration's). */
  pendingMaxAgeMs?: number;
  /** Age past which mailed contributions still awaiting confirmation expire (default: the configuration's). */
  mailMaxAgeMs?: number;
}

export interface SweepResult {
  unfinishedWrites: number;
  pendingUploads: number;
  expiredMails: number;
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
  const mailCutoff = new Date(now - (opts.mailMaxAgeMs ?? services.config.mailIntake.awaitMaxAgeMs));

  const unfinished = await storage.removeUnfinishedWrites(orphanCutoff);
  if (unfinished.length) logger.info({ removed: unfinished }, 'storage sweep: removed unfinished writes');

  const pending = await expirePendingUploads(db, storage, pendingCutoff);
  if (pending.length) logger.info({ keys: pending }, 'storage sweep: removed uploads of forms never sent');

  const mails = await expireAwaitingMail(db, storage, mailCutoff);
  if (mails.length) logger.info({ keys: mails }, 'storage sweep: expired mailed contributions never confirmed');

  const orphans: string[] = [];
  for (const prefix of STORAGE_PREFIXES) orphans.push(...(await removeUnclaimed(db, storage, prefix, orphanCutoff)));
  if (orphans.length) logger.info({ keys: orphans }, 'storage sweep: removed files no row claims');

  return {
    unfinishedWrites: unfinished.length,
    pendingUploads: pending.length,
    expiredMails: mails.length,
    orphans: orphans.length,
  };
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

/**
 * Marks mailed contributions received before the cutoff and still awaiting confirmation as expired (an event each),
 * then removes their files. A confirmation at the same moment marks the mail only while it awaits, so one of the two
 * wins: a confirmed mail's file is never removed here, an expired mail is never confirmed.
 */
async function expireAwaitingMail(db: Db, storage: Storage, cutoff: Date): Promise<string[]> {
  const expired = await inTransaction(db, async (tx) => {
    const rows = await tx
      .update(mailedSubmissions)
      .set({ state: 'expired' })
      .where(and(eq(mailedSubmissions.state, 'awaiting'), lt(mailedSubmissions.receivedAt, cutoff)))
      .returning();
    for (const row of rows) {
      const [meeting] = row.meetingId
        ? await tx.select({ groupId: meetings.groupId }).from(meetings).where(eq(meetings.id, row.meetingId))
        : [];
      await recordEvent(tx, {
        actorId: null,
        action: 'mail.expired',
        subjectType: 'mailed_submission',
        subjectId: row.id,
        meetingId: row.meetingId,
        groupId: meeting?.groupId ?? null,
        after: { receivedAt: row.receivedAt.toISOString(), filename: row.filename },
      });
    }
    return rows;
  });
  const keys = expired.flatMap((r) => (r.storageKey ? [r.storageKey] : []));
  for (const key of keys) await storage.delete(key);
  return keys;
}

/**
 * Deletes the files under prefix, last written before the cutoff, that no document file, pending upload, mailed
 * contribution awaiting confirmation or incoming liaison statement's file claims.
 */
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
        ...(await db
          .select({ key: mailedSubmissions.storageKey })
          .from(mailedSubmissions)
          .where(and(inArray(mailedSubmissions.storageKey, keys), eq(mailedSubmissions.state, 'awaiting')))),
        ...(await db
          .select({ key: incomingLiaisonFiles.storageKey })
          .from(incomingLiaisonFiles)
          .where(inArray(incomingLiaisonFiles.storageKey, keys))),
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
