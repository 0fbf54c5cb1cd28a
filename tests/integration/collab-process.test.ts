/**
 * Portal processes (server/index.ts as child processes) sharing PostgreSQL (and Redis):
 * - no acknowledged edit is lost when the server stops gracefully (SIGTERM) between two clients' edits;
 * - after a hard kill (SIGKILL) edits older than the store debounce (COLLAB_MAX_DEBOUNCE_MS) are kept;
 * - with REDIS_URL, edits and presence reach a client connected to another process.
 */
import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';
import { createLiaison } from '../../app/features/liaisons/liaison-drafts.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { Client } from '../support/http';
import {
  connect,
  createSharedDatabase,
  freePort,
  startPortalProcess,
  synced,
  typeParagraph,
  waitFor,
  type PortalProcess,
  type TestProvider,
} from './collab-support';

const PASSWORD = 'correct horse battery';
let database: Awaited<ReturnType<typeof createSharedDatabase>>;
let name: string;
const procs: PortalProcess[] = [];
const providers: TestProvider[] = [];
const track = (p: TestProvider) => (providers.push(p), p);

beforeAll(async () => {
  database = await createSharedDatabase();
  await seedDemo(database.db, { passwords: { cochairJca: PASSWORD, secretariat: PASSWORD } });
  const [cochair] = await database.db.select().from(users).where(eq(users.email, 'cochair.jcamv@example.org'));
  const ls = await createLiaison(database.db, await loadPrincipal(database.db, cochair), 'jca-mv-demo', {
    title: 'LS across restarts',
    addressees: 'ITU-T SG21 | | information',
    contacts: '',
  });
  name = `liaison:${ls.id}`;
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const p of procs) if (p.child.exitCode === null) await p.stop('SIGKILL');
  await database?.destroy();
});

async function cookieFor(url: string, email: string) {
  const c = new Client(url);
  await c.signIn(email, PASSWORD);
  return `plenary_session=${c.cookies.get('plenary_session')}`;
}

const env = () => ({ DATABASE_URL: database.url, COLLAB_DEBOUNCE_MS: '500', COLLAB_MAX_DEBOUNCE_MS: '2000' });

describe('restarts', () => {
  it('keeps every acknowledged edit across a graceful stop between two clients’ edits', async () => {
    const port = await freePort();
    let proc = await startPortalProcess(env(), port);
    procs.push(proc);
    const [ca, cb] = [
      await cookieFor(proc.url, 'cochair.jcamv@example.org'),
      await cookieFor(proc.url, 'tsb.fgmv@example.org'),
    ];
    const a = track(connect(proc.url, name, ca));
    await synced(a);
    typeParagraph(a, 'Edit one, acknowledged just before the stop');
    await synced(a, 'acknowledgement');
    expect(await proc.stop('SIGTERM')).toBe(0);
    proc = await startPortalProcess(env(), port);
    procs.push(proc);
    const b = track(connect(proc.url, name, cb));
    await synced(b);
    expect(b.text()).toContain('Edit one, acknowledged just before the stop');
    typeParagraph(b, 'Edit two, after the restart');
    await waitFor(
      () => a.text().includes('Edit two, after the restart'),
      'the first client to reconnect and receive edit two',
    );
    expect(a.text()).toContain('Edit one');
    await synced(b);
    expect(await proc.stop('SIGTERM')).toBe(0);
    a.destroy();
    b.destroy();
  });

  it('after a hard kill keeps the edits older than the store debounce', async () => {
    const port = await freePort();
    let proc = await startPortalProcess(env(), port);
    procs.push(proc);
    const cookie = await cookieFor(proc.url, 'cochair.jcamv@example.org');
    const a = track(connect(proc.url, name, cookie));
    await synced(a);
    typeParagraph(a, 'Edit before the kill');
    await synced(a, 'acknowledgement');
    await new Promise((r) => setTimeout(r, 2600)); // > COLLAB_MAX_DEBOUNCE_MS
    await proc.stop('SIGKILL');
    a.destroy();
    proc = await startPortalProcess(env(), port);
    procs.push(proc);
    const b = track(connect(proc.url, name, cookie));
    await synced(b);
    expect(b.text()).toContain('Edit before the kill');
    await proc.stop('SIGTERM');
  });
});

describe('several processes with Redis', () => {
  it('relays edits and presence between two portal processes', async () => {
    const prefix = `plenary-test-${randomBytes(4).toString('hex')}`;
    const e = { ...env(), REDIS_URL: 'redis://127.0.0.1:6379', COLLAB_REDIS_PREFIX: prefix };
    const [p1, p2] = await Promise.all([
      startPortalProcess(e, await freePort()),
      startPortalProcess(e, await freePort()),
    ]);
    procs.push(p1, p2);
    const a = track(connect(p1.url, name, await cookieFor(p1.url, 'cochair.jcamv@example.org')));
    const b = track(connect(p2.url, name, await cookieFor(p2.url, 'tsb.fgmv@example.org')));
    await synced(a);
    await synced(b);
    a.provider.setAwarenessField('user', { name: 'Omar Al-Farsi', color: '#c00' });
    typeParagraph(a, 'Written on process one');
    await waitFor(() => b.text().includes('Written on process one'), 'the edit on the other process');
    await waitFor(
      () =>
        [...b.provider.awareness!.getStates().values()].some(
          (s) => (s.user as { name?: string } | undefined)?.name === 'Omar Al-Farsi',
        ),
      'presence on the other process',
      15_000,
    );
    typeParagraph(b, 'Answer from process two');
    await waitFor(() => a.text().includes('Answer from process two'), 'the answer on the first process');
    await Promise.all([p1.stop('SIGTERM'), p2.stop('SIGTERM')]);
  });
});
