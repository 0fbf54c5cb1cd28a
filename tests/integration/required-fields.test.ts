/**
 * The fields a meeting requires before it accepts a submission, over HTTP: by default source, purpose,
 * abstract and a contact; the secretariat changes the list on the meeting's form, and the submission form's
 * JSON answer (what the browser shows) names each missing field with its message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { documents, meetings } from '../../db/schema';
import { DEMO_PASSWORD } from '../support/demo';
import { minimalDocx } from '../fixtures/docx';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SUBMIT = '/meetings/fg-mv-demo/submit?_data=routes%2Fmeetings.%24slug_.submit';
let portal: TestPortal;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
});
afterAll(async () => {
  await portal?.stop();
});

const signedIn = async (email: string) => {
  const c = new Client(portal.url);
  await c.signIn(email, DEMO_PASSWORD);
  return c;
};
const docCount = async () => (await portal.services.db.select({ n: count() }).from(documents))[0].n;
const complete = {
  intent: 'submit',
  type: 'input',
  title: 'Digital twins',
  source: 'ETRI',
  purpose: 'proposal',
  keywords: 'twins',
  abstract: 'An abstract.',
  contactName: 'Kim Min-jun',
  contactOrganisation: 'ETRI',
  contactCountry: 'Korea (Rep. of)',
  contactEmail: 'member.etri@example.org',
  contactPhone: '',
};

function submission(fields: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  f.append('main', new Blob([minimalDocx('Body')], { type: DOCX }), 'twins.docx');
  return f;
}

describe('fields a meeting requires', () => {
  it('by default refuses a submission without source, purpose, abstract or a contact with an e-mail address, naming each', async () => {
    const c = await signedIn('member.etri@example.org');
    const before = await docCount();
    const res = await c.post(
      SUBMIT,
      submission({ ...complete, source: '', purpose: '', abstract: ' ', contactEmail: '' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; fieldErrors: Record<string, string> };
    expect(body.error).toBe('Some fields need your attention; see the messages below.');
    expect(body.fieldErrors).toMatchObject({
      purpose: 'Choose the purpose: discussion, proposal, information, decision or approval.',
      abstract: 'Write the abstract: a few sentences saying what the document proposes or reports.',
      contacts: 'Give at least one contact with an e-mail address.',
    });
    expect(body.fieldErrors.source).toBeTruthy();
    expect(body.fieldErrors.keywords).toBeUndefined();
    expect(await docCount()).toBe(before);
  });

  it('takes the list the secretariat sets on the meeting form', async () => {
    const sec = await signedIn('tsb.fgmv@example.org');
    const [m] = await portal.services.db.select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
    const edit = new FormData();
    for (const [k, v] of Object.entries({
      title: m.title,
      number: m.number?.toString() ?? '',
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      startTime: m.startTime ?? '',
      endTime: m.endTime ?? '',
      timeZone: m.timeZone,
      locationKind: m.locationKind,
      place: m.place,
      host: m.host,
      deadlineMode: 'rule',
      deadlineDate: '',
      deadlineTime: '',
      maxFileMb: String(m.maxFileMb),
      documentAccess: m.documentAccess,
      notes: m.notes,
    }))
      edit.append(k, v);
    for (const t of m.documentTypes) edit.append('documentTypes', t);
    for (const x of m.attachmentFormats) edit.append('attachmentFormats', x);
    for (const r of ['', 'keywords', 'proposedGroups']) edit.append('requiredFields', r);
    const saved = await sec.post('/meetings/fg-mv-demo/edit', edit);
    expect(saved.status).toBeLessThan(400);
    const [after] = await portal.services.db.select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
    expect(after.requiredFields).toEqual(['keywords', 'proposedGroups']);

    const c = await signedIn('member.etri@example.org');
    const refused = await c.post(SUBMIT, submission({ ...complete, keywords: '' }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({
      keywords: 'Give at least one keyword.',
      proposedGroups: 'Tick at least one Question or Working Group the document is for.',
    });

    const before = await docCount();
    const accepted = await c.post(
      SUBMIT,
      submission({ ...complete, source: '', purpose: '', abstract: '', proposedGroups: 'WG2' }),
    );
    expect(accepted.headers.get('x-remix-redirect')).toMatch(/^\/documents\/[0-9a-f-]+\/receipt$/);
    expect(await docCount()).toBe(before + 1);
    const [doc] = await portal.services.db.select().from(documents).where(eq(documents.title, 'Digital twins'));
    expect(doc).toMatchObject({ source: '', purpose: null, abstract: '', proposedGroups: ['WG2'] });

    // A revision keeps the groups its original proposed: its form offers none to tick.
    await portal.services.db
      .update(documents)
      .set({ state: 'registered', number: 41, numberLabel: 'FGMV-I-041' })
      .where(eq(documents.id, doc.id));
    const revision = await c.post(
      `/documents/${doc.id}/revise?_data=routes%2Fdocuments.%24id_.revise`,
      submission({ ...complete, title: 'Digital twins (revised)' }),
    );
    expect(revision.headers.get('x-remix-redirect')).toMatch(/^\/documents\/[0-9a-f-]+\/receipt$/);
    const [revised] = await portal.services.db
      .select()
      .from(documents)
      .where(eq(documents.title, 'Digital twins (revised)'));
    expect(revised).toMatchObject({ revisionOfId: doc.id, proposedGroups: ['WG2'] });
  });
});
