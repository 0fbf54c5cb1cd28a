import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../support/http';
import { ACCOUNTS, listScenario, PASSWORD, type Scenario } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';
import { startS3Server, type S3TestServer } from '../support/s3-server';

describe('downloads from local storage', () => {
  let portal: TestPortal;
  let sc: Scenario;
  beforeAll(async () => {
    portal = await startTestPortal({ demo: true, setup: async (s) => void (sc = await listScenario(s)) });
  });
  afterAll(() => portal?.stop());

  it('streams the file with its name carrying the number, type, length and an ETag of its sha-256', async () => {
    const res = await new Client(portal.url).get(`/files/${sc.docs.pub.files[1].id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('filename="FGMV-I-001 - avatars.pdf"');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-length')).toBe('1800');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect((await res.text()).length).toBe(1800);
  });

  it('serves byte ranges, and 416 for a range past the end', async () => {
    const id = sc.docs.pub.files[1].id;
    const c = new Client(portal.url);
    const part = await c.get(`/files/${id}`, { headers: { range: 'bytes=0-7' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 0-7/1800');
    expect(await part.text()).toBe('%PDF-1.4');
    const tail = await c.get(`/files/${id}`, { headers: { range: 'bytes=-4' } });
    expect(tail.status).toBe(206);
    expect(await tail.text()).toBe('pdf ');
    const open = await c.get(`/files/${id}`, { headers: { range: 'bytes=1790-' } });
    expect(open.headers.get('content-range')).toBe('bytes 1790-1799/1800');
    const past = await c.get(`/files/${id}`, { headers: { range: 'bytes=5000-6000' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */1800');
    const odd = await c.get(`/files/${id}`, { headers: { range: 'bytes=0-1,5-6' } });
    expect(odd.status).toBe(200);
  });

  it('lets the submitter and allocated WG chair fetch an unpublished file, not other members', async () => {
    const id = sc.docs.unpublished.files[0].id;
    const chair = new Client(portal.url);
    await chair.signIn(ACCOUNTS.chairWg2, PASSWORD);
    expect((await chair.get(`/files/${id}`)).status).toBe(200);
    const member = new Client(portal.url);
    await member.signIn(ACCOUNTS.nokia, PASSWORD);
    expect((await member.get(`/files/${id}`)).status).toBe(404);
    // Nokia submitted the members-only one; the ETRI member is a member and sees it too once published.
    expect((await member.get(`/files/${sc.docs.members.files[0].id}`)).status).toBe(200);
  });
});

describe('downloads from S3', () => {
  let portal: TestPortal;
  let s3: S3TestServer;
  let sc: Scenario;
  beforeAll(async () => {
    s3 = await startS3Server();
    portal = await startTestPortal({
      storage: s3.config,
      demo: true,
      setup: async (s) => void (sc = await listScenario(s)),
    });
  });
  afterAll(async () => {
    await portal?.stop();
    await s3?.stop();
  });

  it('redirects to a short-lived signed URL that serves the file with its download name', async () => {
    const res = await new Client(portal.url).get(`/files/${sc.docs.pub.files[0].id}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const url = new URL(res.headers.get('location')!);
    expect(url.origin).toBe(s3.endpoint);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('60');
    expect(url.searchParams.get('response-content-disposition')).toContain('FGMV-I-001 - avatars.docx');
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain('fake docx avatars.docx');
  });

  it('answers 404, not a signed URL, for files the viewer may not see', async () => {
    const res = await new Client(portal.url).get(`/files/${sc.docs.members.files[0].id}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
  });

  it('streams the zip from S3 too', async () => {
    const res = await new Client(portal.url).get('/meetings/fg-mv-2/archive.zip');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(Number(res.headers.get('content-length')));
    expect(bytes.toString('latin1')).toContain('fake docx haptics.docx');
  });
});
