/**
 * Hostile calls to the JSON API through real HTTP, each with a valid token so that the body is what is tried: an
 * oversized or deeply nested JSON body, a multipart of 1,000 parts, a tampered paging cursor, absurd page sizes, a
 * file name carrying a header. Each answers a problem document with a 4xx status (never a 500, never internals), and
 * nothing is stored: no document, file or audit event more than before. (A file name whose line break arrives
 * percent-encoded is taken, as on the pages, with the control characters dropped: it never becomes a header.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditEvents, documentFiles, documents, users } from '../../db/schema';
import { createToken } from '../../app/features/api/tokens.server';
import { minimalDocx } from '../fixtures/docx';
import { demoData } from '../support/demo';
import { insertDocuments } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';
import { internalsIn, rawRequest, type RawAnswer } from './raw-http';

const MEETING = 'fg-mv-demo';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let portal: TestPortal;
let member: string;
let secretariat: string;

const tokenOf = async (email: string, scopes: string[]) => {
  const [user] = await portal.services.db.select().from(users).where(eq(users.email, email));
  return (await createToken(portal.services.db, user.id, { name: 'security', scopes })).token;
};

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  const seeded = await demoData(portal.services.db);
  await insertDocuments(
    portal.services.db,
    portal.services.storage,
    { id: seeded.meetingIds[MEETING], groupId: seeded.groupIds['fg-mv'] },
    [1, 2, 3].map((number) => ({ number, title: `Published document ${number}` })),
  );
  member = await tokenOf('member.etri@example.org', ['read', 'submit']);
  secretariat = await tokenOf('tsb.fgmv@example.org', ['read', 'manage']);
}, 120_000);
afterAll(() => portal?.stop());

/** Documents, files and audit events now: what a refused call must leave as it found. */
async function stored() {
  const { db } = portal.services;
  const n = async (table: typeof documents | typeof documentFiles | typeof auditEvents) =>
    (await db.select({ n: count() }).from(table))[0].n;
  return { documents: await n(documents), files: await n(documentFiles), events: await n(auditEvents) };
}

const call = (path: string, token: string, opts: Parameters<typeof rawRequest>[1] = {}) =>
  rawRequest(portal.url + path, { ...opts, headers: { authorization: `Bearer ${token}`, ...opts.headers } });

/** A refusal as the API gives it: 4xx, a problem document with its code, nothing of the portal's internals. */
function expectProblem(answer: RawAnswer, status: number, code?: string) {
  expect(answer.status, answer.body).toBe(status);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  expect(internalsIn(answer.body)).toBeNull();
  const problem = JSON.parse(answer.body) as { status: number; code: string; detail: string };
  expect(problem.status).toBe(status);
  expect(problem.detail).toBeTruthy();
  if (code) expect(problem.code).toBe(code);
  return problem;
}

