/**
 * The job queue (pg-boss) in the portal's own database: its tables live in the `pgboss` schema, next to the data
 * whose changes enqueue the jobs. A job is enqueued in the caller's transaction (it exists only if that commits),
 * fetched with SKIP LOCKED (one process runs it, however many run workers), and retried with backoff from its row.
 */
import PgBoss from 'pg-boss';
import { jobExecutor, type AnyDb } from './executor';
import { JOB_SCHEMA, QUEUES, type QueueName } from './queues';

export { QUEUES, JOB_SCHEMA, type QueueName };
export type JobQueue = PgBoss;
export type Job<T> = PgBoss.Job<T>;

/** Creates or upgrades the queue's tables and its queues; runs with the migrations (pg-boss locks against a racing process). */
export async function migrateJobQueue(db: AnyDb): Promise<void> {
  const boss = new PgBoss({ db: jobExecutor(db), schema: JOB_SCHEMA, supervise: false, schedule: false });
  await boss.start();
  try {
    for (const { name, ...options } of Object.values(QUEUES)) {
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
}

// Sending needs no running instance: only the configuration and the connection it is given (the caller's transaction).
const sender = new PgBoss({
  db: { executeSql: () => Promise.reject(new Error('jobs are enqueued through a transaction')) },
  schema: JOB_SCHEMA,
  supervise: false,
  schedule: false,
  migrate: false,
});

/**
 * Enqueues a job inside the caller's transaction. Returns the job's id, or null when the queue keeps only one
 * waiting job and one already waits.
 */
export function enqueue(
  tx: AnyDb,
  queue: QueueName,
  data: object,
  options: Omit<PgBoss.SendOptions, 'db'> = {},
): Promise<string | null> {
  return sender.send(queue, data, { ...options, db: jobExecutor(tx) });
}

export interface JobQueueOptions {
  /** How often an idle worker looks for work (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  onError?: (err: Error) => void;
}

/** A started queue for workers and schedules, over the portal's own connection. Stop it with `stop()`. */
export async function startJobQueue(db: AnyDb, opts: JobQueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    db: jobExecutor(db),
    schema: JOB_SCHEMA,
    migrate: false,
    ...(opts.pollingIntervalSeconds ? { pollingIntervalSeconds: opts.pollingIntervalSeconds } : {}),
  });
  boss.on('error', opts.onError ?? ((err) => console.error('job queue:', err.message)));
  await boss.start();
  return boss;
}
