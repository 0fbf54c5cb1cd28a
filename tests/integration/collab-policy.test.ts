/**
 * One policy, two doors: for every kind of visitor and every kind of collaborative text (a draft agenda, a draft
 * liaison statement, an agreed one), what the pages allow over HTTP (read the text, restore a version) is exactly
 * what the WebSocket allows (a read-only or read-write connection, or a refusal). Text the WebSocket refuses never
 * appears anywhere in the HTTP response, loader data included.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaisonStatements, meetings, users } from '../../db/schema';
import { createAgenda } from '../../app/features/collaboration/agendas.server';
import { createSnapshot } from '../../app/features/collaboration/collaboration.server';
import { replaceContent } from '../../app/features/collaboration/content.server';
import { createLiaison } from '../../app/features/liaisons/liaison-drafts.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { DEMO_PASSWORD } from '../support/demo';
import { Client, withoutScripts } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { connect, synced, waitFor, type TestProvider } from './collab-support';

type Access = 'edit' | 'read' | null;
interface Text {
  label: string;
  name: string;
  page: string;
  canary: string;
  snapshotId: string;
}

let portal: TestPortal;
const clients: Record<string, Client | null> = {};
const texts: Text[] = [];
const open: TestProvider[] = [];

const VISITORS = [
  { key: 'anonymous', email: null },
  { key: 'signed in, no group', email: 'nobody@example.org' },
  { key: 'member of another group', email: 'member.nokia@example.org' },
  { key: 'member of the group', email: 'member.etri@example.org' },
  { key: 'chair of the group', email: 'cochair.jcamv@example.org' },
  { key: 'secretariat', email: 'tsb.fgmv@example.org' },
  { key: 'site admin', email: 'admin@example.org' },
] as const;

/** What each visitor may do with an open text and with a frozen (agreed) one. */
const EXPECTED: Record<(typeof VISITORS)[number]['key'], { open: Access; frozen: Access }> = {
  anonymous: { open: null, frozen: null },
  'signed in, no group': { open: null, frozen: null },
  'member of another group': { open: null, frozen: null },
  'member of the group': { open: 'read', frozen: 'read' },
  'chair of the group': { open: 'edit', frozen: 'read' },
  secretariat: { open: 'edit', frozen: 'read' },
  'site admin': { open: 'edit', frozen: 'read' },
};

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, env: { COLLAB_RECHECK_MS: '60000' } });
  const { db, collab } = portal.services;
  const [someone] = await db.select().from(users).where(eq(users.email, 'member.nokia@example.org'));
  await db
    .insert(users)
    .values({ email: 'nobody@example.org', name: 'Noor Nobody', passwordHash: someone.passwordHash });
  // Public documents open the agenda page to everyone: the draft on it still follows the collaboration policy.
  await db.update(meetings).set({ documentAccess: 'public' }).where(eq(meetings.slug, 'jca-mv-demo'));
  for (const v of VISITORS) {
    if (!v.email) {
      clients[v.key] = null;
      continue;
    }
    const c = new Client(portal.url);
    await c.signIn(v.email, DEMO_PASSWORD);
    clients[v.key] = c;
  }
  const [chairUser] = await db.select().from(users).where(eq(users.email, 'cochair.jcamv@example.org'));
  const chair = await loadPrincipal(db, chairUser);
  const fill = async (label: string, name: string, page: string) => {
    const canary = `Canary ${label} ${Math.random().toString(36).slice(2)}`;
    await collab!.withDocument(name, (doc) =>
      replaceContent(doc, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: canary }] }] }),
    );
    const snap = await createSnapshot(db, collab, { name, label: 'as it is', userId: chairUser.id });
    texts.push({ label, name, page, canary, snapshotId: snap.id });
  };
  const agenda = await createAgenda(db, chair, 'jca-mv-demo', { template: false });
  await fill('draft agenda', agenda, '/meetings/jca-mv-demo/agenda');
  const draft = await createLiaison(db, chair, 'jca-mv-demo', {
    title: 'Draft LS',
    addressees: 'ITU-T SG21 | | information',
    contacts: '',
  });
  await fill('draft liaison statement', `liaison:${draft.id}`, `/liaisons/${draft.id}`);
  const agreed = await createLiaison(db, chair, 'jca-mv-demo', {
    title: 'Agreed LS',
    addressees: 'ITU-T SG21 | | information',
    contacts: '',
  });
  await fill('agreed liaison statement', `liaison:${agreed.id}`, `/liaisons/${agreed.id}`);
  await db.update(liaisonStatements).set({ state: 'agreed' }).where(eq(liaisonStatements.id, agreed.id));
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await portal?.stop();
});

/** The HTTP door: the page shows the text (read), and restoring a version is accepted (edit). */
async function overHttp(client: Client | null, text: Text): Promise<Access> {
  const c = client ?? new Client(portal.url);
  const page = await c.get(text.page);
  const html = await page.text();
  const reads = page.status === 200 && withoutScripts(html).includes(text.canary);
  if (!reads) expect(html, 'the text is nowhere in the response').not.toContain(text.canary);
  const restore = await c.post(text.page, { intent: 'restore', snapshotId: text.snapshotId });
  const writes = restore.status === 200;
  expect(writes && !reads, 'may restore without reading').toBe(false);
  return writes ? 'edit' : reads ? 'read' : null;
}

/** The WebSocket door: a read-write or read-only connection, or a refusal. */
async function overWebSocket(client: Client | null, text: Text): Promise<Access> {
  const p = connect(portal.url, text.name, client ? client.cookieHeader() : null);
  open.push(p);
  await waitFor(
    () => p.events.authFailed || p.events.scope,
    `${text.label}: the connection to be authorised or refused`,
  );
  if (p.events.authFailed) return null;
  await synced(p);
  expect(p.text()).toContain(text.canary);
  return p.events.scope === 'read-write' ? 'edit' : 'read';
}

describe('the pages and the WebSocket decide alike', () => {
  for (const v of VISITORS) {
    it(`${v.key}`, async () => {
      for (const text of texts) {
        const expected = text.label.startsWith('agreed') ? EXPECTED[v.key].frozen : EXPECTED[v.key].open;
        const [http, ws] = [await overHttp(clients[v.key], text), await overWebSocket(clients[v.key], text)];
        expect({ text: text.label, http, ws }).toEqual({ text: text.label, http: expected, ws: expected });
      }
    });
  }
});
