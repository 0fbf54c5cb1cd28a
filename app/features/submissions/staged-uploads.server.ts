/**
 * Uploads staged for a submission: files streamed to storage, checked, and kept as pending uploads of the
 * member until a document claims them as its files (or they are dropped).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documentFiles, pendingUploads } from '../../../db/schema';
import type { Meeting } from '../meetings/meetings.server';
import { checkStoredFile } from './file-checks.server';
import type { Actor, SubmissionServices } from './submission-types';
import { receiveMultipart, type StoredUpload } from './uploads.server';

type PendingRow = typeof pendingUploads.$inferSelect;

const MB = 1024 * 1024;

/** Streams the request's files to storage, refusing any larger than the meeting allows. */
export const receiveUploads = (services: SubmissionServices, meeting: Meeting, request: Request) =>
  receiveMultipart(request, services.storage, { maxBytes: meeting.maxFileMb * MB });

export interface PendingView {
  id: string;
  role: 'main' | 'attachment';
  filename: string;
  size: number;
  sha256: string;
}
export const viewOf = (p: PendingRow): PendingView => ({
  id: p.id,
  role: p.role,
  filename: p.filename,
  size: p.size,
  sha256: p.sha256,
});

/**
 * Checks files just streamed to storage and records them as pending uploads of the actor. Any refused file
 * is deleted together with every other file of the request, and the error says what to do.
 */
export async function stageFiles(services: SubmissionServices, actor: Actor, meeting: Meeting, files: StoredUpload[]) {
  const staged: PendingRow[] = [];
  try {
    const checked = [];
    for (const f of files) {
      const role = f.field === 'main' ? ('main' as const) : ('attachment' as const);
      const result = await checkStoredFile(
        services.storage,
        f.key,
        f.size,
        role,
        meeting.attachmentFormats,
        f.filename,
      );
      checked.push({ f, role, result });
    }
    for (const { f, role, result } of checked) {
      const [row] = await services.db
        .insert(pendingUploads)
        .values({
          userId: actor.user.id,
          meetingId: meeting.id,
          role,
          filename: f.filename,
          contentType: result.contentType,
          size: f.size,
          sha256: f.sha256,
          crc32: f.crc32,
          storageKey: f.key,
          cover: result.cover,
        })
        .returning();
      staged.push(row);
    }
  } catch (err) {
    await Promise.all(files.map((f) => services.storage.delete(f.key).catch(() => {})));
    if (staged.length)
      await services.db.delete(pendingUploads).where(
        inArray(
          pendingUploads.id,
          staged.map((s) => s.id),
        ),
      );
    throw err;
  }
  return staged;
}

export async function ownPending(db: Db, userId: string, ids: string[]): Promise<PendingRow[]> {
  const clean = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!clean.length) return [];
  return db
    .select()
    .from(pendingUploads)
    .where(and(eq(pendingUploads.userId, userId), inArray(pendingUploads.id, clean)));
}

export async function dropPending(services: SubmissionServices, rows: PendingRow[]) {
  if (!rows.length) return;
  await services.db.delete(pendingUploads).where(
    inArray(
      pendingUploads.id,
      rows.map((r) => r.id),
    ),
  );
  await Promise.all(rows.map((r) => services.storage.delete(r.storageKey).catch(() => {})));
}

/** The document's files from its pending uploads (each role at version 1 unless `versions` says otherwise). */
export async function insertFiles(
  tx: Db,
  documentId: string,
  userId: string,
  rows: PendingRow[],
  now: Date,
  versions: Record<string, number> = {},
) {
  if (!rows.length) return [];
  return tx
    .insert(documentFiles)
    .values(
      rows.map((p) => ({
        documentId,
        role: p.role,
        version: versions[p.role] ?? 1,
        filename: p.filename,
        contentType: p.contentType,
        size: p.size,
        sha256: p.sha256,
        crc32: p.crc32,
        storageKey: p.storageKey,
        uploadedBy: userId,
        uploadedAt: now,
      })),
    )
    .returning();
}
