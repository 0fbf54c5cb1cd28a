import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Configuration from environment variables, validated once at start. */
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const url = (what: string) => z.string().url(`should be a URL such as ${what}`);
const millis = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `should be a whole number of milliseconds (${min}-${max}), e.g. ${fallback}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `should be between ${min} and ${max} milliseconds`)
    .default(String(fallback));
const bytes = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `should be a whole number of bytes, e.g. ${fallback}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `should be between ${min} and ${max} bytes`)
    .default(String(fallback));

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const isProxyAddress = (entry: string) => {
  const [address, bits, ...rest] = entry.split('/');
  if (PROXY_NAMES.includes(entry)) return true;
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
/**
 * Which proxies may set X-Forwarded-For/-Proto/-Host: none (the default), a number of hops, or addresses,
 * subnets and the names loopback, linklocal, uniquelocal, separated by commas (Express's `trust proxy`).
 */
const trustProxy = z.string().transform((value, ctx): TrustProxy => {
  const v = value.trim();
  if (['false', 'none', '0'].includes(v)) return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v.split(',').map((e) => e.trim());
  if (entries.every(isProxyAddress)) return entries;
  ctx.addIssue({
    code: 'custom',
    message: 'should be none, a number of proxy hops, or addresses/subnets of the proxies such as 10.0.0.5,loopback',
  });
  return z.NEVER;
});

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'should be development, production or test' })
    .default('development'),
  PORT: z.coerce
    .number({ message: 'should be a port number' })
    .int()
    .min(0)
    .max(65535, 'should be a port number (0-65535)')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: url('https://plenary.example.org').optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'should be a PostgreSQL URL such as postgres://user@127.0.0.1:5432/plenary')
    .optional(),
  STORAGE: z.enum(['local', 's3'], { message: 'should be local or s3' }).default('local'),
  FILES_DIR: z.string().min(1).optional(),
  S3_ENDPOINT: url('http://127.0.0.1:9000').optional(),
  S3_BUCKET: z.string().min(3, 'should be a bucket name').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'should be an SMTP URL such as smtp://user:pass@mail.example.org:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Plenary <plenary@localhost>'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'should be a Redis URL such as redis://127.0.0.1:6379')
    .optional(),
  SESSION_DAYS: z.coerce.number({ message: 'should be a number of days' }).int().min(1).max(365).default(30),
  SEED_DEMO: bool.default('true'),
  TRUST_PROXY: trustProxy.default('none'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'should be fatal, error, warn, info, debug, trace or silent',
    })
    .optional(),
  LOG_FORMAT: z.enum(['json', 'pretty'], { message: 'should be json or pretty' }).optional(),
  PLENARY_DEV_ROUTES: bool.default('false'),
  PLENARY_BUILD_DIR: z.string().min(1).optional(),
  PLENARY_JOB_POLL_MS: millis(500, 60_000, 2_000),
  PLENARY_DIGEST_DELAY_MS: millis(0, 86_400_000, 10 * 60_000),
  PLENARY_PENDING_UPLOAD_HOURS: z
    .string()
    .regex(/^\d+$/, 'should be a whole number of hours (1-8760), e.g. 24')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 8760, 'should be between 1 and 8760 hours')
    .default('24'),
  MAIL_INTAKE_SMTP_PORT: z.coerce
    .number({ message: 'should be a port number' })
    .int()
    .min(0)
    .max(65535, 'should be a port number (0-65535)')
    .optional(),
  MAIL_INTAKE_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  MAIL_INTAKE_MAX_MB: z.coerce
    .number({ message: 'should be a whole number of megabytes (1-1024)' })
    .int()
    .min(1, 'should be between 1 and 1024 megabytes')
    .max(1024, 'should be between 1 and 1024 megabytes')
    .default(30),
  MAIL_INTAKE_AWAIT_DAYS: z.coerce
    .number({ message: 'should be a whole number of days (1-365)' })
    .int()
    .min(1, 'should be between 1 and 365 days')
    .max(365, 'should be between 1 and 365 days')
    .default(30),
  MAIL_INTAKE_IMAP_URL: z
    .string()
    .regex(/^imaps?:\/\/[^/]+/, 'should be an IMAP URL such as imaps://user:pass@mail.example.org:993/INBOX')
    .optional(),
  MAIL_INTAKE_IMAP_POLL_MS: millis(1_000, 86_400_000, 60_000),
  COLLAB_DEBOUNCE_MS: millis(0, 60_000, 1_000),
  COLLAB_MAX_DEBOUNCE_MS: millis(0, 600_000, 3_000),
  COLLAB_MAX_UPDATE_BYTES: bytes(1_024, 64 * 1024 * 1024, 1024 * 1024),
  COLLAB_RECHECK_MS: millis(100, 3_600_000, 5_000),
  // The server closes a connection that does not answer its ping within this time.
  COLLAB_TIMEOUT_MS: millis(500, 600_000, 30_000),
  // A quiet meeting room tells its followers this often that the connection is alive (under the browsers' 30 s).
  COLLAB_ROOM_HEARTBEAT_MS: millis(100, 29_000, 20_000),
  COLLAB_REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'should be letters, digits, and . _ : - (at most 64), e.g. plenary-collab')
    .default('plenary-collab'),
});