/** A multipart body written out by hand, so that any part header can be tried. */
function multipart(parts: { headers: string; content: string | Buffer }[]) {
  const boundary = '----plenary-security-boundary';
  const chunks: Buffer[] = [];
  for (const p of parts)
    chunks.push(Buffer.from(`--${boundary}\r\n${p.headers}\r\n\r\n`), Buffer.from(p.content), Buffer.from('\r\n'));
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

const metadata = JSON.stringify({
  type: 'input',
  title: 'Hostile submission',
  source: 'ETRI',
  purpose: 'discussion',
  abstract: 'x',
  keywords: ['x'],
  contacts: [{ name: 'Kim', organisation: 'ETRI', country: 'Korea', email: 'member.etri@example.org' }],
});

async function someDocumentId() {
  const list = await call(`/api/v1/meetings/${MEETING}/documents?limit=1`, member);
  expect(list.status).toBe(200);
  return (JSON.parse(list.body) as { items: { id: string }[] }).items[0].id;
}

describe('hostile API calls', () => {
  it('refuses a JSON body over 64 KB with 413', async () => {
    const before = await stored();
    const id = await someDocumentId();
    const answer = await call(`/api/v1/documents/${id}/decision`, secretariat, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'noted', note: 'x'.repeat(200_000) }),
    });
    expectProblem(answer, 413, 'api.bodyTooLarge');
    expect(await stored()).toEqual(before);
  });

  it('refuses deeply nested JSON with 400, in a body and in a submission’s metadata', async () => {
    const before = await stored();
    const id = await someDocumentId();
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    expectProblem(
      await call(`/api/v1/documents/${id}/decision`, secretariat, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"decision":"noted","note":${deep}}`,
      }),
      400,
    );
    const form = multipart([
      {
        headers: 'Content-Disposition: form-data; name="metadata"',
        content: `[${'['.repeat(20_000)}${']'.repeat(20_000)}]`,
      },
      {
        headers: `Content-Disposition: form-data; name="file"; filename="p.docx"\r\nContent-Type: ${DOCX}`,
        content: minimalDocx('Nested'),
      },
    ]);
    expectProblem(
      await call(`/api/v1/meetings/${MEETING}/submissions`, member, {
        method: 'POST',
        headers: { 'content-type': form.type },
        body: form.body,
      }),
      400,
    );
    expect(await stored()).toEqual(before);
  });

  it('refuses a multipart of 1,000 parts with a 4xx', async () => {
    const before = await stored();
    const form = multipart([
      { headers: 'Content-Disposition: form-data; name="metadata"', content: metadata },
      {
        headers: `Content-Disposition: form-data; name="file"; filename="p.docx"\r\nContent-Type: ${DOCX}`,
        content: minimalDocx('Main'),
      },
      ...Array.from({ length: 998 }, (_, i) => ({
        headers: `Content-Disposition: form-data; name="attachment"; filename="a${i}.pdf"\r\nContent-Type: application/pdf`,
        content: '%PDF-1.4\n%%EOF\n',
      })),
    ]);
    const answer = await call(`/api/v1/meetings/${MEETING}/submissions`, member, {
      method: 'POST',
      headers: { 'content-type': form.type },
      body: form.body,
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expectProblem(answer, answer.status);
    expect(answer.status).toBeLessThan(500);
    expect(await stored()).toEqual(before);
  });

  it('refuses a tampered cursor, and one made for other filters', async () => {
    const first = await call(`/api/v1/meetings/${MEETING}/documents?limit=1`, member);
    const { nextCursor } = JSON.parse(first.body) as { nextCursor: string };
    expect(nextCursor).toBeTruthy();
    const decoded = JSON.parse(Buffer.from(nextCursor, 'base64url').toString()) as Record<string, unknown>;
    const forged = (change: Record<string, unknown>) =>
      Buffer.from(JSON.stringify({ ...decoded, ...change })).toString('base64url');
    for (const cursor of [
      forged({ o: 1_000_000_000 }),
      forged({ o: 3 }),
      forged({ o: -1 }),
      forged({ n: 1e9 }),
      forged({ f: 'AAAAAAAAAAAA' }),
      forged({ o: '1; drop table documents' }),
      `${nextCursor.slice(0, -2)}!!`,
      'x'.repeat(5_000),
    ])
      expectProblem(
        await call(`/api/v1/meetings/${MEETING}/documents?limit=1&cursor=${encodeURIComponent(cursor)}`, member),
        400,
      );
    // The right cursor with other filters: refused, not rows of another list.
    expectProblem(
      await call(`/api/v1/meetings/${MEETING}/documents?limit=1&late=yes&cursor=${nextCursor}`, member),
      400,
      'api.cursor',
    );
  });

  it.each(['1000000000', '-1', '0', '1e3', '201', '9'.repeat(400)])('refuses limit=%s with 400', async (limit) => {
    const problem = expectProblem(await call(`/api/v1/meetings/${MEETING}/documents?limit=${limit}`, member), 400);
    expect(Object.keys((problem as { errors?: object }).errors ?? {})).toContain('limit');
  });

  const withFileName = (disposition: string) =>
    multipart([
      { headers: 'Content-Disposition: form-data; name="metadata"', content: metadata },
      { headers: `Content-Disposition: ${disposition}\r\nContent-Type: ${DOCX}`, content: minimalDocx('Injected') },
    ]);
  const submit = (form: ReturnType<typeof multipart>) =>
    call(`/api/v1/meetings/${MEETING}/submissions`, member, {
      method: 'POST',
      headers: { 'content-type': form.type },
      body: form.body,
    });

  it('refuses a part whose file name breaks its header line, storing nothing', async () => {
    const before = await stored();
    const answer = await submit(withFileName('form-data; name="file"; filename="proposal\r\nX-Injected: yes.docx"'));
    expect(answer.headers['x-injected']).toBeUndefined();
    expectProblem(answer, 400, 'submissions.mainRequired');
    expect(await stored()).toEqual(before);
  });

  it('keeps an encoded line break out of the stored name and the download’s headers', async () => {
    const answer = await submit(
      withFileName(`form-data; name="file"; filename*=UTF-8''proposal%0D%0AX-Injected%3A%20yes.docx`),
    );
    expect(answer.headers['x-injected']).toBeUndefined();
    expect(answer.status, answer.body).toBe(201);
    const { id } = JSON.parse(answer.body) as { id: string };
    const doc = JSON.parse((await call(`/api/v1/documents/${id}`, member)).body) as {
      files: { name: string; url: string }[];
    };
    expect(doc.files[0].name).toBe('proposalX-Injected: yes.docx');
    const download = await call(new URL(doc.files[0].url).pathname, member);
    expect(download.status).toBe(200);
    expect(download.headers['x-injected']).toBeUndefined();
    expect(download.headers['content-disposition']).not.toMatch(/[\r\n]/);
  });
});
