/**
 * Visa-support letters as files: made once per decision (the .docx, and its PDF through LibreOffice) and kept in the
 * portal's storage (local disk or S3, shared by every portal process) under `visa-letters/<request>/`, so that a
 * deletion of the passport data removes every copy, whichever process made it. Nothing is kept in a process's own
 * folders. A letter whose passport data went while it was being made is removed again at once, and the retention job
 * removes any stored letter whose request no longer holds passport data.
 */
import { Readable } from 'node:stream';
import { and, eq, isNull } from 'drizzle-orm';
import { groups, meetings, users } from '../../../db/schema';
import { meetingParticipants, visaPassports, visaRequests } from '../../../db/schema/participation';
import type { Storage } from '../../../storage';
import type { Services } from '../../platform/context.server';
import { notFound } from '../../platform/errors';
import { convertToPdf, visaLetterDocx, type LetterData } from './letter.server';
import { participationSettings } from './settings.server';

export type LetterFormat = 'docx' | 'pdf';
type Store = Pick<Services, 'db' | 'storage'>;

export const LETTER_PREFIX = 'visa-letters/';
export const LETTER_TYPES: Record<LetterFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A letter's key: one folder per request, one file per decision and format (a new decision, a new file). */
export const letterKey = (requestId: string, decidedAt: Date, format: LetterFormat) =>
  `${LETTER_PREFIX}${requestId}/${decidedAt.getTime()}.${format}`;

/** Everything the letter needs for a visa request (null unless approved and still holding its passport data). */
export async function letterData(db: Services['db'], requestId: string): Promise<LetterData | null> {
  const [row] = await db
    .select({
      request: visaRequests,
      passport: visaPassports,
      meeting: meetings,
      groupName: groups.name,
      organisation: meetingParticipants.organisation,
      email: users.email,
    })
    .from(visaRequests)
    .innerJoin(visaPassports, eq(visaPassports.requestId, visaRequests.id))
    .innerJoin(meetings, eq(meetings.id, visaRequests.meetingId))
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .innerJoin(meetingParticipants, eq(meetingParticipants.id, visaRequests.participantId))
    .innerJoin(users, eq(users.id, visaRequests.userId))
    .where(eq(visaRequests.id, requestId));
  if (!row || row.request.status !== 'approved' || !row.request.decidedAt) return null;
  const { requestId: _id, ...passport } = row.passport;
  return {
    requestId,
    decidedAt: row.request.decidedAt,
    meeting: row.meeting,
    groupName: row.groupName,
    settings: await participationSettings(db, row.meeting),
    participant: { organisation: row.organisation, email: row.email },
    passport,
  };
}

async function readStored(storage: Storage, key: string): Promise<Buffer | null> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get(key)) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  } catch (err) {
    // By name: the store may come from another copy of the storage module (a test's services from the build).
    if ((err as Error).name === 'StorageNotFoundError') return null;
    throw err;
  }
}

/** Letters being made in this process, by key: a download and the mail of the same letter share one conversion. */
const making = new Map<string, Promise<Buffer>>();

async function makeAndStore({ db, storage }: Store, data: LetterData, format: LetterFormat, key: string) {
  const docx = await visaLetterDocx(data);
  const bytes = format === 'docx' ? docx : await convertToPdf(docx);
  await storage.put(key, Readable.from([bytes]), { contentType: LETTER_TYPES[format] });
  // The passport data may have gone (cancelled, past its retention) while the letter was made: no copy may outlive it.
  const still = await letterData(db, data.requestId);
  if (!still || still.decidedAt.getTime() !== data.decidedAt.getTime()) {
    await storage.delete(key);
    throw notFound();
  }
  return bytes;
}

/** The approved letter as bytes: from storage, else made and stored. Not found once its passport data is gone. */
export async function visaLetter(services: Store, requestId: string, format: LetterFormat): Promise<Buffer> {
  const data = await letterData(services.db, requestId);
  if (!data) throw notFound();
  const key = letterKey(requestId, data.decidedAt, format);
  const stored = await readStored(services.storage, key);
  if (stored) return stored;
  let pending = making.get(key);
  if (!pending) {
    pending = makeAndStore(services, data, format, key).finally(() => making.delete(key));
    making.set(key, pending);
  }
  return pending;
}

/** The request ids that have letters in storage. */
async function requestsWithLetters(storage: Storage): Promise<Map<string, string[]>> {
  const byRequest = new Map<string, string[]>();
  for await (const o of storage.list(LETTER_PREFIX)) {
    const id = o.key.slice(LETTER_PREFIX.length).split('/')[0];
    byRequest.set(id, [...(byRequest.get(id) ?? []), o.key]);
  }
  return byRequest;
}

/** Removes a request's stored letters (its passport data was deleted). */
export async function dropStoredLetters(storage: Storage, requestId: string) {
  const keys: string[] = [];
  for await (const o of storage.list(`${LETTER_PREFIX}${requestId}/`)) keys.push(o.key);
  await Promise.all(keys.map((k) => storage.delete(k)));
  return keys;
}

/**
 * Removes every stored letter whose request no longer holds passport data (purged, cancelled, deleted): what a
 * process stopped between deleting the data and deleting its letters left. Returns the keys removed.
 */
export async function sweepStoredLetters({ db, storage }: Store): Promise<string[]> {
  const stored = await requestsWithLetters(storage);
  if (!stored.size) return [];
  const holding = await db
    .select({ id: visaRequests.id })
    .from(visaRequests)
    .innerJoin(visaPassports, eq(visaPassports.requestId, visaRequests.id))
    .where(and(isNull(visaRequests.purgedAt), eq(visaRequests.status, 'approved')));
  const keep = new Set(holding.map((r) => r.id));
  const removed: string[] = [];
  for (const [id, keys] of stored) {
    if (keep.has(id)) continue;
    await Promise.all(keys.map((k) => storage.delete(k)));
    removed.push(...keys);
  }
  return removed;
}