/** Express's `trust proxy`: false, a hop count, or the proxies' addresses and subnets. */
export type TrustProxy = false | number | string[];

export type StorageSettings =
  | { kind: 'local'; root: string }
  | {
      kind: 's3';
      endpoint?: string;
      bucket: string;
      region: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      forcePathStyle?: boolean;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  storage: StorageSettings;
  mail: { smtpUrl?: string; from: string; dir: string };
  redisUrl?: string;
  sessionDays: number;
  seedDemo: boolean;
  cookieSecure: boolean;
  trustProxy: TrustProxy;
  log: { level: LogLevel; format: 'json' | 'pretty' };
  /** Development-only pages (e.g. the mail the portal wrote), for site admins, when PLENARY_DEV_ROUTES=true. */
  devRoutes: boolean;
  jobs: { pollMs: number; digestDelayMs: number };
  /** How long a file read for a form that was never sent is kept before the storage sweep removes it. */
  pendingUploadMaxAgeMs: number;
  collab: {
    debounceMs: number;
    maxDebounceMs: number;
    maxUpdateBytes: number;
    recheckMs: number;
    redisPrefix: string;
    timeoutMs: number;
    roomHeartbeatMs: number;
  };
  /** The mailbox bridge: mail to an intake address becomes a submission awaiting confirmation (off unless a port or a URL is set). */
  mailIntake: {
    smtpPort?: number;
    smtpHost: string;
    maxBytes: number;
    /** Mails still awaiting confirmation after this long expire and their files are removed (the storage sweep). */
    awaitMaxAgeMs: number;
    imapUrl?: string;
    imapPollMs: number;
  };
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Plenary cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(given);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message} (got "${given[String(i.path[0])] ?? ''}")`);
  if (given.STORAGE === 's3' && !given.S3_BUCKET)
    problems.push('S3_BUCKET is required when STORAGE=s3 (the bucket that holds the files)');
  if (parsed.success && parsed.data.COLLAB_MAX_DEBOUNCE_MS < parsed.data.COLLAB_DEBOUNCE_MS)
    problems.push('COLLAB_MAX_DEBOUNCE_MS should be at least COLLAB_DEBOUNCE_MS');
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;

  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const publicHost = new URL(publicUrl).hostname;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    storage:
      e.STORAGE === 's3'
        ? {
            kind: 's3',
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
          }
        : { kind: 'local', root: path.resolve(e.FILES_DIR ?? path.join(dataDir, 'files')) },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, dir: path.join(dataDir, 'mail') },
    redisUrl: e.REDIS_URL,
    sessionDays: e.SESSION_DAYS,
    seedDemo: e.SEED_DEMO,
    // Browsers accept Secure cookies on http://localhost; any other plain-http host would lose its session.
    cookieSecure: publicUrl.startsWith('https://') || ['localhost', '127.0.0.1', '[::1]'].includes(publicHost),
    trustProxy: e.TRUST_PROXY,
    log: {
      level: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
      format: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    },
    devRoutes: e.PLENARY_DEV_ROUTES,
    jobs: { pollMs: e.PLENARY_JOB_POLL_MS, digestDelayMs: e.PLENARY_DIGEST_DELAY_MS },
    pendingUploadMaxAgeMs: e.PLENARY_PENDING_UPLOAD_HOURS * 3_600_000,
    mailIntake: {
      smtpPort: e.MAIL_INTAKE_SMTP_PORT,
      smtpHost: e.MAIL_INTAKE_SMTP_HOST,
      maxBytes: e.MAIL_INTAKE_MAX_MB * 1024 * 1024,
      awaitMaxAgeMs: e.MAIL_INTAKE_AWAIT_DAYS * 86_400_000,
      imapUrl: e.MAIL_INTAKE_IMAP_URL,
      imapPollMs: e.MAIL_INTAKE_IMAP_POLL_MS,
    },
    collab: {
      debounceMs: e.COLLAB_DEBOUNCE_MS,
      maxDebounceMs: e.COLLAB_MAX_DEBOUNCE_MS,
      maxUpdateBytes: e.COLLAB_MAX_UPDATE_BYTES,
      recheckMs: e.COLLAB_RECHECK_MS,
      redisPrefix: e.COLLAB_REDIS_PREFIX,
      timeoutMs: e.COLLAB_TIMEOUT_MS,
      roomHeartbeatMs: e.COLLAB_ROOM_HEARTBEAT_MS,
    },
  };
}
