/**
 * Rules of the policy layer that several pages share: who owns a submission, which allocations a person may take
 * away, whose roles a person may grant, and which groups a cover page may name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { documents, users } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { mayEditSubmission, maySeeDocument } from '../../app/features/documents/policy.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { grantableGroups } from '../../app/features/groups/roles.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { relatedGroupCodes } from '../../app/features/submissions/cover-prefill.server';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
const db = () => portal.services.db;
const principal = (key: string, isAdmin = false) => loadPrincipal(db(), { id: seeded.userIds[key], isAdmin });
const group = (slug: string) => seeded.groupIds[slug];

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(portal.services.db);
});
afterAll(() => portal?.stop());

async function submitted() {
  return createSubmittedDocument(db(), null, {
    meetingId: seeded.meetingIds['fg-mv-demo'],
    submittedBy: seeded.userIds.member1,
    type: 'input',
  });
}

describe('a submission’s owners', () => {
  it('are its submitter and its contacts whose address is confirmed, with the secretariat editing it too', async () => {
    const doc = await submitted();
    const contact = { name: 'Aino Virtanen', organisation: 'Nokia', country: 'Finland' };
    await db()
      .update(documents)
      .set({ contacts: [{ ...contact, email: 'Member.Nokia@example.org' }] })
      .where(eq(documents.id, doc.id));
    const ref = { id: doc.id, groupId: group('fg-mv') };
    const edits = async (p: Principal | null) => mayEditSubmission(db(), p, ref);
    const nokia = await principal('member2');
    expect(await edits(await principal('member1'))).toBe(true);
    expect(await edits(nokia)).toBe(true);
    expect(await edits(await principal('secretariat'))).toBe(true);
    expect(await edits(await principal('chairWg2'))).toBe(false);
    expect(await edits(null)).toBe(false);

    await db().update(users).set({ emailConfirmedAt: null }).where(eq(users.id, nokia.id));
    try {
      expect(await edits(nokia)).toBe(false);
      expect(await maySeeDocument(db(), nokia, doc.id)).toBe(false);
    } finally {
      await db().update(users).set({ emailConfirmedAt: new Date() }).where(eq(users.id, nokia.id));
    }
  });
});

describe('a document’s allocation page', () => {
  it('offers to take away the allocations to the groups one chairs; the secretariat, all of them', async () => {
    const doc = await submitted();
    const secretariat = await principal('secretariat');
    await registerDocuments({ db: db() }, secretariat, {
      meetingId: seeded.meetingIds['fg-mv-demo'],
      items: [{ id: doc.id }],
    });
    await changeAllocations(db(), secretariat, {
      documentIds: [doc.id],
      add: [group('fg-mv-wg2'), group('fg-mv-wg3')],
    });
    const removable = async (email: string) => {
      const client = new Client(portal.url);
      await client.signIn(email, DEMO_PASSWORD);
      const page = parse(await (await client.get(`/documents/${doc.id}/allocation`)).text());
      return page
        .querySelectorAll('button[name=intent]')
        .map((b) => b.getAttribute('value')!)
        .filter((v) => v.startsWith('remove:'))
        .sort();
    };
    const both = [`remove:${group('fg-mv-wg2')}`, `remove:${group('fg-mv-wg3')}`].sort();
    expect(await removable('tsb.fgmv@example.org')).toEqual(both);
    expect(await removable('chair.wg2@example.org')).toEqual([`remove:${group('fg-mv-wg2')}`]);
  });
});

describe('granting roles', () => {
  it('covers the groups a secretariat serves and those below them, and every group for a site admin', async () => {
    const all = await db().query.groups.findMany();
    const below = (slug: string) => all.filter((g) => g.id === group(slug) || g.parentId === group(slug));
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    expect(ids(await grantableGroups(db(), await principal('secretariat')))).toEqual(
      ids([...below('fg-mv'), ...below('jca-mv')]),
    );
    expect(await grantableGroups(db(), await principal('admin', true))).toHaveLength(all.length);
    expect(await grantableGroups(db(), await principal('chairWg2'))).toEqual([]);
  });
});

describe('the groups a cover page may name', () => {
  it('are those of the meeting group’s whole tree, from its topmost group down', async () => {
    const codes = await relatedGroupCodes(db(), group('fg-mv-wg2'));
    expect(codes).toEqual(expect.arrayContaining(['FG-MV', 'WG2', 'WG3']));
    expect(codes).not.toContain('SG20');
  });
});
