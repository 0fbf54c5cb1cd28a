import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { documents, users } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { changeAllocations } from '../../app/features/allocation/allocation.server';
import { createToken } from '../../app/features/api/tokens.server';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { registerDocuments } from '../../app/features/registration/register.server';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { createSubmittedDocument } from '../support/documents';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let chair: Client;
const db = () => portal.services.db;
const fg = () => seeded.meetingIds['fg-mv-demo'];

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  chair = new Client(portal.url);
  await chair.signIn('chair.wg2@example.org', DEMO_PASSWORD);
});
afterAll(() => portal?.stop());

/** A registered document of the demo meeting allocated to WG2 (so its chair decides on it). */
async function registeredInWg2(title: string) {
  const d = await createSubmittedDocument(db(), null, { meetingId: fg(), submittedBy: seeded.userIds.member1, title });
  const [row] = await registerDocuments({ db: db() }, sec, { meetingId: fg(), items: [{ id: d.id }] });
  await changeAllocations(db(), sec, { documentIds: [row.id], add: [seeded.groupIds['fg-mv-wg2']] });
  return (await db().select().from(documents).where(eq(documents.id, row.id)))[0];
}

const page = async (path: string) => parse(await (await chair.get(path)).text());
const errorOf = (html: ReturnType<typeof parse>, field: string) =>
  html.querySelector(`[id="decision-${field}-error"]`)?.text ?? html.querySelector('.field-error')?.text;

describe('decisions', () => {
  it('offers the 3GPP vocabulary', async () => {
    const d = await registeredInWg2('Vocabulary');
    const options = (await page(`/documents/${d.id}/decision`))
      .querySelectorAll('select[name="decision"] option')
      .map((o) => o.text);
    expect(options).toEqual(
      expect.arrayContaining([
        'Agreed',
        'Approved',
        'Noted',
        'Revised',
        'Merged',
        'Postponed',
        'Withdrawn',
        'Not treated',
        'Replied to',
      ]),
    );
  });

  it('records "merged" with the target picked by number and a note, shown on both documents', async () => {
    const source = await registeredInWg2('Avatar identity');
    const target = await registeredInWg2('Avatar identity and portability');
    const res = await chair.post(`/documents/${source.id}/decision`, {
      decision: 'merged',
      // Written as people write it: any case and spacing.
      target: target.numberLabel!.toLowerCase().replace(/-/g, ' '),
      note: 'Merged with the Nokia proposal.',
      version: String(source.version),
    });
    expect(res.status).toBe(200);
    const [row] = await db().select().from(documents).where(eq(documents.id, source.id));
    expect(row).toMatchObject({
      decision: 'merged',
      decisionTargetId: target.id,
      decisionNote: 'Merged with the Nokia proposal.',
    });

    const sourcePage = await page(`/documents/${source.id}`);
    const panel = sourcePage.querySelector('.workflow-panel')!;
    expect(panel.querySelector('.decision-target a')!.text).toBe(`Merged into ${target.numberLabel}`);
    expect(panel.querySelector('.decision-target a')!.getAttribute('href')).toBe(`/documents/${target.id}`);
    expect(panel.querySelector('.decision-note')!.text).toBe('Merged with the Nokia proposal.');
    const history = sourcePage.querySelector('table.history')!.text;
    expect(history).toContain(`Merged: ${target.numberLabel}`);
    expect(history).toContain('Merged with the Nokia proposal.');

    const targetPanel = (await page(`/documents/${target.id}`)).querySelector('.workflow-panel')!;
    expect(targetPanel.text).toContain(`${source.numberLabel} was merged into this document`);
  });

  it('says beside the field when the target is missing or unknown, and changes nothing', async () => {
    const d = await registeredInWg2('Needs a target');
    const missing = await chair.post(`/documents/${d.id}/decision`, { decision: 'merged', version: String(d.version) });
    expect(missing.status).toBe(400);
    expect(errorOf(parse(await missing.text()), 'target')).toBe(
      'Give the number of the document this one was merged into.',
    );
    const unknown = await chair.post(`/documents/${d.id}/decision`, {
      decision: 'revised',
      target: 'FGMV-I-999',
      version: String(d.version),
    });
    expect(unknown.status).toBe(400);
    expect(errorOf(parse(await unknown.text()), 'target')).toBe(
      'No registered document of this meeting has that number.',
    );
    const [row] = await db().select().from(documents).where(eq(documents.id, d.id));
    expect(row).toMatchObject({ decision: null, decisionTargetId: null, version: d.version });
  });

  it('"revised" by number links the revising document back as its revision', async () => {
    const old = await registeredInWg2('Old text');
    const next = await registeredInWg2('New text');
    const res = await chair.post(`/documents/${old.id}/decision`, {
      decision: 'revised',
      target: next.numberLabel!,
      note: `revised in ${next.numberLabel}`,
      version: String(old.version),
    });
    expect(res.status).toBe(200);
    const [linked] = await db().select().from(documents).where(eq(documents.id, next.id));
    expect(linked.revisionOfId).toBe(old.id);
  });

  it('the JSON API takes { decision, note } as before, and the target by number', async () => {
    const [user] = await db().select().from(users).where(eq(users.email, 'chair.wg2@example.org'));
    const { token } = await createToken(db(), user.id, { name: 'decisions', scopes: ['read', 'manage'], days: 1 });
    const post = (id: string, body: unknown) =>
      fetch(`${portal.url}/api/v1/documents/${id}/decision`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const a = await registeredInWg2('Noted by API');
    const noted = await post(a.id, { decision: 'noted', note: 'Thanks to the authors.' });
    expect(noted.status).toBe(200);
    expect(await noted.json()).toEqual({ decision: 'noted' });
    const b = await registeredInWg2('Reply');
    const replied = await post(a.id, { decision: 'replied_to', target: b.numberLabel });
    expect(replied.status).toBe(200);
    const [row] = await db().select().from(documents).where(eq(documents.id, a.id));
    expect(row).toMatchObject({ decision: 'replied_to', decisionTargetId: b.id });
    const refused = await post(a.id, { decision: 'merged' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toMatchObject({
      target: 'Give the number of the document this one was merged into.',
    });
  });
});
