/**
 * Error pages through real HTTP, on a portal in development mode (where frameworks show the most): in the portal's
 * layout with its navigation, never the router's text, SQL, a stack or a path; a fault shows the request id, and
 * the server log holds the error under that id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../app/features/demo/index';
import { loadBuild } from '../../server/build';
import { Client, visibleText } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { internalsIn, rawRequest } from './raw-http';

const PASSWORD = 'error-pages-42';
const logLines: { level: number; reqId?: string; err?: { message: string; stack: string } }[] = [];
let portal: TestPortal;
let member: Client;

beforeAll(async () => {
  const { runtime } = await loadBuild();
  runtime.configureLogging(
    { level: 'info', format: 'json' },
    { write: (line: string) => void logLines.push(JSON.parse(line)) },
  );
  portal = await startTestPortal({
    env: { NODE_ENV: 'development' },
    setup: async (s) => void (await seedDemo(s.db, { passwords: { member1: PASSWORD } })),
  });
  member = new Client(portal.url);
  await member.signIn('member.etri@example.org', PASSWORD);
});
afterAll(async () => {
  await portal?.stop();
  (await loadBuild()).runtime.configureLogging({ level: 'silent', format: 'json' });
});

describe('not found', () => {
  it('is a page of the portal, with the visitor’s own navigation, not the router’s text', async () => {
    const res = await member.get('/no/such/page', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    const html = await res.text();
    const text = visibleText(html);
    expect(text).toContain('Error 404');
    expect(text).toContain('This page does not exist');
    expect(text).toContain('My documents'); // the signed-in member's navigation
    expect(text).toContain('Kim Min-jun');
    expect(internalsIn(html)).toBeNull();
  });

  it('a POST to an address without a form is refused without the router’s text', async () => {
    const res = await member.post('/no/such/page', { a: '1' });
    expect(res.status).toBeLessThan(500);
    expect(internalsIn(await res.text())).toBeNull();
  });
});

describe('a fault of ours', () => {
  beforeAll(async () => {
    // Break the portal from underneath: pages that read meetings now fail inside their loaders.
    await portal.services.db.execute(sql`alter table meetings rename to meetings_gone`);
  });
  afterAll(async () => {
    await portal.services.db.execute(sql`alter table meetings_gone rename to meetings`);
  });

  for (const path of ['/meetings/fg-mv-demo', '/']) {
    it(`${path}: a 500 page with the request id, no SQL or stack, and the error in the log under that id`, async () => {
      const res = await rawRequest(portal.url + path, {
        headers: { accept: 'text/html', cookie: member.cookieHeader() },
      });
      expect(res.status).toBe(500);
      expect(internalsIn(res.body)).toBeNull();
      expect(res.body).not.toContain('meetings_gone');
      const id = String(res.headers['x-request-id']);
      const text = visibleText(res.body);
      expect(text).toContain('Something went wrong on our side');
      expect(text).toContain(`Reference for the administrators: ${id}`);
      expect(text).toContain('My documents');
      await expect
        .poll(() => logLines.find((l) => l.reqId === id && l.level >= 50 && l.err)?.err?.message)
        .toMatch(/meetings/);
    });
  }

  it('a failure before any route (the session store) gets a plain page with the id, nothing else', async () => {
    await portal.services.db.execute(sql`alter table sessions rename to sessions_gone`);
    try {
      const res = await rawRequest(`${portal.url}/groups/fg-mv`, {
        headers: { accept: 'text/html', cookie: member.cookieHeader() },
      });
      expect(res.status).toBe(500);
      expect(internalsIn(res.body)).toBeNull();
      expect(res.body).not.toContain('sessions_gone');
      expect(visibleText(res.body)).toContain(`Reference for the administrators: ${res.headers['x-request-id']}`);
    } finally {
      await portal.services.db.execute(sql`alter table sessions_gone rename to sessions`);
    }
  });
});
