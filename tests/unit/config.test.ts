import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/platform/config.server';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  return 'no error';
};

describe('configuration', () => {
  it('has safe embedded defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.storage.kind).toBe('local');
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.cookieSecure).toBe(true);
  });

  it('names each bad variable and what it should be', () => {
    const msg = problems({ PORT: 'eighty', DATABASE_URL: 'mysql://x', STORAGE: 'ftp', SMTP_URL: 'mail.example.org' });
    expect(msg).toContain('PORT should be a port number');
    expect(msg).toContain('DATABASE_URL should be a PostgreSQL URL');
    expect(msg).toContain('STORAGE should be local or s3');
    expect(msg).toContain('SMTP_URL should be an SMTP URL');
  });

  it('requires a bucket for S3 and builds the S3 settings', () => {
    expect(problems({ STORAGE: 's3' })).toContain('S3_BUCKET is required when STORAGE=s3');
    const c = loadConfig({ STORAGE: 's3', S3_BUCKET: 'docs', S3_ENDPOINT: 'http://127.0.0.1:9000' });
    expect(c.storage).toMatchObject({ kind: 's3', bucket: 'docs', forcePathStyle: true });
  });

  it('does not mark cookies Secure on plain http to a non-loopback host', () => {
    expect(loadConfig({ PUBLIC_URL: 'http://intranet.example.org' }).cookieSecure).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://plenary.example.org' }).cookieSecure).toBe(true);
  });
});

describe('background and operations settings', () => {
  it('refuses a malformed or out-of-range interval instead of firing every millisecond', () => {
    const msg = problems({
      PLENARY_DIGEST_DELAY_MS: '5m',
      PLENARY_JOB_POLL_MS: '0',
      COLLAB_DEBOUNCE_MS: '-1',
      COLLAB_MAX_UPDATE_BYTES: '1e9',
    });
    expect(msg).toContain('PLENARY_DIGEST_DELAY_MS should be a whole number of milliseconds');
    expect(msg).toContain('PLENARY_JOB_POLL_MS should be between 500 and 60000 milliseconds');
    expect(msg).toContain('COLLAB_DEBOUNCE_MS should be a whole number of milliseconds');
    expect(msg).toContain('COLLAB_MAX_UPDATE_BYTES should be a whole number of bytes');
    expect(problems({ COLLAB_DEBOUNCE_MS: '5000', COLLAB_MAX_DEBOUNCE_MS: '2000' })).toContain(
      'COLLAB_MAX_DEBOUNCE_MS should be at least COLLAB_DEBOUNCE_MS',
    );
  });

  it('gives the background settings their defaults and reads given values', () => {
    const c = loadConfig({});
    expect(c.jobs).toEqual({ pollMs: 2_000, digestDelayMs: 600_000 });
    expect(c.collab).toEqual({
      debounceMs: 1000,
      maxDebounceMs: 3000,
      maxUpdateBytes: 1024 * 1024,
      recheckMs: 5000,
      redisPrefix: 'plenary-collab',
      timeoutMs: 30_000,
      roomHeartbeatMs: 20_000,
    });
    expect(
      loadConfig({
        PLENARY_JOB_POLL_MS: '500',
        COLLAB_RECHECK_MS: '200',
        COLLAB_TIMEOUT_MS: '1500',
        COLLAB_ROOM_HEARTBEAT_MS: '400',
      }),
    ).toMatchObject({
      jobs: { pollMs: 500 },
      collab: { recheckMs: 200, timeoutMs: 1500, roomHeartbeatMs: 400 },
    });
    // A heartbeat as long as the browsers' 30 s of patience would let them reconnect.
    expect(problems({ COLLAB_ROOM_HEARTBEAT_MS: '30000' })).toContain('COLLAB_ROOM_HEARTBEAT_MS');
  });

  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'loopback',
    ]);
    expect(problems({ TRUST_PROXY: 'yes please' })).toContain('TRUST_PROXY should be none, a number of proxy hops');
    expect(problems({ TRUST_PROXY: '10.0.0.0/33' })).toContain('TRUST_PROXY should be');
  });

  it('keeps development pages closed and logs quietly in tests unless asked', () => {
    expect(loadConfig({}).devRoutes).toBe(false);
    expect(loadConfig({ PLENARY_DEV_ROUTES: 'true' }).devRoutes).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).log.level).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'production' }).log).toEqual({ level: 'info', format: 'json' });
    expect(problems({ LOG_LEVEL: 'loud' })).toContain(
      'LOG_LEVEL should be fatal, error, warn, info, debug, trace or silent',
    );
  });
});
