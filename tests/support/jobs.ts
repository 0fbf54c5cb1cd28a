import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.server';
import { JOB_SCHEMA, QUEUES } from '../../db/jobs/index';

export interface JobRow {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  data: Record<string, unknown>;
  secondsUntilStart: number;
}

/** The queue's jobs that match `where` (a condition on pg-boss's job table), oldest first. */
export async function jobRows(db: Db, where: SQL): Promise<JobRow[]> {
  const result = (await db.execute(sql`select id, name, state, retry_count as "retryCount", data,
      extract(epoch from start_after - now())::float8 as "secondsUntilStart"
    from ${sql.identifier(JOB_SCHEMA)}.job where ${where} order by created_on`)) as unknown as
    JobRow[] | { rows: JobRow[] };
  return Array.isArray(result) ? [...result] : result.rows;
}

async function countJobs(db: Db, where: SQL): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as n from ${sql.identifier(JOB_SCHEMA)}.job where ${where}`,
  )) as unknown as { n: number }[] | { rows: { n: number }[] };
  return Number((Array.isArray(result) ? result : result.rows)[0].n);
}

/** Makes a job waiting for its retry due now, as if its delay had passed. */
export async function makeDue(db: Db, jobId: string): Promise<void> {
  await db.execute(sql`update ${sql.identifier(JOB_SCHEMA)}.job set start_after = now() where id = ${jobId}`);
}

/** Jobs the portal's changes queued (stamping, mail, digests), in whatever state, not the hourly sweeps: a refused change queues none. */
export const queuedJobCount = (db: Db) =>
  countJobs(db, sql`name not in (${QUEUES.storageSweep.name}, ${QUEUES.rateLimitSweep.name})`);

/**
 * Waits until the background workers have done every job due so far (stamping, mail...); a job that failed and
 * waits for its retry does not count. Call it after an action whose effects come from a job.
 */
export async function waitForJobs(db: Db, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await countJobs(db, sql`state in ('created', 'retry', 'active') and start_after <= now()`)) > 0) {
    if (Date.now() > deadline) throw new Error(`background jobs still due after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
