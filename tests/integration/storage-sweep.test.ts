import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  CreateMultipartUploadCommand,
  ListMultipartUploadsCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/platform/config.server';
import { configureLogging } from '../../app/platform/logging.server';
import { sweepStorage } from '../../app/platform/storage-sweep.server';
import { documentFiles, pendingUploads } from '../../db/schema';
import { createStorage, type Storage } from '../../storage';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { demoData } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { startS3Server, type S3TestServer } from '../support/s3-server';

const HOUR = 3_600_000;
const config = loadConfig({ NODE_ENV: 'test', PLENARY_PENDING_UPLOAD_HOURS: '6' });

let database: TestDatabase;
let s3: S3TestServer;
let localRoot: string;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  s3 = await startS3Server();
  localRoot = await mkdtemp(path.join(tmpdir(), 'plenary-sweep-'));
});
afterAll(async () => {
  await database?.destroy();
  await s3?.stop();
  await rm(localRoot, { recursive: true, force: true });
});

const put = (storage: Storage, key: string) => storage.put(key, Readable.from([Buffer.from(key)]));
const exists = async (storage: Storage, key: string) => (await storage.head(key)) !== null;

interface Driver {
  name: 'local' | 's3';
  storage(): Storage;
  /** An unfinished write as a process killed mid-write leaves it; resolves with a check of whether it is still there. */
  leaveUnfinishedWrite(key: string): Promise<() => Promise<boolean>>;
}

const drivers: Driver[] = [
  {
    name: 'local',
    storage: () => createStorage({ kind: 'local', root: localRoot }),
    async leaveUnfinishedWrite() {
      const file = path.join(localRoot, '.tmp', randomUUID());
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, Buffer.alloc(1024 * 1024));
      return async () => existsSync(file);
    },
  },
  {
    name: 's3',
    storage: () => createStorage(s3.config),
    async leaveUnfinishedWrite(key) {
      const client = new S3Client({ ...s3.config, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
      const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: key }));
      await client.send(
        new UploadPartCommand({
          Bucket: s3.bucket,
          Key: key,
          UploadId,
          PartNumber: 1,
          Body: Buffer.alloc(1024 * 1024),
        }),
      );
      return async () => {
        const listed = await client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket }));
        return (listed.Uploads ?? []).some((u) => u.UploadId === UploadId);
      };
    },
  },
];

describe.each(drivers)('the storage sweep ($name storage)', (driver) => {
  it('removes what crashes and abandoned forms left, after their age, and keeps every file a row claims', async () => {
    const { db } = database;
    const storage = driver.storage();
    const services = { db, storage, config };
    const seeded = await demoData(db);
    const member = { id: seeded.userIds.member1 };

    // What rows claim: a document's file and its stamped copy, and the file of a form being filled in right now.
    const doc = await createSubmittedDocument(db, storage, {
      meetingId: seeded.meetingIds['fg-mv-demo'],
      submittedBy: member.id,
    });
    const stamped = `stamped/2026/11/${randomUUID()}`;
    await put(storage, stamped);
    await db.insert(documentFiles).values({
      documentId: doc.id,
      role: 'stamped',
      filename: 'FGMV-I-001.docx',
      contentType: 'application/octet-stream',
      size: 1,
      sha256: '0',
      storageKey: stamped,
    });
    const claimed = [
      stamped,
      ...(await db.select().from(documentFiles).where(eq(documentFiles.documentId, doc.id))).map((f) => f.storageKey),
    ];
    expect(claimed).toHaveLength(3);
    const fillingIn = `uploads/2026/11/${randomUUID()}`;
    await put(storage, fillingIn);
    await db.insert(pendingUploads).values({
      userId: member.id,
      role: 'main',
      filename: 'now.docx',
      contentType: 'application/octet-stream',
      size: 1,
      sha256: '0',
      storageKey: fillingIn,
    });
    // A form abandoned seven hours ago (pending uploads expire after the configured six).
    const abandoned = `uploads/2026/11/${randomUUID()}`;
    await put(storage, abandoned);
    await db.insert(pendingUploads).values({
      userId: member.id,
      role: 'main',
      filename: 'gone.docx',
      contentType: 'application/octet-stream',
      size: 1,
      sha256: '0',
      storageKey: abandoned,
      createdAt: new Date(Date.now() - 7 * HOUR),
    });
    // Files stored by requests and jobs that died before their rows were committed, under every prefix the portal writes to.
    const unclaimed = [
      `uploads/2026/11/${randomUUID()}`,
      `stamped/2026/11/${randomUUID()}`,
      `generated/${randomUUID()}.docx`,
    ];
    for (const key of unclaimed) await put(storage, key);
    const unfinishedWriteRemains = await driver.leaveUnfinishedWrite(`uploads/2026/11/${randomUUID()}`);

    // Now: only the abandoned form is old enough; the other leftovers may still be claimed by a request under way.
    expect(await sweepStorage(services)).toEqual({
      unfinishedWrites: 0,
      pendingUploads: 1,
      expiredMails: 0,
      orphans: 0,
    });
    expect(await exists(storage, abandoned)).toBe(false);
    expect(await db.select().from(pendingUploads).where(eq(pendingUploads.storageKey, abandoned))).toEqual([]);
    for (const key of unclaimed) expect(await exists(storage, key)).toBe(true);
    expect(await unfinishedWriteRemains()).toBe(true);

    // Two hours later: every leftover is gone, and said so in the log; what rows claim stays.
    const logLines: Array<{ msg: string; keys?: string[] }> = [];
    configureLogging(
      { level: 'info', format: 'json' },
      { write: (line: string) => void logLines.push(JSON.parse(line)) },
    );
    try {
      expect(await sweepStorage(services, { now: new Date(Date.now() + 2 * HOUR) })).toEqual({
        unfinishedWrites: 1,
        pendingUploads: 0,
        expiredMails: 0,
        orphans: 3,
      });
    } finally {
      configureLogging(config.log);
    }
    expect(logLines.map((l) => l.msg)).toEqual([
      'storage sweep: removed unfinished writes',
      'storage sweep: removed files no row claims',
    ]);
    expect(logLines[1].keys).toEqual(unclaimed);
    for (const key of unclaimed) expect(await exists(storage, key)).toBe(false);
    expect(await unfinishedWriteRemains()).toBe(false);
    for (const key of claimed) expect(await exists(storage, key)).toBe(true);
    expect(await exists(storage, fillingIn)).toBe(true);
    expect(await db.select().from(pendingUploads).where(eq(pendingUploads.storageKey, fillingIn))).toHaveLength(1);
    await db.delete(pendingUploads).where(eq(pendingUploads.storageKey, fillingIn));
  });
});

describe('the pending-upload age setting', () => {
  it('defaults to a day and refuses what is not a whole number of hours', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).pendingUploadMaxAgeMs).toBe(24 * HOUR);
    expect(() => loadConfig({ NODE_ENV: 'test', PLENARY_PENDING_UPLOAD_HOURS: '1.5' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', PLENARY_PENDING_UPLOAD_HOURS: '0' })).toThrow(
      /PLENARY_PENDING_UPLOAD_HOURS should be between 1 and 8760 hours/,
    );
  });
});
