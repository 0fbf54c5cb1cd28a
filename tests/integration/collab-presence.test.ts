/**
 * Who is present on a collaborative text, editing or reading, as the server tells every connection: the role comes
 * from each connection's access under the collaboration policy, never from what a browser says of itself.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { createLiaison } from '../../app/features/liaisons/liaison-drafts.server';
import type { PresenceMessage } from '../../app/features/collaboration/server/presence';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { connect, synced, waitFor, type TestProvider } from './collab-support';

let portal: TestPortal;
let name: string;
const cookies: Record<string, string> = {};
const open: TestProvider[] = [];

beforeAll(async () => {
  portal = await startTestPortal({ env: { COLLAB_RECHECK_MS: '60000' }, demo: true });
  const db = portal.services.db;
  const [cochair] = await db.select().from(users).where(eq(users.email, 'cochair.jcamv@example.org'));
  const ls = await createLiaison(db, await loadPrincipal(db, cochair), 'jca-mv-demo', {
    title: 'LS on presence',
    addressees: 'ITU-T SG21 | | information',
    contacts: '',
  });
  name = `liaison:${ls.id}`;
  for (const [key, email] of [
    ['cochair', 'cochair.jcamv@example.org'],
    ['member', 'member.etri@example.org'],
  ]) {
    const c = new Client(portal.url);
    await c.signIn(email, DEMO_PASSWORD);
    cookies[key] = `plenary_session=${c.cookies.get('plenary_session')}`;
  }
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await portal?.stop();
});

async function present(cookie: string, user: string, claims?: string) {
  const p = connect(portal.url, name, cookie);
  open.push(p);
  await synced(p);
  p.provider.setAwarenessField('user', { name: user, color: '#000', ...(claims ? { access: claims } : {}) });
  return p;
}

/** The last presence message a connection received. */
const lastPresence = (p: TestProvider): PresenceMessage['clients'] => {
  const messages = p.events.stateless.map((s) => JSON.parse(s)).filter((m) => m.type === 'presence');
  return messages.at(-1)?.clients ?? {};
};

describe('presence on a collaborative text', () => {
  it('tells everyone who edits and who only reads, whatever a reader’s browser claims', async () => {
    const editor = await present(cookies.cochair, 'Co-chair');
    const reader = await present(cookies.member, 'Member', 'edit');
    const expected = { [editor.doc.clientID]: 'edit', [reader.doc.clientID]: 'read' };
    for (const p of [editor, reader])
      await waitFor(
        () => JSON.stringify(lastPresence(p)) === JSON.stringify(expected),
        `presence at ${p === editor ? 'the editor' : 'the reader'}`,
      );
    expect(lastPresence(reader)).toEqual(expected);
  });

  it('drops a person who leaves', async () => {
    const [editor, reader] = open;
    open.splice(1, 1);
    reader.destroy();
    await waitFor(() => lastPresence(editor)[reader.doc.clientID] === undefined, 'the reader to leave');
    expect(lastPresence(editor)).toEqual({ [editor.doc.clientID]: 'edit' });
  });
});
