/**
 * Background work on the job queue in the database: jobs exist only if the change that queued them commits, each
 * runs once however many portal processes work, and a failed mail is retried alone, later each time, also by a
 * process started after the failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, openDatabase } from '../../db/client.server';
import { documentFiles } from '../../db/schema';
import { QUEUES } from '../../db/jobs/index';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { startWorkers, type Workers } from '../../app/jobs.server';
import type { Services } from '../../app/platform/context.server';
import { queueMail } from '../../app/platform/mail.server';
import { testEngine } from '../support/db';
import { demoData } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { jobRows, makeDue, queuedJobCount, waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp';

let smtp: SmtpTestServer;
let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let restarted: Workers | undefined;
const db = () => portal.services.db;
const fg = () => seeded.meetingIds['fg-mv-demo'];

beforeAll(async () => {
  smtp = await startSmtpServer();
  portal = await startTestPortal({ demo: true, env: { SMTP_URL: smtp.url, PLENARY_DIGEST_DELAY_MS: '0' } });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
});
afterAll(async () => {
  await restarted?.stop();
  await portal?.stop();
  await smtp?.close();
});

const mailsTo = (address: string, subject: RegExp) =>
  smtp.received.filter((m) => m.to.includes(address) && subject.test(m.subject)).length;
const submitted = (title: string, submittedAt = new Date()) =>
  createSubmittedDocument(db(), portal.services.storage, {
    meetingId: fg(),
    submittedBy: seeded.userIds.member1,
    type: 'input',
    title,
    submittedAt,
  });

describe(`background jobs (${testEngine})`, () => {
  it('a registration that rolls back queues nothing: no stamp, no mail; committed, it stamps and mails', async () => {
    const good = await submitted('Rolled back with its neighbour', new Date(Date.now() - 60_000));
    const stale = await submitted('Stale neighbour');
    const before = await queuedJobCount(db());
    // The first document is numbered (and its stamping and mail queued) before the second one's stale version refuses all.
    await expect(
      registerDocuments(portal.services, sec, {
        meetingId: fg(),
        items: [{ id: good.id }, { id: stale.id, version: stale.version + 1 }],
      }),
    ).rejects.toThrow(/changed since you loaded/);
    expect(await queuedJobCount(db())).toBe(before);
    await waitForJobs(db());
    const stampsOf = () =>
      db()
        .select()
        .from(documentFiles)
        .where(and(eq(documentFiles.documentId, good.id), eq(documentFiles.role, 'stamped')));
    expect(await stampsOf()).toEqual([]);

    const [row] = await registerDocuments(portal.services, sec, { meetingId: fg(), items: [{ id: good.id }] });
    await waitForJobs(db());
    expect(await stampsOf()).toHaveLength(1);
    expect(mailsTo('member.etri@example.org', new RegExp(row.numberLabel!))).toBe(1);
  });

  // PostgreSQL only: embedded PGlite has one connection, which two "processes" would share, so nothing would compete
  // for a job.
  it.skipIf(testEngine !== 'postgres')(
    'two portal processes working on one database: each job runs once, and both take jobs',
    async () => {
      // A second process: its own connection to the same database.
      const database = await openDatabase({ url: portal.database.url });
      let sentBySecond = 0;
      const second: Services = {
        ...portal.services,
        database,
        db: database.db,
        mail: {
          ...portal.services.mail,
          send: (m) => {
            sentBySecond++;
            return portal.services.mail.send(m);
          },
        },
      };
      const secondWorkers = await startWorkers(second, { pollingIntervalSeconds: 0.5 });
      try {
        const subjects = Array.from({ length: 100 }, (_, i) => `Once ${i}`);
        await inTransaction(db(), async (tx) => {
          for (const subject of subjects) await queueMail(tx, { to: 'once@example.org', subject, text: subject });
        });
        await waitForJobs(db());
        expect(
          smtp.received
            .filter((m) => m.to.includes('once@example.org'))
            .map((m) => m.subject)
            .sort(),
        ).toEqual([...subjects].sort());
        expect(sentBySecond).toBeGreaterThan(0);
        expect(sentBySecond).toBeLessThan(subjects.length);
      } finally {
        await secondWorkers.stop();
        await database.close();
      }
    },
  );

  it('a refused mail is retried alone, later each time, also by a process started after the failure', async () => {
    const digest = /allocated to your group/;
    smtp.refuse(['chair.wg3@example.org']);
    const docs = [await submitted('Digest one'), await submitted('Digest two')];
    await registerDocuments(portal.services, sec, { meetingId: fg(), items: docs.map((d) => ({ id: d.id })) });
    await changeAllocations(db(), sec, {
      documentIds: docs.map((d) => d.id),
      add: [seeded.groupIds['fg-mv-wg2'], seeded.groupIds['fg-mv-wg3']],
    });
    await waitForJobs(db());
    expect(mailsTo('chair.wg2@example.org', digest)).toBe(1);
    expect(mailsTo('chair.wg3@example.org', digest)).toBe(0);
    const refusedMail = () =>
      jobRows(db(), sql`name = ${QUEUES.mail.name} and data->>'to' = 'chair.wg3@example.org'`).then(([job]) => job);
    const first = await refusedMail();
    expect(first).toMatchObject({ state: 'retry', retryCount: 0 });
    // Backoff: the first retry waits the queue's delay (30 s) up to twice that.
    expect(first.secondsUntilStart).toBeGreaterThan(25);
    expect(first.secondsUntilStart).toBeLessThanOrEqual(60);

    // The process stops; another starts (a new queue instance) and finds the retry in the database.
    await portal.workers.stop();
    restarted = await startWorkers(portal.services, { pollingIntervalSeconds: 0.5 });
    await makeDue(db(), first.id);
    await waitForJobs(db());
    const second = await refusedMail();
    expect(second).toMatchObject({ state: 'retry', retryCount: 1 });
    expect(second.secondsUntilStart).toBeGreaterThan(55);
    expect(second.secondsUntilStart).toBeLessThanOrEqual(120);

    smtp.refuse([]);
    await makeDue(db(), first.id);
    await waitForJobs(db());
    expect(await refusedMail()).toMatchObject({ state: 'completed' });
    expect(mailsTo('chair.wg3@example.org', digest)).toBe(1);
    // The mail that went out the first time was not sent again.
    expect(mailsTo('chair.wg2@example.org', digest)).toBe(1);
  });
});
