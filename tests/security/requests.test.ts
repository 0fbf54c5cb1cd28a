/**
 * Requests refused before any route, through real HTTP against a running portal: malformed addresses, state changes
 * from another site or without saying where they come from, proxy headers nobody configured, development pages,
 * and the health checks load balancers use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../app/features/demo/index';
import { loadBuild } from '../../server/build';
import { Client, visibleText } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { internalsIn, rawRequest } from './raw-http';

const PASSWORD = 'request-guards-42';
const logLines: Record<string, unknown>[] = [];
let portal: TestPortal;
let member: Client;

const seed = (s: TestPortal['services']) =>
  seedDemo(s.db, { passwords: { admin: PASSWORD, member1: PASSWORD } }).then(() => undefined);

beforeAll(async () => {
  const { runtime } = await loadBuild();
  runtime.configureLogging(
    { level: 'info', format: 'json' },
    { write: (line: string) => void logLines.push(JSON.parse(line)) },
  );
  portal = await startTestPortal({ setup: seed });
  member = new Client(portal.url);
  await member.signIn('member.etri@example.org', PASSWORD);
});
afterAll(async () => {
  await portal?.stop();
  (await loadBuild()).runtime.configureLogging({ level: 'silent', format: 'json' });
});

const requestLogFor = (id: string) =>
  logLines.find((l) => (l.req as { id?: string } | undefined)?.id === id) as { req: { address: string } } | undefined;

describe('malformed addresses', () => {
  const BAD = [
    '/meetings/fg-mv-demo/documents?q=%00',
    '/meetings/fg-mv-demo/documents?q=%ff',
    '/meetings/%00',
    '/meetings/%ff',
    '/groups/%c3%28',
    '/documents/%00/receipt',
    '/meetings/fg-mv-demo?x=%zz',
    '/files/a%00b',
  ];
  for (const path of BAD) {
    it(`${path} answers 400 with a message`, async () => {
      const answer = await rawRequest(portal.url + path, {
        headers: { accept: 'text/html', cookie: member.cookieHeader() },
      });
      expect(answer.status).toBe(400);
      expect(visibleText(answer.body)).toContain('not allowed');
      expect(internalsIn(answer.body)).toBeNull();
    });
  }

  it('a query with ordinary non-ASCII text still works', async () => {
    expect((await member.get(`/meetings/fg-mv-demo/documents?q=${encodeURIComponent('元宇宙 карта')}`)).status).toBe(
      200,
    );
  });
});

describe('state changes from this site only', () => {
  const signIn = new URLSearchParams({ email: 'member.etri@example.org', password: 'wrong' }).toString();
  const post = (path: string, headers: Record<string, string>, body = signIn) =>
    rawRequest(portal.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
      body,
    });

  it('refuses an Origin of another site with 403 and a message', async () => {
    const answer = await post('/signin', { origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    expect(visibleText(answer.body)).toContain('another site');
  });

  it('refuses an Origin that does not match the Host addressed (403, not a 500)', async () => {
    const mismatches: Record<string, string>[] = [
      { origin: portal.url, host: 'other.example' },
      { origin: 'null' },
      { origin: 'not a url' },
      { origin: portal.url, 'x-forwarded-host': 'other.example' },
    ];
    for (const headers of mismatches) {
      expect((await post('/signin', headers)).status, JSON.stringify(headers)).toBe(403);
    }
  });

  it('refuses Sec-Fetch-Site: cross-site', async () => {
    expect((await post('/signin', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a signed-in change that does not say where it comes from, and accepts one that does', async () => {
    const body = new URLSearchParams({
      name: 'Kim Min-jun',
      organisation: 'ETRI',
      country: 'Korea (Rep. of)',
    }).toString();
    const bare = await post('/profile', { cookie: member.cookieHeader() }, body);
    expect(bare.status).toBe(403);
    expect(visibleText(bare.body)).toContain('did not say which site');
    expect((await post('/profile', { cookie: member.cookieHeader(), origin: portal.url }, body)).status).toBe(200);
    expect(
      (await post('/profile', { cookie: member.cookieHeader(), 'sec-fetch-site': 'same-origin' }, body)).status,
    ).toBe(200);
  });

  it('lets a client without a session sign in without an Origin (curl), as before', async () => {
    const answer = await post(
      '/signin',
      {},
      new URLSearchParams({ email: 'member.etri@example.org', password: PASSWORD }).toString(),
    );
    expect(answer.status).toBe(302);
  });
});

describe('proxy headers', () => {
  it('ignores X-Forwarded-For and X-Request-Id when no proxy is trusted', async () => {
    const answer = await rawRequest(`${portal.url}/`, {
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-request-id': 'chosen-by-client' },
    });
    const id = String(answer.headers['x-request-id']);
    expect(id).not.toBe('chosen-by-client');
    await expect.poll(() => requestLogFor(id)?.req.address).toBe('127.0.0.1');
  });

  it('believes them from a trusted proxy (TRUST_PROXY)', async () => {
    const proxied = await startTestPortal({ env: { TRUST_PROXY: 'loopback' } });
    try {
      const answer = await rawRequest(`${proxied.url}/`, {
        headers: { 'x-forwarded-for': '203.0.113.9', 'x-request-id': 'from-the-proxy-1' },
      });
      expect(answer.headers['x-request-id']).toBe('from-the-proxy-1');
      await expect.poll(() => requestLogFor('from-the-proxy-1')?.req.address).toBe('203.0.113.9');
    } finally {
      await proxied.stop();
    }
  });
});

describe('development pages', () => {
  it('do not exist unless switched on, for anyone', async () => {
    const admin = new Client(portal.url);
    await admin.signIn('admin@example.org', PASSWORD);
    for (const client of [new Client(portal.url), member, admin])
      expect((await client.get('/dev/mail')).status).toBe(404);
  });

  it('when switched on, are for site admins only', async () => {
    const dev = await startTestPortal({ env: { PLENARY_DEV_ROUTES: 'true' }, setup: seed });
    try {
      const anonymous = new Client(dev.url);
      expect((await anonymous.get('/dev/mail')).status).toBe(302);
      const someone = new Client(dev.url);
      await someone.signIn('member.etri@example.org', PASSWORD);
      expect((await someone.get('/dev/mail')).status).toBe(403);
      const admin = new Client(dev.url);
      await admin.signIn('admin@example.org', PASSWORD);
      expect((await admin.get('/dev/mail')).status).toBe(200);
    } finally {
      await dev.stop();
    }
  });
});

describe('health checks', () => {
  it('/healthz and /readyz answer 200 when all is well, with a request id', async () => {
    const health = await rawRequest(`${portal.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const ready = await rawRequest(`${portal.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ok', database: 'ok', storage: 'ok' });
  });

  it('/readyz answers 503 naming what is unreachable, and /healthz still 200', async () => {
    const cut = await startTestPortal({
      storage: {
        kind: 's3',
        endpoint: 'http://127.0.0.1:9',
        bucket: 'nowhere',
        region: 'us-east-1',
        accessKeyId: 'x',
        secretAccessKey: 'y',
        forcePathStyle: true,
      },
    });
    try {
      const ready = await rawRequest(`${cut.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', database: 'ok', storage: 'unavailable' });
      expect(internalsIn(ready.body)).toBeNull();
      await cut.database.close();
      expect(JSON.parse((await rawRequest(`${cut.url}/readyz`)).body)).toMatchObject({ database: 'unavailable' });
      expect((await rawRequest(`${cut.url}/healthz`)).status).toBe(200);
    } finally {
      await cut.stop().catch(() => undefined);
    }
  });
});
