import type { AddressInfo } from 'node:net';
import { count } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../../db/schema';
import { minimalDocx } from '../fixtures/docx';
import { DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let smtp: SMTPServer;
let portal: TestPortal;
/** The envelope recipients of each message the portal sent. */
const sent: string[][] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        sent.push(session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  portal = await startTestPortal({
    env: { SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` },
    demo: true,
  });
});
afterAll(async () => {
  await portal?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const documentCount = async () => (await portal.services.db.select({ n: count() }).from(documents))[0].n;

async function submit(contacts: { name: string; email: string }[]) {
  const client = new Client(portal.url);
  await client.signIn('member.etri@example.org', DEMO_PASSWORD);
  const form = new FormData();
  const fields = {
    intent: 'submit',
    type: 'input',
    title: 'Digital twins of cities',
    source: 'ETRI',
    purpose: 'proposal',
    keywords: 'twins',
    abstract: 'An abstract.',
  };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const c of contacts) {
    form.append('contactName', c.name);
    form.append('contactEmail', c.email);
  }
  form.append('main', new Blob([minimalDocx('relay')], { type: DOCX }), 'relay.docx');
  // As the browser form posts it (its script asks for the action's data).
  return client.post(`/meetings/fg-mv-demo/submit?_data=${encodeURIComponent('routes/meetings.$slug_.submit')}`, form);
}
type Failure = { error: string; fieldErrors: Record<string, string> };
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `Person ${i + 1}`, email: `person${i + 1}@example.org` }));

describe('acknowledgment e-mails are no mail relay', () => {
  it('refuses 900 contacts, and 21, with a message; no document, no mail', async () => {
    const before = await documentCount();
    for (const n of [900, 21]) {
      const res = await submit(people(n));
      expect(res.status).toBe(400);
      expect(((await res.json()) as Failure).fieldErrors.contacts).toMatch(/^A document lists at most 20 contacts/);
    }
    expect(await documentCount()).toBe(before);
    expect(sent).toEqual([]);
  });

  it('refuses a contact whose e-mail is not an address, saying which', async () => {
    const res = await submit([
      { name: 'Kim Min-jun', email: 'member.etri@example.org' },
      { name: 'Someone', email: 'someone@example.org>, victim@example.net' },
    ]);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Failure;
    expect(body.fieldErrors['contacts.1.email']).toBe('Enter an e-mail address such as name@example.org.');
    expect(body.fieldErrors['contacts.0.email']).toBeUndefined();
  });

  it('sends one acknowledgment to the submitter and at most the 20 listed contacts', async () => {
    const res = await submit(people(20));
    expect(res.status).toBe(204); // a redirect, as Remix answers a data request
    expect(res.headers.get('x-remix-redirect')).toMatch(/^\/documents\/[0-9a-f-]+\/receipt$/);
    await expect.poll(() => sent.length, { timeout: 20_000 }).toBe(1);
    expect(sent[0].sort()).toEqual(['member.etri@example.org', ...people(20).map((p) => p.email)].sort());
  });
});
