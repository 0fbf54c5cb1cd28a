/**
 * Permissions as a table, through HTTP: every registration / numbering / allocation / decision action × every kind of
 * person. One test per cell; an allowed cell also checks the change happened, a refused one that nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { agendaItems, documentAllocations, documents, memberships, numberingSchemes, users } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { createSubmittedDocument } from '../support/documents';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

const PASSWORD = DEMO_PASSWORD;
const ACTORS = [
  'member',
  'otherMember',
  'chair',
  'otherChair',
  'secretariat',
  'otherSecretariat',
  'anonymous',
] as const;
type Actor = (typeof ACTORS)[number];

let portal: TestPortal;
let seeded: Seeded;
let secretariat: Principal;
let agendaItemId: string;
const clients = {} as Record<Actor, Client>;
const db = () => portal.services.db;
const meetingId = () => seeded.meetingIds['fg-mv-demo'];

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(portal.services.db);
  secretariat = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  const [item] = await db()
    .insert(agendaItems)
    .values({ meetingId: meetingId(), label: '5', position: 5, title: 'Contributions to WG2' })
    .returning();
  agendaItemId = item.id;
  // The secretariat of another group: SG20.
  const signup = new Client(portal.url);
  await signup.post('/signup', {
    name: 'Sam SG20',
    email: 'tsb.sg20@example.org',
    password: PASSWORD,
    organisation: 'ITU/TSB',
    country: 'Switzerland',
  });
  const [sam] = await db().select().from(users).where(eq(users.email, 'tsb.sg20@example.org'));
  await db().insert(memberships).values({ userId: sam.id, groupId: seeded.groupIds.sg20, role: 'secretariat' });
  const emails: Record<Exclude<Actor, 'anonymous'>, string> = {
    member: 'member.etri@example.org',
    otherMember: 'member.nokia@example.org',
    chair: 'chair.wg2@example.org',
    otherChair: 'chair.wg3@example.org',
    secretariat: 'tsb.fgmv@example.org',
    otherSecretariat: 'tsb.sg20@example.org',
  };
  for (const actor of ACTORS) {
    clients[actor] = new Client(portal.url);
    if (actor !== 'anonymous') await clients[actor].signIn(emails[actor], PASSWORD);
  }
});
afterAll(() => portal?.stop());

/** A document submitted by member1 ("member"), optionally registered and allocated to WG2. */
async function doc(stage: 'submitted' | 'registered' | 'wg2') {
  const d = await createSubmittedDocument(db(), null, {
    meetingId: meetingId(),
    submittedBy: seeded.userIds.member1,
    type: 'input',
  });
  if (stage === 'submitted') return d;
  await registerDocuments({ db: db() }, secretariat, { meetingId: meetingId(), items: [{ id: d.id }] });
  if (stage === 'wg2')
    await changeAllocations(db(), secretariat, { documentIds: [d.id], add: [seeded.groupIds['fg-mv-wg2']] });
  const [row] = await db().select().from(documents).where(eq(documents.id, d.id));
  return row;
}
const allocs = async (id: string) =>
  (await db().select().from(documentAllocations).where(eq(documentAllocations.documentId, id))).map((a) => a.groupId);
const get = async (id: string) => (await db().select().from(documents).where(eq(documents.id, id)))[0];

interface Case {
  allowed: Actor[];
  run(c: Client): Promise<{ res: Response; check(allowed: boolean): Promise<void> }>;
}

