import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import { auditEvents, documentFiles, documents, meetings, pendingUploads } from '../../db/schema';
import { DEMO_PASSWORD } from '../support/demo';
import { deadlineDecision } from '../../app/features/meetings/deadlines';
import { zonedTimeToInstant } from '../../app/platform/time';
import { buildTemplate } from '../../app/features/submissions/templates.server';
import { minimalDocx } from '../fixtures/docx';
import { Client, rendered, withoutScripts } from '../support/http';
import { waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';
import { startS3Server, type S3TestServer } from '../support/s3-server';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import http from 'node:http';

const PASSWORD = DEMO_PASSWORD;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('deadline decision across a DST change', () => {
  it('holds the deadline at 23:59 Geneva time on the night clocks change', () => {
    // Europe/Zurich leaves summer time on 2026-10-25 at 03:00 (UTC+2 -> UTC+1).
    const deadline = zonedTimeToInstant('2026-10-25', '23:59', 'Europe/Zurich');
    expect(deadline.toISOString()).toBe('2026-10-25T22:59:00.000Z');
    const m = { inputDeadline: deadline, acceptsLate: false, takesContributions: true };
    expect(deadlineDecision(m, new Date('2026-10-25T22:59:00Z'), false)).toMatchObject({ ok: true, late: false });
    expect(deadlineDecision(m, new Date('2026-10-25T23:00:00Z'), false)).toEqual({ ok: false, reason: 'deadline' });
    expect(deadlineDecision({ ...m, acceptsLate: true }, new Date('2026-10-25T23:00:00Z'), false)).toMatchObject({
      ok: true,
      late: true,
    });
    expect(deadlineDecision(m, new Date('2026-10-26T10:00:00Z'), true)).toMatchObject({ ok: true, late: true });
    // Spring forward: 2026-03-29 (UTC+1 -> UTC+2).
    expect(zonedTimeToInstant('2026-03-29', '23:59', 'Europe/Zurich').toISOString()).toBe('2026-03-29T21:59:00.000Z');
  });
});

for (const driver of ['local', 's3'] as const) {
  describe(`submissions over HTTP (${driver} storage)`, () => {
    let portal: TestPortal;
    let s3: S3TestServer | undefined;
    const member = () => signedIn('member.etri@example.org');
    const signedIn = async (email: string) => {
      const c = new Client(portal.url);
      await c.signIn(email, PASSWORD);
      return c;
    };
    const db = () => portal.services.db;
    const counts = async () => ({
      docs: (await db().select({ n: count() }).from(documents))[0].n,
      pending: (await db().select({ n: count() }).from(pendingUploads))[0].n,
      objects: await (async () => {
        let n = 0;
        for await (const _ of portal.services.storage.list('uploads/')) n++;
        return n;
      })(),
    });
    const setMeeting = (values: Partial<typeof meetings.$inferInsert>) =>
      db().update(meetings).set(values).where(eq(meetings.slug, 'fg-mv-demo'));

    function form(
      fields: Record<string, string | string[]>,
      files: { field: string; name: string; bytes: Uint8Array; type?: string }[] = [],
    ) {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
      for (const file of files) f.append(file.field, new Blob([file.bytes], { type: file.type ?? DOCX }), file.name);
      return f;
    }
    const meta = {
      intent: 'submit',
      type: 'input',
      title: 'Use cases for city digital twins',
      source: 'ETRI',
      purpose: 'proposal',
      keywords: 'metaverse, twins',
      abstract: 'An abstract.',
      contactName: 'Kim Min-jun',
      contactOrganisation: 'ETRI',
      contactCountry: 'Korea (Rep. of)',
      contactEmail: 'member.etri@example.org',
      contactPhone: '',
    };

    beforeAll(async () => {
      if (driver === 's3') s3 = await startS3Server();
      portal = await startTestPortal({ storage: s3?.config, demo: true });
    });
    afterAll(async () => {
      await portal?.stop();
      await s3?.stop();
    });

    it('serves the template with the group and meeting filled in', async () => {
      const c = await member();
      const res = await c.get('/meetings/fg-mv-demo/template?type=input');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect((await c.get('/meetings/fg-mv-demo/template?type=nonsense')).status).toBe(400);
    });

    it('reads the cover page for review, then submits: receipt with sha-256, audit event, acknowledgment mail', async () => {
      const c = await member();
      const filled = await buildTemplate({
        groupCode: 'FG-MV',
        groupName: 'FG',
        place: 'Geneva',
        dates: 'May',
        type: 'input',
        questions: 'WG2',
        source: 'ETRI, 中国移动',
        title: 'Цифровые двойники <script>alert(1)</script>',
        purpose: 'Proposal',
        contacts: [
          { name: 'Kim Min-jun', organisation: 'ETRI', country: 'Korea', email: 'member.etri@example.org' },
          { name: 'Aino Virtanen', organisation: 'Nokia', country: 'Finland', email: 'member.nokia@example.org' },
        ],
        keywords: 'twins',
        abstract: 'Abstract here',
      });
      const read = await c.post(
        '/meetings/fg-mv-demo/submit',
        form({ intent: 'read' }, [{ field: 'main', name: 'contribution.docx', bytes: filled }]),
      );
      expect(read.status).toBe(200);
      const sent = await read.text();
      const page = withoutScripts(sent);
      expect(page).toContain('Цифровые двойники &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(sent).not.toContain('<script>alert(1)');
      expect(page).toContain('We read the cover page of contribution.docx');
      const pendingId = /name="pendingMain" value="([0-9a-f-]+)"/.exec(page)![1];
      const sub = await c.post(
        '/meetings/fg-mv-demo/submit',
        form(
          {
            ...meta,
            title: 'Цифровые двойники <script>alert(1)</script>',
            pendingMain: pendingId,
            contactName: ['Kim Min-jun', 'Aino Virtanen'],
            contactEmail: ['member.etri@example.org', 'member.nokia@example.org'],
            contactOrganisation: ['ETRI', 'Nokia'],
            contactCountry: ['Korea', 'Finland'],
            contactPhone: ['', ''],
            proposedGroups: 'WG2',
          },
          [
            {
              field: 'attachments',
              name: 'slides.pdf',
              bytes: Buffer.from('%PDF-1.4\n1 0 obj\n%%EOF\n'),
              type: 'application/pdf',
            },
          ],
        ),
      );
      expect(sub.status).toBe(302);
      const receiptUrl = sub.headers.get('location')!;
      const id = /documents\/([0-9a-f-]+)\/receipt/.exec(receiptUrl)![1];
      const receipt = await rendered(await c.get(receiptUrl));
      expect(receipt).toContain('Submitted, awaiting registration');
      expect(receipt).toMatch(/UTC/);
      const files = await db().select().from(documentFiles).where(eq(documentFiles.documentId, id));
      expect(files.map((f) => f.role).sort()).toEqual(['attachment', 'main']);
      for (const f of files) expect(receipt).toContain(f.sha256);
      // The secretariat opening the receipt sees where the acknowledgment went: the submitter and the contacts, not itself.
      const receiptForSec = await rendered(await (await signedIn('tsb.fgmv@example.org')).get(receiptUrl));
      expect(/sent by e-mail to ([^<]*)</.exec(receiptForSec)?.[1]).toBe(
        'member.etri@example.org, member.nokia@example.org.',
      );
      const [doc] = await db().select().from(documents).where(eq(documents.id, id));
      expect(doc).toMatchObject({ state: 'submitted', late: false, proposedGroups: ['WG2'] });
      const events = await db().select().from(auditEvents).where(eq(auditEvents.documentId, id));
      expect(events.map((e) => e.action)).toEqual(['document.submitted']);
      await waitForJobs(db());
      const mail = await portal.services.mail.listStored();
      expect(mail[0].subject).toContain('Received');
      expect(mail[0].to).toContain('member.nokia@example.org');
      expect(mail[0].text).toContain(files[0].sha256);
      expect((await counts()).pending).toBe(0);
      // A Word file without a cover table: the review says so, rather than claiming to have read it.
      const plain = await rendered(
        await c.post(
          '/meetings/fg-mv-demo/submit',
          form({ intent: 'read' }, [{ field: 'main', name: 'plain.docx', bytes: minimalDocx('Just a paragraph') }]),
        ),
      );
      expect(plain).toContain('No cover fields were found in plain.docx');
      // The co-author sees it in My documents; the document page shows its history.
      const coauthor = await signedIn('member.nokia@example.org');
      expect(await rendered(await coauthor.get('/my/documents'))).toContain('Цифровые двойники');
      expect(await rendered(await coauthor.get(`/documents/${id}`))).toContain('Submitted');
    });

    it('without a main file and with fields missing, names everything that is missing at once', async () => {
      const c = await member();
      const res = await c.post('/meetings/fg-mv-demo/submit', form({ ...meta, title: '', purpose: '' }));
      expect(res.status).toBe(400);
      const page = await rendered(res);
      expect(page).toContain('Choose the main file (.docx) of the document.');
      expect(page.match(/class="field-error"/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    });

    it('a member whose connection drops half-way through an upload leaves nothing behind, and the portal carries on', async () => {
      const c = await member();
      const before = await counts();
      const boundary = 'plenarycutoff';
      const head = Buffer.from(
        [
          `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsubmit\r\n`,
          `--${boundary}\r\nContent-Disposition: form-data; name="main"; filename="big.docx"\r\n`,
          `Content-Type: ${DOCX}\r\n\r\n`,
        ].join(''),
      );
      const url = new URL('/meetings/fg-mv-demo/submit', portal.url);
      await new Promise<void>((resolve) => {
        const req = http.request(url, {
          method: 'POST',
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(head.length + 8 * 1024 * 1024 + 100),
            cookie: c.cookieHeader(),
            origin: portal.url,
          },
        });
        req.on('error', () => resolve());
        req.on('response', () => resolve());
        req.write(head);
        req.write(Buffer.alloc(3 * 1024 * 1024, 7), () =>
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 200),
        );
      });
      // The server notices, deletes what it stored of the part, and records nothing.
      await expect.poll(async () => (await counts()).objects, { timeout: 15_000 }).toBe(before.objects);
      expect(await counts()).toEqual(before);
      expect((await c.get('/meetings/fg-mv-demo/submit')).status).toBe(200);
    });

    it('refuses bad files by content with a message, leaving no row and no stored file', async () => {
      const c = await member();
      const before = await counts();
      const cases: [string, Uint8Array, string][] = [
        ['program.docx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]), 'is a program'],
        ['empty.docx', new Uint8Array(), 'is empty'],
        ['cut.docx', minimalDocx('x').subarray(0, 200), 'damaged or incomplete'],
        ['macro.docx', minimalDocx('x', { 'word/vbaProject.bin': Buffer.from('x') }), 'contains macros'],
        [
          'secret.docx',
          Buffer.concat([
            Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
            Buffer.alloc(600),
            Buffer.from('EncryptedPackage', 'utf16le'),
          ]),
          'protected by a password',
        ],
      ];
      for (const [name, bytes, message] of cases) {
        const res = await c.post('/meetings/fg-mv-demo/submit', form(meta, [{ field: 'main', name, bytes }]));
        expect(res.status, name).toBe(400);
        expect(await rendered(res), name).toContain(message);
      }
      const pptx = await c.post(
        '/meetings/fg-mv-demo/submit',
        form(meta, [
          { field: 'main', name: 'a.docx', bytes: minimalDocx('x') },
          { field: 'attachments', name: 'run.exe', bytes: Buffer.from('#!/bin/sh\necho hi') },
        ]),
      );
      expect(pptx.status).toBe(400);
      const long = await c.post(
        '/meetings/fg-mv-demo/submit',
        form({ ...meta, title: 'x'.repeat(5000) }, [{ field: 'main', name: 'a.docx', bytes: minimalDocx('x') }]),
      );
      expect(long.status).toBe(400);
      expect(await rendered(long)).toContain('The title is too long');
      const after = await counts();
      expect(after.docs).toBe(before.docs);
      // The valid .docx of the over-long-title attempt stays pending for the member's correction (not a document).
      expect(after.objects - before.objects).toBe(after.pending - before.pending);
    });

    it('refuses a file over the size limit while streaming', async () => {
      await setMeeting({ maxFileMb: 1 });
      try {
        const c = await member();
        const before = await counts();
        const res = await c.post(
          '/meetings/fg-mv-demo/submit',
          form(meta, [{ field: 'main', name: 'big.docx', bytes: Buffer.alloc(3 * 1024 * 1024, 1) }]),
        );
        const body = await rendered(res);
        expect(res.status).toBe(413);
        // The same connection (or a fresh one) serves the next request: nothing of the refused body is left on it.
        expect((await c.get('/my/documents')).status).toBe(200);
        expect(body).toContain('larger than the 1 MB');
        expect(await counts()).toEqual(before);
      } finally {
        await setMeeting({ maxFileMb: 50 });
      }
    });

    it('stops reading a refused upload that goes on far past the limit, and stays up for the next request', async () => {
      await setMeeting({ maxFileMb: 1 });
      try {
        const c = await member();
        const before = await counts();
        const boundary = 'plenaryflood';
        const head = Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="main"; filename="huge.docx"\r\nContent-Type: ${DOCX}\r\n\r\n`,
        );
        const block = Buffer.alloc(1024 * 1024, 3);
        const total = 200;
        let sent = 0;
        // The client sends 200 MB to a meeting that takes 1 MB: the portal refuses, reads on a bounded while, then hangs up.
        const outcome = await new Promise<string>((resolve) => {
          const req = http.request(new URL('/meetings/fg-mv-demo/submit', portal.url), {
            method: 'POST',
            headers: {
              'content-type': `multipart/form-data; boundary=${boundary}`,
              'content-length': String(head.length + total * block.length),
              cookie: c.cookieHeader(),
              origin: portal.url,
            },
          });
          req.on('error', () => resolve('closed'));
          req.on('response', (res) => resolve(`answered ${res.statusCode}`));
          const pump = () => {
            while (sent < total) {
              sent++;
              if (!req.write(block)) {
                req.once('drain', pump);
                return;
              }
            }
            req.end();
          };
          req.write(head);
          pump();
        });
        expect(['closed', 'answered 413']).toContain(outcome);
        expect(sent).toBeLessThan(total);
        expect((await c.get('/my/documents')).status).toBe(200);
        await expect.poll(async () => counts(), { timeout: 15_000 }).toEqual(before);
      } finally {
        await setMeeting({ maxFileMb: 50 });
      }
    });

    it('refuses after the deadline, accepts late (marked) when the meeting allows, and always for the secretariat', async () => {
      await setMeeting({ inputDeadline: new Date(Date.now() - 60_000), acceptsLate: false });
      try {
        const c = await member();
        const refused = await c.post(
          '/meetings/fg-mv-demo/submit',
          form(meta, [{ field: 'main', name: 'a.docx', bytes: minimalDocx('x') }]),
        );
        expect(refused.status).toBe(403);
        expect(parse(await rendered(refused)).querySelector('[role=alert]')?.text).toContain(
          'The input deadline has passed. This meeting does not accept late documents.',
        );
        const sec = await signedIn('tsb.fgmv@example.org');
        const bySec = await sec.post(
          '/meetings/fg-mv-demo/submit',
          form({ ...meta, contactEmail: 'tsb.fgmv@example.org' }, [
            { field: 'main', name: 'a.docx', bytes: minimalDocx('x') },
          ]),
        );
        expect(bySec.status).toBe(302);
        await setMeeting({ acceptsLate: true });
        const c2 = await member();
        const late = await c2.post(
          '/meetings/fg-mv-demo/submit',
          form(meta, [{ field: 'main', name: 'a.docx', bytes: minimalDocx('late') }]),
        );
        expect(late.status).toBe(302);
        const id = /documents\/([0-9a-f-]+)/.exec(late.headers.get('location')!)![1];
        expect((await db().select().from(documents).where(eq(documents.id, id)))[0].late).toBe(true);
        expect(await rendered(await c2.get(`/documents/${id}`))).toContain('accepted late');
      } finally {
        await setMeeting({ inputDeadline: new Date(Date.now() + 10 * 86400_000), acceptsLate: false });
      }
    });

    it('replaces the file before registration, revises after, withdraws; each an audit event', async () => {
      const c = await member();
      const sub = await c.post(
        '/meetings/fg-mv-demo/submit',
        form(meta, [{ field: 'main', name: 'v1.docx', bytes: minimalDocx('v1') }]),
      );
      const id = /documents\/([0-9a-f-]+)/.exec(sub.headers.get('location')!)![1];
      const rep = await c.post(
        `/documents/${id}?do=replace`,
        form({ version: '1' }, [{ field: 'main', name: 'v2.docx', bytes: minimalDocx('v2') }]),
      );
      expect(rep.status).toBe(200);
      const files = await db().select().from(documentFiles).where(eq(documentFiles.documentId, id));
      expect(files.map((f) => [f.filename, f.version, f.superseded]).sort()).toEqual([
        ['v1.docx', 1, true],
        ['v2.docx', 2, false],
      ]);
      // Not registered yet: no revision.
      const early = await c.post(
        `/documents/${id}/revise`,
        form(meta, [{ field: 'main', name: 'r.docx', bytes: minimalDocx('r') }]),
      );
      expect(early.status).toBe(409);
      expect(parse(await rendered(early)).querySelector('[role=alert]')?.text).toContain(
        'Only a registered document can be revised',
      );
      await db()
        .update(documents)
        .set({ state: 'registered', numberLabel: 'FGMV-I-007', number: 7 })
        .where(eq(documents.id, id));
      expect(
        (
          await c.post(
            `/documents/${id}?do=replace`,
            form({}, [{ field: 'main', name: 'v3.docx', bytes: minimalDocx('v3') }]),
          )
        ).status,
      ).toBe(409);
      const rev = await c.post(
        `/documents/${id}/revise`,
        form({ ...meta, title: 'Revised title' }, [{ field: 'main', name: 'r1.docx', bytes: minimalDocx('r1') }]),
      );
      expect(rev.status).toBe(302);
      const revId = /documents\/([0-9a-f-]+)/.exec(rev.headers.get('location')!)![1];
      const [r1] = await db().select().from(documents).where(eq(documents.id, revId));
      expect(r1).toMatchObject({
        revision: 1,
        revisionOfId: id,
        numberLabel: 'FGMV-I-007',
        number: 7,
        state: 'submitted',
        title: 'Revised title',
      });
      expect(await rendered(await c.get(`/documents/${id}`))).toContain('Rev.1');
      const wd = await c.post(`/documents/${revId}?do=withdraw`, { version: String(r1.version) });
      expect(wd.status).toBe(200);
      const [after] = await db().select().from(documents).where(eq(documents.id, revId));
      expect(after.state).toBe('withdrawn');
      const actions = async (d: string) =>
        (await db().select().from(auditEvents).where(eq(auditEvents.documentId, d))).map((e) => e.action);
      expect(await actions(id)).toEqual(['document.submitted', 'document.file_replaced', 'document.revised_by']);
      expect(await actions(revId)).toEqual(['document.revision_submitted', 'document.withdrawn']);
      const other = await signedIn('member.nokia@example.org');
      // Before publication other members do not see the document at all; once published they see it, but only its authors may withdraw it.
      expect((await other.post(`/documents/${id}?do=withdraw`, {})).status).toBe(404);
      await db().update(documents).set({ publishedAt: new Date() }).where(eq(documents.id, id));
      expect((await other.post(`/documents/${id}?do=withdraw`, {})).status).toBe(403);
      expect((await db().select().from(documents).where(eq(documents.id, id)))[0].state).toBe('registered');
    });

    it('lets the secretariat create and edit a meeting with the group rule deadline', async () => {
      const sec = await signedIn('tsb.fgmv@example.org');
      const res = await sec.post('/groups/fg-mv/meetings/new', {
        title: 'FG-MV 9th',
        number: '9',
        startsOn: '2026-11-05',
        endsOn: '2026-11-06',
        timeZone: 'Europe/Zurich',
        locationKind: 'hybrid',
        place: 'Geneva',
        deadlineMode: 'rule',
        documentTypes: 'input',
        attachmentFormats: 'pdf',
        maxFileMb: '20',
        documentAccess: 'public',
      });
      expect(res.status).toBe(302);
      const [m] = await db().select().from(meetings).where(eq(meetings.slug, 'fg-mv-2026-11-05'));
      expect(m.inputDeadline!.toISOString()).toBe('2026-10-24T21:59:00.000Z'); // 12 days before, 23:59 CEST
      const edit = await sec.post('/meetings/fg-mv-2026-11-05/edit', {
        title: 'FG-MV 9th',
        startsOn: '2026-11-05',
        endsOn: '2026-11-06',
        timeZone: 'Europe/Zurich',
        locationKind: 'hybrid',
        deadlineMode: 'custom',
        deadlineDate: '2026-10-30',
        deadlineTime: '12:00',
        acceptsLate: 'on',
        documentTypes: 'input',
        maxFileMb: '20',
        documentAccess: 'public',
      });
      expect(edit.status).toBe(200);
      const [m2] = await db().select().from(meetings).where(eq(meetings.id, m.id));
      expect(m2).toMatchObject({ deadlineOverridden: true, acceptsLate: true });
      expect(m2.inputDeadline!.toISOString()).toBe('2026-10-30T11:00:00.000Z');
      const memberTry = await (await member()).post('/groups/fg-mv/meetings/new', { title: 'x' });
      expect(memberTry.status).toBe(403);
    });
  });
}

describe('acknowledgment through SMTP', () => {
  interface Received {
    from: string;
    to: string[];
    data: string;
  }
  let smtp: SMTPServer;
  let portal: TestPortal;
  const received: Received[] = [];

  beforeAll(async () => {
    // A real SMTP server on loopback; plain (no STARTTLS offered, no AUTH), as a local relay would be.
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    portal = await startTestPortal({
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Plenary <plenary@itu.example>' },
      demo: true,
    });
  });
  afterAll(async () => {
    await portal?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('sends the receipt to the submitter and every contact, with the sha-256 of each file', async () => {
    const c = new Client(portal.url);
    await c.signIn('member.etri@example.org', PASSWORD);
    const f = new FormData();
    const fields = {
      intent: 'submit',
      type: 'input',
      title: 'Digital twins — 数字孪生',
      source: 'ETRI',
      purpose: 'proposal',
      keywords: 'twins',
      abstract: 'An abstract.',
    };
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    for (const [name, email] of [
      ['Kim Min-jun', 'member.etri@example.org'],
      ['Aino Virtanen', 'member.nokia@example.org'],
    ]) {
      f.append('contactName', name);
      f.append('contactEmail', email);
      f.append('contactOrganisation', '');
      f.append('contactCountry', '');
      f.append('contactPhone', '');
    }
    f.append('main', new Blob([minimalDocx('smtp')], { type: DOCX }), 'smtp.docx');
    const res = await c.post('/meetings/fg-mv-demo/submit', f);
    expect(res.status).toBe(302);
    const id = /documents\/([0-9a-f-]+)/.exec(res.headers.get('location')!)![1];
    const [file] = await portal.services.db.select().from(documentFiles).where(eq(documentFiles.documentId, id));
    // The acknowledgment is queued with the document and sent once that commits.
    await waitForJobs(portal.services.db);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.from).toBe('plenary@itu.example');
    expect(mail.to.sort()).toEqual(['member.etri@example.org', 'member.nokia@example.org']);
    const unfolded = mail.data.replace(/=\r?\n/g, '').replace(/\r?\n[ \t]/g, ' ');
    expect(unfolded).toMatch(/^Subject: .*Received/m);
    expect(unfolded).toContain(file.sha256);
    expect(unfolded).toContain(`/documents/${id}/receipt`);
    // In SMTP mode nothing is written to the development mail folder.
    expect(await portal.services.mail.listStored()).toEqual([]);
  });
});
