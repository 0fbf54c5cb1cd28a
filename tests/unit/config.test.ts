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