const CASES: Record<string, Case> = {
  'view the registration queue': {
    allowed: ['secretariat'],
    run: async (c) => ({ res: await c.get('/meetings/fg-mv-demo/registration'), check: async () => {} }),
  },
  register: {
    allowed: ['secretariat'],
    run: async (c) => {
      const d = await doc('submitted');
      const res = await c.post('/meetings/fg-mv-demo/registration', {
        intent: `register:${d.id}`,
        [`v_${d.id}`]: String(d.version),
      });
      return { res, check: async (ok) => expect((await get(d.id)).state).toBe(ok ? 'registered' : 'submitted') };
    },
  },
  'reserve a number': {
    allowed: ['secretariat'],
    run: async (c) => {
      const title = `Meeting report ${Math.random()}`;
      const res = await c.post('/meetings/fg-mv-demo/registration', { intent: 'reserve', type: 'output', title });
      return {
        res,
        check: async (ok) =>
          expect((await db().select({ n: count() }).from(documents).where(eq(documents.title, title)))[0].n).toBe(
            ok ? 1 : 0,
          ),
      };
    },
  },
  'allocate to WG2': {
    allowed: ['secretariat'],
    run: async (c) => {
      const d = await doc('registered');
      const res = await c.post(`/documents/${d.id}/allocation`, {
        intent: 'save',
        group: seeded.groupIds['fg-mv-wg2'],
        version: String(d.version),
      });
      return { res, check: async (ok) => expect(await allocs(d.id)).toEqual(ok ? [seeded.groupIds['fg-mv-wg2']] : []) };
    },
  },
  're-allocate within WG2 (move to an agenda item)': {
    allowed: ['chair', 'secretariat'],
    run: async (c) => {
      const d = await doc('wg2');
      const res = await c.post('/groups/fg-mv-wg2/dashboard', {
        intent: 'move',
        doc: d.id,
        [`v_${d.id}`]: String(d.version),
        agendaItemId,
      });
      return { res, check: async (ok) => expect((await get(d.id)).agendaItemId).toBe(ok ? agendaItemId : null) };
    },
  },
  'allocate a WG2 document to WG3': {
    allowed: ['secretariat'],
    run: async (c) => {
      const d = await doc('wg2');
      const res = await c.post(`/documents/${d.id}/allocation`, {
        intent: 'save',
        group: seeded.groupIds['fg-mv-wg3'],
        version: String(d.version),
      });
      return { res, check: async (ok) => expect((await allocs(d.id)).includes(seeded.groupIds['fg-mv-wg3'])).toBe(ok) };
    },
  },
  'hand back to the secretariat': {
    allowed: ['chair', 'secretariat'],
    run: async (c) => {
      const d = await doc('wg2');
      const res = await c.post(`/documents/${d.id}/allocation`, {
        intent: `remove:${seeded.groupIds['fg-mv-wg2']}`,
        version: String(d.version),
      });
      return { res, check: async (ok) => expect(await allocs(d.id)).toEqual(ok ? [] : [seeded.groupIds['fg-mv-wg2']]) };
    },
  },
  decide: {
    allowed: ['chair', 'secretariat'],
    run: async (c) => {
      const d = await doc('wg2');
      const res = await c.post(`/documents/${d.id}/decision`, { decision: 'noted', version: String(d.version) });
      return { res, check: async (ok) => expect((await get(d.id)).decision).toBe(ok ? 'noted' : null) };
    },
  },
  'view the WG2 dashboard': {
    allowed: ['chair', 'secretariat'],
    run: async (c) => ({ res: await c.get('/groups/fg-mv-wg2/dashboard'), check: async () => {} }),
  },
  'configure numbering schemes': {
    allowed: ['secretariat'],
    run: async (c) => {
      const name = `Meeting TDs ${Math.random()}`;
      const res = await c.post('/groups/fg-mv/schemes', {
        documentType: 'td',
        name,
        format: 'FGMV-TD-{n:3}',
        scope: 'meeting',
        meetingId: seeded.meetingIds['fg-mv-1'],
      });
      return {
        res,
        check: async (ok) =>
          expect(
            (
              await db()
                .select({ n: count() })
                .from(numberingSchemes)
                .where(and(eq(numberingSchemes.name, name)))
            )[0].n,
          ).toBe(ok ? 1 : 0),
      };
    },
  },
};

describe.each(Object.entries(CASES))('%s', (_name, c) => {
  it.each(ACTORS.map((a) => [a, c.allowed.includes(a)] as const))('%s: allowed = %s', async (actor, allowed) => {
    const { res, check } = await c.run(clients[actor]);
    if (actor === 'anonymous') {
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toMatch(/^\/signin\?next=/);
    } else if (allowed) {
      expect(res.status, await res.clone().text()).toBe(200);
    } else {
      expect(res.status).toBe(403);
    }
    await check(allowed);
  });
});
