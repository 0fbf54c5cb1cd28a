import type PgBoss from 'pg-boss';

/**
 * The portal's background work, one queue per kind. A job that throws is retried after `retryDelay` seconds,
 * doubling (with jitter) each time; a job still active after `expireInSeconds` (its process stopped) is retried too.
 * Retry state lives in the job's row, so it survives restarts.
 */
export const QUEUES = {
  /** Writes a registered document's number into a copy of its .docx. Data: { documentId }. */
  stamp: {
    name: 'document-stamp',
    policy: 'standard',
    retryLimit: 12,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  /** Tells one submitter the numbers their documents got (one mail). Data: { documentIds }. */
  registrationMail: {
    name: 'registration-mail',
    policy: 'standard',
    retryLimit: 12,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  /** One e-mail. Data: the message. */
  mail: {
    name: 'mail-send',
    policy: 'standard',
    retryLimit: 12,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  /** The chairs' digest of newly allocated documents: at most one waiting (several allocations share it). */
  allocationDigest: {
    name: 'allocation-digest',
    policy: 'short',
    retryLimit: 8,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  /**
   * A participant's mail: registration confirmed (with the meeting's .ics), pending, decided, cancelled; a visa letter
   * approved (the letter made as .docx and PDF, attached) or refused. Data: { kind, participantId }.
   */
  participationMail: {
    name: 'participation-mail',
    policy: 'standard',
    retryLimit: 12,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  /** Deletes the passport data of visa requests past their meeting's retention. Scheduled daily. */
  visaRetention: {
    name: 'visa-retention',
    policy: 'short',
    retryLimit: 4,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  /**
   * Withdraws members' reserved numbers left without a file at the deadline. Data: { meetingId } (none: every
   * meeting). Queued for the deadline and scheduled as a sweep.
   */
  reservationExpiry: {
    name: 'reservation-expiry',
    policy: 'standard',
    retryLimit: 8,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  /** Removes stored files no row claims (abandoned uploads, crashed writes). Scheduled. */
  storageSweep: {
    name: 'storage-sweep',
    policy: 'short',
    retryLimit: 2,
    retryDelay: 300,
    retryBackoff: false,
    expireInSeconds: 3600,
  },
  /** Deletes rate-limit counts whose window ended over an hour ago. Scheduled hourly. */
  rateLimitSweep: {
    name: 'rate-limit-sweep',
    policy: 'short',
    retryLimit: 2,
    retryDelay: 300,
    retryBackoff: false,
    expireInSeconds: 600,
  },
  /** Reminders before incoming liaison statements' reply deadlines. Scheduled daily. */
  liaisonReminders: {
    name: 'liaison-reminders',
    policy: 'short',
    retryLimit: 4,
    retryDelay: 600,
    retryBackoff: true,
    expireInSeconds: 1800,
  },
} as const satisfies Record<string, PgBoss.Queue>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

/** The PostgreSQL schema that holds the queue's tables. */
export const JOB_SCHEMA = 'pgboss';
