/**
 * The portal's background work: which function runs the jobs of each queue, and what runs on a schedule. Every
 * portal process starts these workers; the queue gives each job to one of them.
 */
import { QUEUES, startJobQueue, stopJobQueue, type JobQueue, type QueueName } from '../db/jobs/index';
import { startMailIntake, type MailIntake } from './features/mailbox/listeners.server';
import { sendAllocationDigests } from './features/notifications/digest.server';
import { sendRegistrationMail } from './features/notifications/registration-mail.server';
import { sendParticipationMail } from './features/participation/notify.server';
import type { ParticipationMailJob } from './features/participation/registration.server';
import { purgeExpiredPassports } from './features/participation/retention.server';
import { stampDocument } from './features/registration/stamping.server';
import { expireReservations } from './features/registration/member-reservations.server';
import type { Services } from './platform/context.server';
import { logger } from './platform/logging.server';
import type { MailMessage } from './platform/mail.server';
import { sweepStorage } from './platform/storage-sweep.server';
import { clearExpiredRateLimits } from './features/accounts/rate-limits.server';
import { sendDueLiaisonReminders } from './features/liaisons/reminders.server';

export interface Workers {
  queue: JobQueue;
  /** The mailbox bridge's SMTP listener and IMAP polling (idle unless configured). */
  mailIntake: MailIntake;
  /** Stops fetching, lets the jobs in hand finish (up to a timeout), leaves the connection open. */
  stop(): Promise<void>;
}

export interface WorkerOptions {
  /** How often an idle worker asks for work (default: the configuration's PLENARY_JOB_POLL_MS). */
  pollingIntervalSeconds?: number;
}

/** Once an hour, at a minute past which no other hourly work starts. */
const SWEEP_SCHEDULE = '17 * * * *';
/** Expired rate-limit counts: once an hour, away from the storage sweep. */
const RATE_LIMIT_SWEEP_SCHEDULE = '47 * * * *';
/** Liaison reminders: every morning (UTC), once the day's date has turned everywhere in Europe and Africa. */
const LIAISON_REMINDER_SCHEDULE = '5 6 * * *';
/** Passport data past its retention is deleted once a day, early in the morning (UTC). */
const RETENTION_SCHEDULE = '23 3 * * *';
/** Every five minutes: reservations left without a file are withdrawn soon after their deadline whatever happened. */
const RESERVATION_SWEEP_SCHEDULE = '*/5 * * * *';

export async function startWorkers(services: Services, opts: WorkerOptions = {}): Promise<Workers> {
  const queue = await startJobQueue(services.db, {
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? services.config.jobs.pollMs / 1000,
    onError: (err) => logger.error({ err }, 'job queue error'),
  });

  // Jobs are fetched a batch at a time, but each succeeds or fails on its own: a failed one is retried later, alone,
  // and the others of its batch complete. After a full batch the worker asks again at once instead of waiting for
  // the polling interval (a deadline night queues hundreds of stampings).
  let handling = 0;
  const work = async <T extends object | null>(
    name: QueueName,
    batchSize: number,
    run: (data: T) => Promise<unknown>,
  ) => {
    const runBatch = async (jobs: { id: string; data: T }[]) => {
      for (const job of jobs) {
        try {
          await run(job.data);
        } catch (err) {
          logger.warn(
            { err, queue: name, jobId: job.id },
            'background job failed; the queue retries it later, up to its limit',
          );
          await queue.fail(name, job.id, { message: (err as Error).message });
        }
      }
    };
    const workerId: string = await queue.work<T>(name, { batchSize }, async (jobs) => {
      handling++;
      try {
        await runBatch(jobs);
      } finally {
        handling--;
      }
      if (jobs.length === batchSize) queue.notifyWorker(workerId);
    });
  };

  await work<{ documentId: string }>(QUEUES.stamp.name, 10, ({ documentId }) => stampDocument(services, documentId));
  await work<MailMessage>(QUEUES.mail.name, 20, (message) => services.mail.send(message));
  await work<{ documentIds: string[] }>(QUEUES.registrationMail.name, 20, ({ documentIds }) =>
    sendRegistrationMail(services, documentIds),
  );
  await work(QUEUES.allocationDigest.name, 1, () => sendAllocationDigests(services));
  await work(QUEUES.storageSweep.name, 1, () => sweepStorage(services));
  await queue.schedule(QUEUES.storageSweep.name, SWEEP_SCHEDULE);
  await work(QUEUES.rateLimitSweep.name, 1, () => clearExpiredRateLimits(services.db));
  await queue.schedule(QUEUES.rateLimitSweep.name, RATE_LIMIT_SWEEP_SCHEDULE);
  await work(QUEUES.liaisonReminders.name, 1, () =>
    sendDueLiaisonReminders(services.db, new Date(), { publicUrl: services.config.publicUrl }),
  );
  await queue.schedule(QUEUES.liaisonReminders.name, LIAISON_REMINDER_SCHEDULE);
  await work<ParticipationMailJob>(QUEUES.participationMail.name, 5, (job) => sendParticipationMail(services, job));
  await work(QUEUES.visaRetention.name, 1, () => purgeExpiredPassports(services));
  await queue.schedule(QUEUES.visaRetention.name, RETENTION_SCHEDULE);
  // A job queued for a meeting's deadline carries { meetingId } and sweeps that meeting; the scheduled sweep carries no
  // data (pg-boss gives it null) and sweeps every meeting.
  await work<{ meetingId?: string } | null>(QUEUES.reservationExpiry.name, 5, (data) =>
    expireReservations(services.db, { meetingId: data?.meetingId }),
  );
  // The sweep behind the jobs queued for each deadline: a restart, a moved deadline or the late list's end.
  await queue.schedule(QUEUES.reservationExpiry.name, RESERVATION_SWEEP_SCHEDULE);

  const mailIntake = await startMailIntake(services);
  return {
    queue,
    mailIntake,
    stop: async () => {
      await mailIntake.stop();
      await stopJobQueue(queue, () => handling > 0, 15_000);
    },
  };
}
