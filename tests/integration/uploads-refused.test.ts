/**
 * Uploads the portal refuses, sent as raw HTTP to a running portal: malformed multipart bodies answer 400 with a
 * message and never stop the process; a file over the meeting's limit gets its 413 message while the client is
 * still sending; a form with more files than allowed is refused with a message, leaving nothing stored.
 */
import http from 'node:http';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, meetings, pendingUploads } from '../../db/schema';
import { createSubmittedDocument } from '../support/documents';
import { DEMO_PASSWORD, demoData } from '../support/demo';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { startS3Server, type S3TestServer } from '../support/s3-server';

interface Answer {
  status: number;
  body: string;
  sent: number;
}

/** Sends `head`, then `repeat` times `block` (as fast as the socket takes them), then `tail`; resolves on the answer. */
function send(
  url: string,
  headers: Record<string, string>,
  parts: { head: Buffer; block?: Buffer; repeat?: number; tail?: Buffer },
): Promise<Answer> {
  const { head, block = Buffer.alloc(0), repeat = 0, tail = Buffer.alloc(0) } = parts;
  let sent = 0;
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(head.length + block.length * repeat + tail.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sent }),
        );
      },
    );
    req.on('error', reject);
    const pump = () => {
      while (sent < repeat) {
        sent++;
        if (!req.write(block)) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    req.write(head);
    pump();
  });
}

const part = (boundary: string, name: string, filename: string, bytes: Buffer | string) =>
  Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from('\r\n'),
  ]);
const field = (boundary: string, name: string, value: string) =>
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);

/** Bodies that are not readable forms, each with the Content-Type it is sent with. */
const MALFORMED: Record<string, { type: string; body: Buffer }> = {
  'a body cut off before its closing boundary': {
    type: 'multipart/form-data; boundary=x',
    body: Buffer.from('--x\r\nContent-Disposition: form-data; name="main"; filename="a.docx"\r\n\r\nPK\x03\x04abc'),
  },
  'no boundary': {
    type: 'multipart/form-data',
    body: Buffer.from('--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsubmit\r\n--x--\r\n'),
  },
  'another boundary than the body uses': {
    type: 'multipart/form-data; boundary=y',
    body: Buffer.from('--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\nsubmit\r\n--x--\r\n'),
  },
  'garbage part headers': {
    type: 'multipart/form-data; boundary=x',
    body: Buffer.from(
      '--x\r\n\u0000\u0001garbage: \xff\xfe\r\nmore garbage without a colon\r\n\r\nPK\r\n--x--\r\n',
      'latin1',
    ),
  },
  'an empty body': { type: 'multipart/form-data; boundary=x', body: Buffer.alloc(0) },
};

for (const driver of ['local', 's3'] as const) {
  describe(`refused uploads (${driver} storage)`, () => {
    let portal: TestPortal;
    let s3: S3TestServer | undefined;
    let headers: Record<string, string>;
    let urls: Record<string, string>;
    const db = () => portal.services.db;
    const stored = async () => {
      let objects = 0;
      for await (const _ of portal.services.storage.list('uploads/')) objects++;
      return { pending: (await db().select({ n: count() }).from(pendingUploads))[0].n, objects };
    };
    const setMaxFileMb = (maxFileMb: number) =>
      db().update(meetings).set({ maxFileMb }).where(eq(meetings.slug, 'fg-mv-demo'));

    beforeAll(async () => {
      if (driver === 's3') s3 = await startS3Server();
      portal = await startTestPortal({ storage: s3?.config, demo: true });
      const seeded = await demoData(db());
      const fixture = { meetingId: seeded.meetingIds['fg-mv-demo'], submittedBy: seeded.userIds.member1 };
      const doc = await createSubmittedDocument(db(), portal.services.storage, fixture);
      // Only a registered document can be revised.
      const registered = await createSubmittedDocument(db(), portal.services.storage, fixture);
      await db()
        .update(documents)
        .set({ state: 'registered', numberLabel: `FGMV-I-9${driver === 's3' ? 1 : 0}1`, registeredAt: new Date() })
        .where(eq(documents.id, registered.id));
      const member = new Client(portal.url);
      await member.signIn('member.etri@example.org', DEMO_PASSWORD);
      headers = { cookie: member.cookieHeader(), origin: portal.url };
      urls = {
        submit: `${portal.url}/meetings/fg-mv-demo/submit?_data=${encodeURIComponent('routes/meetings.$slug_.submit')}`,
        revise: `${portal.url}/documents/${registered.id}/revise?_data=${encodeURIComponent('routes/documents.$id_.revise')}`,
        replace: `${portal.url}/documents/${doc.id}?do=replace&_data=${encodeURIComponent('routes/documents.$id')}`,
      };
    });
    afterAll(async () => {
      await portal?.stop();
      await s3?.stop();
    });

    for (const [what, { type, body }] of Object.entries(MALFORMED)) {
      it(`answers 400 with a message to ${what}, on every upload route, and stays up`, async () => {
        for (const [route, url] of Object.entries(urls)) {
          const answer = await send(url, { ...headers, 'content-type': type }, { head: body });
          expect(answer.status, `${route}: ${answer.body}`).toBe(400);
          expect(JSON.parse(answer.body).error, route).toMatch(/form|upload/i);
        }
        expect((await fetch(`${portal.url}/healthz`)).status).toBe(200);
      });
    }

    it('gives a member sending a file over the limit the 413 message, not a reset connection, and keeps nothing', async () => {
      await setMaxFileMb(1);
      try {
        const before = await stored();
        const boundary = 'plenarybig';
        const answer = await send(
          urls.submit,
          { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
          {
            head: Buffer.concat([
              field(boundary, 'intent', 'submit'),
              Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="main"; filename="big.docx"\r\n\r\n`),
            ]),
            block: Buffer.alloc(1024 * 1024, 7),
            repeat: 150,
            tail: Buffer.from(`\r\n--${boundary}--\r\n`),
          },
        );
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.body).error).toContain('"big.docx" is larger than the 1 MB this meeting allows');
        await expect.poll(() => stored(), { timeout: 15_000 }).toEqual(before);
      } finally {
        await setMaxFileMb(50);
      }
    });

    it('refuses a form with more files than allowed, naming the limit, and keeps none of them', async () => {
      const before = await stored();
      const boundary = 'plenarymany';
      const files = Array.from({ length: 60 }, (_, i) =>
        part(boundary, 'attachments', `annex-${i + 1}.pdf`, '%PDF-1.4 annex'),
      );
      const answer = await send(
        urls.submit,
        { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        {
          head: Buffer.concat([field(boundary, 'intent', 'read'), ...files, Buffer.from(`--${boundary}--\r\n`)]),
        },
      );
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body).error).toContain('at most 50 files');
      await expect.poll(() => stored(), { timeout: 15_000 }).toEqual(before);
    });
  });
}
