/**
 * The collaboration server in the test portal: authentication from the session cookie, the same permission check as
 * HTTP, read-only connections, refusals with a reason, permission changes on open connections, bad updates.
 */
import { and, eq } from 'drizzle-orm';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collabDocuments, memberships, sessions, users, groups } from '../../db/schema';
import { DEMO_PASSWORD } from '../support/demo';
import { createLiaison } from '../../app/features/liaisons/liaison-drafts.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { connect, handled, synced, typeParagraph, waitFor, type TestProvider } from './collab-support';

const PASSWORD = DEMO_PASSWORD;
let portal: TestPortal;
let name: string;
const cookies: Record<string, string> = {};
const open: TestProvider[] = [];
const conn = (cookie: string | null, doc = name) => {
  const p = connect(portal.url, doc, cookie);
  open.push(p);
  return p;
};

async function userId(email: string) {
  return (await portal.services.db.select().from(users).where(eq(users.email, email)))[0];
}

beforeAll(async () => {
  portal = await startTestPortal({ env: { COLLAB_RECHECK_MS: '60000' }, demo: true });
  const cochair = await userId('cochair.jcamv@example.org');
  const ls = await createLiaison(portal.services.db, await loadPrincipal(portal.services.db, cochair), 'jca-mv-demo', {
    title: 'LS on metaverse terms',
    addressees: 'ITU-T SG21 | | information',
    contacts: '',
  });
  name = `liaison:${ls.id}`;
  for (const [key, email] of [
    ['cochair', 'cochair.jcamv@example.org'],
    ['member1', 'member.etri@example.org'],
    ['member2', 'member.nokia@example.org'],
    ['secretariat', 'tsb.fgmv@example.org'],
  ]) {
    const c = new Client(portal.url);
    await c.signIn(email, PASSWORD);
    cookies[key] = `plenary_session=${c.cookies.get('plenary_session')}`;
  }
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await portal?.stop();
});

const storedText = async () =>
  (await portal.services.db.select().from(collabDocuments).where(eq(collabDocuments.name, name)))[0].text;

describe('who may connect', () => {
  it('lets a chair of the group edit, and the edit reaches another editor and is stored', async () => {
    const a = conn(cookies.cochair);
    const b = conn(cookies.secretariat);
    await synced(a);
    await synced(b);
    expect(a.events.scope).toBe('read-write');
    typeParagraph(a, 'Text from the co-chair');
    await waitFor(() => b.text().includes('Text from the co-chair'), 'the other editor to receive the edit');
    await portal.services.collab!.flush();
    expect(await storedText()).toContain('Text from the co-chair');
  });

  it('gives a member of the group a read-only connection: they read, their edits are not applied', async () => {
    const r = conn(cookies.member1);
    await synced(r, 'reader sync');
    expect(r.events.scope).toBe('readonly');
    expect(r.text()).toContain('Text from the co-chair');
    const w = conn(cookies.secretariat);
    await synced(w);
    typeParagraph(r, 'Reader tries to write');
    await handled(r, w, "the server to handle the reader's edit");
    expect(w.text()).not.toContain('Reader tries to write');
  });

  it('refuses with a reason: no session, expired session, member of another group, nonexistent document', async () => {
    const none = conn(null);
    await waitFor(() => none.events.authFailed, 'refusal without session');
    expect(none.events.authFailed).toBe('not-signed-in');

    const other = conn(cookies.member2);
    await waitFor(() => other.events.authFailed, 'refusal of another group');
    expect(other.events.authFailed).toBe('forbidden');

    const missing = conn(cookies.cochair, 'liaison:00000000-0000-4000-8000-000000000000');
    await waitFor(() => missing.events.authFailed, 'refusal of a missing document');
    expect(missing.events.authFailed).toBe('no-such-document');
    const junk = conn(cookies.cochair, '../../etc/passwd');
    await waitFor(() => junk.events.authFailed, 'refusal of a junk name');
    expect(junk.events.authFailed).toBe('no-such-document');

    // An expired session: a signed-in client whose session has passed its expiry.
    const c = new Client(portal.url);
    await c.signIn('member.etri@example.org', PASSWORD);
    const sid = c.cookies.get('plenary_session')!;
    await portal.services.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, sid));
    const expired = conn(`plenary_session=${sid}`);
    await waitFor(() => expired.events.authFailed, 'refusal of an expired session');
    expect(expired.events.authFailed).toBe('session-expired');
    expect(await storedText()).toContain('Text from the co-chair');
  });

  it('refuses a WebSocket from another site, by the rule HTTP requests follow (behind a proxy too)', async () => {
    const { default: WebSocket } = await import('ws');
    const handshake = (headers: Record<string, string>) => {
      const ws = new WebSocket(`${portal.url.replace('http', 'ws')}/collab`, {
        headers: { cookie: cookies.cochair, ...headers },
      });
      return new Promise<number>((resolve) => {
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => {});
      });
    };
    expect(await handshake({ origin: 'https://evil.example' })).toBe(403);
    expect(await handshake({ origin: 'https://evil.example', 'x-forwarded-host': 'plenary.example' })).toBe(403);
    expect(await handshake({ origin: 'https://plenary.example', 'x-forwarded-host': 'plenary.example' })).toBe(101);
    expect(await handshake({ origin: portal.url })).toBe(101);
  });
});

