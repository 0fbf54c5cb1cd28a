/**
 * Stopping the background workers (on shutdown, before the database closes): a job a worker was fetching when the
 * stop began runs to its end before the stop returns, so nothing runs against a closed connection and no job is
 * left half-done until it expires. (PostgreSQL: the fetch is held with a table lock taken on a connection of the
 * test's own, since the blocked fetches may hold every connection of the portal's pool.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { JOB_SCHEMA } from '../../db/jobs/index';
import { startWorkers } from '../../app/jobs.server';
import { queueMail } from '../../app/platform/mail.server';
import { jobRows } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let side: postgres.Sql;
const db = () => portal.services.db;

beforeAll(async () => {
  portal = await startTestPortal();
  const [{ name }] = (await db().execute(sql`select current_database() as name`)) as unknown as { name: string }[];
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  side = postgres(url.toString(), { max: 2, onnotice: () => {} });
});
afterAll(async () => {
  await side?.end();
  await portal?.stop();
});

/** Statements of this database waiting for a lock (the workers' fetches behind the test's lock). */
async function waitingOnLocks(): Promise<number> {
  const [{ n }] = await side<{ n: number }[]>`select count(*)::int as n from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'`;
  return n;
}

describe('stopping the job workers', () => {
  it('lets a job fetched while stopping run to its end before the stop returns', async () => {
    // The portal's own workers stay out of the way: only the ones started here fetch.
    await portal.workers.stop();
    const workers = await startWorkers(portal.services, { pollingIntervalSeconds: 0.5 });
    await queueMail(db(), { to: 'late.fetch@example.org', subject: 'Fetched while stopping', text: 'Hello' });

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const lock = side.begin(async (tx) => {
      await tx.unsafe(`lock table ${JOB_SCHEMA}.job in access exclusive mode`);
      await released;
    });
    await expect.poll(waitingOnLocks).toBeGreaterThan(0);

    // The queue's own stop ends once no job is in hand: where a stop that did not wait for the fetch would return.
    const queueStopped = new Promise<void>((resolve) => workers.queue.on('stopped', resolve));
    let stopped = false;
    const stopping = workers.stop().then(() => (stopped = true));
    await queueStopped;
    await new Promise((r) => setImmediate(r));
    expect(await waitingOnLocks(), 'the fetch still waits on the lock').toBeGreaterThan(0);
    expect(stopped).toBe(false);
    release();
    await lock;
    await stopping;

    const [job] = await jobRows(db(), sql`data->>'to' = 'late.fetch@example.org'`);
    expect(job.state).toBe('completed');
    const mails = await portal.services.mail.listStored();
    expect(mails.filter((m) => m.to === 'late.fetch@example.org').map((m) => m.subject)).toEqual([
      'Fetched while stopping',
    ]);
  });
});
