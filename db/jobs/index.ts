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

/** Whether a started queue has a statement under way on its connection. */
const querying = new WeakMap<JobQueue, () => boolean>();

/** A started queue for workers and schedules, over the portal's own connection. Stop it with `stopJobQueue`. */
export async function startJobQueue(db: AnyDb, opts: JobQueueOptions = {}): Promise<JobQueue> {
  const executor = jobExecutor(db);
  let statements = 0;
  const boss = new PgBoss({
    db: {
      async executeSql(text, values) {
        statements++;
        try {
          return await executor.executeSql(text, values);
        } finally {
          statements--;
        }
      },
    },
    schema: JOB_SCHEMA,
    migrate: false,
    ...(opts.pollingIntervalSeconds ? { pollingIntervalSeconds: opts.pollingIntervalSeconds } : {}),
  });
  querying.set(boss, () => statements > 0);
  boss.on('error', opts.onError ?? ((err) => console.error('job queue:', err.message)));
  await boss.start();
  return boss;
}

/**
 * Stops fetching and lets the jobs in hand finish (up to `timeoutMs`), then waits until the queue is quiet: pg-boss
 * waits only for jobs already in hand, so a worker whose fetch was under way when stopping began would get its jobs
 * afterwards and run them against a closed connection. `handling` says whether the caller's job functions still run.
 */
export async function stopJobQueue(queue: JobQueue, handling: () => boolean, timeoutMs: number): Promise<void> {
  await queue.stop({ graceful: true, close: false, timeout: timeoutMs });
  const quiet = () => !handling() && !(querying.get(queue)?.() ?? false);
  // Quiet twice in a row: between a fetch's answer and its jobs' functions there is no timer turn, only promises.
  let quietTurns = 0;
  for (const until = Date.now() + timeoutMs; quietTurns < 2 && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    quietTurns = quiet() ? quietTurns + 1 : 0;
  }
}