describe('permission changes on open connections', () => {
  it('makes a downgraded editor read-only and closes the connection of someone whose role is withdrawn', async () => {
    const jca = (await portal.services.db.select().from(groups).where(eq(groups.slug, 'jca-mv')))[0];
    const cochair = await userId('cochair.jcamv@example.org');
    const editor = conn(cookies.cochair);
    await synced(editor);
    expect(editor.events.scope).toBe('read-write');
    // chair -> member: read-only from now on
    await portal.services.db
      .update(memberships)
      .set({ role: 'member' })
      .where(and(eq(memberships.userId, cochair.id), eq(memberships.groupId, jca.id)));
    await portal.services.collab!.recheck();
    await waitFor(() => editor.events.stateless.some((s) => s.includes('"read"')), 'the access notice');
    const check = conn(cookies.secretariat);
    await synced(check);
    typeParagraph(editor, 'Written after the downgrade');
    await handled(editor, check, 'the server to handle the downgraded edit');
    expect(check.text()).not.toContain('Written after the downgrade');
    // membership withdrawn: the connection is closed with a reason
    await portal.services.db
      .delete(memberships)
      .where(and(eq(memberships.userId, cochair.id), eq(memberships.groupId, jca.id)));
    await portal.services.collab!.recheck();
    await waitFor(() => editor.events.closedReasons.includes('access-withdrawn'), 'the connection to be closed');
    await portal.services.db
      .insert(memberships)
      .values({ userId: cochair.id, groupId: jca.id, role: 'chair', title: 'Co-chair' });
  });
});

describe('bad updates', () => {
  it('closes the connection on a malformed Yjs update and keeps the stored document', async () => {
    const before = await storedText();
    const p = conn(cookies.secretariat);
    await synced(p);
    const enc = encoding.createEncoder();
    encoding.writeVarString(enc, name);
    encoding.writeVarUint(enc, 0); // Sync
    encoding.writeVarUint(enc, 2); // Update
    encoding.writeVarUint8Array(enc, new Uint8Array([1, 255, 255, 255, 255, 15, 7, 9, 9, 9]));
    (
      p.provider.configuration.websocketProvider as unknown as { webSocket: { send(b: Uint8Array): void } }
    ).webSocket.send(encoding.toUint8Array(enc));
    await waitFor(() => p.events.closedReasons.includes('malformed-update'), 'closure for a malformed update');
    await portal.services.collab!.flush();
    expect(await storedText()).toBe(before);
  });

  it('closes the connection on an oversized update and keeps the stored document', async () => {
    const before = await storedText();
    const p = conn(cookies.secretariat);
    await synced(p);
    typeParagraph(p, 'x'.repeat(1024 * 1024 + 10));
    await waitFor(
      () =>
        p.events.closedReasons.some((r) => /update-too-large|Max payload/i.test(r)) ||
        p.provider.configuration.websocketProvider.status === 'disconnected',
      'closure for an oversized update',
    );
    await portal.services.collab!.flush();
    const after = await storedText();
    expect(after).toBe(before);
    expect(after.length).toBeLessThan(100_000);
  });
});
