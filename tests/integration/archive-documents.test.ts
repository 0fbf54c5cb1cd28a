import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, rendered } from '../support/http';
import { ACCOUNTS, insertDocuments, listScenario, PASSWORD, type Scenario } from '../support/list-fixtures';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
let sc: Scenario;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-archive-'));

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, setup: async (s) => void (sc = await listScenario(s)) });
});
afterAll(async () => {
  await portal?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function fetchZip(query: string, client = new Client(portal.url)) {
  const res = await client.get(`/meetings/fg-mv-2/archive.zip${query}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  const file = path.join(tmp, `a${Math.random().toString(36).slice(2)}.zip`);
  fs.writeFileSync(file, bytes);
  return { res, bytes, file };
}
const listing = (file: string) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');

describe('download all', () => {
  it('is a valid zip (CRCs checked by unzip -t) of exactly Content-Length bytes, manifest first, names carrying numbers', async () => {
    const { res, bytes, file } = await fetchZip('');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain('fg-mv-2-documents.zip');
    expect(bytes.length).toBe(Number(res.headers.get('content-length')));
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    expect(listing(file)).toEqual([
      'manifest.csv',
      'FGMV-I-001 - avatars.docx',
      'FGMV-I-001 - avatars.pdf',
      'FGMV-I-001 Rev.1 - avatars-r1.docx',
      'FGMV-I-004 - haptics.docx',
      'FGMV-I-005 - network.docx',
    ]);
    const manifest = execFileSync('unzip', ['-p', file, 'manifest.csv'], { encoding: 'utf8' });
    expect(manifest).toContain('FGMV-I-004,Haptics in virtual worlds');
    expect(manifest).toContain('FGMV-I-001 - avatars.docx | FGMV-I-001 - avatars.pdf');
    const original = execFileSync('unzip', ['-p', file, 'FGMV-I-004 - haptics.docx']);
    expect(original.toString()).toBe('PK fake docx haptics.docx '.repeat(50));
  });

  it('answers HEAD with the same headers and exact Content-Length, without a body', async () => {
    const { res } = await fetchZip('');
    const head = await new Client(portal.url).request('/meetings/fg-mv-2/archive.zip', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(res.headers.get('content-length'));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('follows the view: one WG, or what was added since a date', async () => {
    expect(listing((await fetchZip('?wg=fg-mv-wg3')).file)).toEqual(['manifest.csv', 'FGMV-I-005 - network.docx']);
    expect(listing((await fetchZip('?since=2023-06-16')).file)).toEqual([
      'manifest.csv',
      'FGMV-I-001 Rev.1 - avatars-r1.docx',
      'FGMV-I-004 - haptics.docx',
    ]);
    const member = new Client(portal.url);
    await member.signIn(ACCOUNTS.member, PASSWORD);
    expect(listing((await fetchZip('?wg=fg-mv-wg3', member)).file)).toEqual([
      'manifest.csv',
      'FGMV-I-002 - secret.docx',
      'FGMV-I-005 - network.docx',
    ]);
  });

  it('an empty view or a meeting with nothing in it gives a clear message, not a 500 or an empty zip', async () => {
    const empty = await new Client(portal.url).get('/meetings/fg-mv-2/archive.zip?q=nothingmatchesthis');
    expect(empty.status).toBe(404);
    expect(await rendered(empty)).toContain('There is nothing to put in an archive');
    const none = await new Client(portal.url).get('/meetings/jca-mv-1/archive.zip');
    expect(none.status).toBe(404);
    expect(await rendered(none)).toContain('There is nothing to put in an archive');
    expect((await new Client(portal.url).get('/meetings/nope/archive.zip')).status).toBe(404);
  });

  it('sends large files intact to a client that reads slowly', async () => {
    const contents = [randomBytes(3 * 1024 * 1024 + 12_345), randomBytes(2 * 1024 * 1024), randomBytes(700_000)];
    await insertDocuments(
      portal.services.db,
      portal.services.storage,
      { id: sc.seeded.meetingIds['fg-mv-demo'], groupId: sc.seeded.groupIds['fg-mv'] },
      contents.map((content, i) => ({
        number: 900 + i,
        title: `Large document ${i}`,
        access: 'public' as const,
        files: [{ role: 'main' as const, filename: `large-${i}.docx`, content }],
      })),
    );
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      http
        .get(new URL('/meetings/fg-mv-demo/archive.zip', portal.url), (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => {
            chunks.push(c);
            res.pause();
            setTimeout(() => res.resume(), 2);
          });
          res.on('end', () => resolve(Buffer.concat(chunks)));
          res.on('error', reject);
        })
        .on('error', reject);
    });
    const file = path.join(tmp, 'large.zip');
    fs.writeFileSync(file, bytes);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    contents.forEach((content, i) =>
      expect(
        execFileSync('unzip', ['-p', file, `FGMV-I-${900 + i} - large-${i}.docx`], {
          maxBuffer: 16 * 1024 * 1024,
        }).equals(content),
      ).toBe(true),
    );
  });

  it('stops the stream (no valid end) when a stored file no longer has the bytes recorded at upload', async () => {
    const { storageKey } = sc.docs.wg3.files[0];
    const stored = Buffer.concat(await (await portal.services.storage.get(storageKey)).toArray());
    stored[Math.floor(stored.length / 2)] ^= 0xff;
    await portal.services.storage.put(storageKey, Readable.from([stored]));
    const res = await new Client(portal.url).get('/meetings/fg-mv-2/archive.zip?wg=fg-mv-wg3');
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
  });

  it('stops the stream (no valid end) when a stored file no longer matches its recorded size', async () => {
    await portal.services.storage.delete(sc.docs.wg3.files[0].storageKey);
    const res = await new Client(portal.url).get('/meetings/fg-mv-2/archive.zip?wg=fg-mv-wg3');
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
  });
});
