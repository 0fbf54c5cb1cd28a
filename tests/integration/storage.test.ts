import { createHash, randomUUID } from 'node:crypto';
import diagnostics_channel from 'node:diagnostics_channel';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStorage,
  StorageLimitError,
  StorageNotFoundError,
  StorageRangeError,
  type Storage,
} from '../../storage/index.js';
import { createS3Storage } from '../../storage/s3.js';
import { startS3Server, type S3TestServer } from '../support/s3-server.js';

const MB = 1024 * 1024;

/** Byte i of a deterministic, non-repeating test body: any range can be recomputed without storing it. */
function patternBytes(start: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) {
    const p = start + i;
    out[i] = Math.imul(p ^ (p >>> 11) ^ (p >>> 19), 0x9e3779b1) >>> 24;
  }
  return out;
}

/** A streamed body of `total` pattern bytes in uneven chunks; `produced` counts what was pulled. */
function patternStream(total: number) {
  const state = { produced: 0 };
  const chunkSizes = [65_537, 1, 300_000, 4_096];
  async function* generate() {
    for (let n = 0; state.produced < total; n++) {
      const length = Math.min(chunkSizes[n % chunkSizes.length]!, total - state.produced);
      const chunk = patternBytes(state.produced, length);
      state.produced += length;
      yield chunk;
    }
  }
  return { stream: Readable.from(generate(), { objectMode: false }), state };
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function hashStream(stream: Readable): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** "METHOD /path?query" of every outgoing HTTP request made while fn runs. */
async function recordHttpRequests(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const record = (message: unknown) => {
    const { request } = message as { request: { method: string; path: string } };
    seen.push(`${request.method} ${request.path}`);
  };
  diagnostics_channel.subscribe('http.client.request.start', record);
  try {
    await fn();
  } finally {
    diagnostics_channel.unsubscribe('http.client.request.start', record);
  }
  return seen;
}

/** A plain SDK client on the test server, to look behind the driver's back. */
function rawClient(server: S3TestServer): S3Client {
  return new S3Client({
    endpoint: server.endpoint,
    region: server.config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

interface Driver {
  name: 'local' | 's3';
  start(): Promise<{ storage: Storage; stop(): Promise<void> }>;
}

let localRoot = '';
let s3Server: S3TestServer | undefined;

const drivers: Driver[] = [
  {
    name: 'local',
    async start() {
      localRoot = await mkdtemp(path.join(tmpdir(), 'plenary-storage-'));
      return {
        storage: createStorage({ kind: 'local', root: localRoot }),
        stop: () => rm(localRoot, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 's3',
    async start() {
      s3Server = await startS3Server();
      const server = s3Server;
      return { storage: createStorage(server.config), stop: () => server.stop() };
    },
  },
];

describe.each(drivers)('storage: $name driver', (driver) => {
  let storage: Storage;
  let stop: () => Promise<void>;
  // A fresh namespace per driver run, so assertions never see another test's objects.
  const base = `test/${randomUUID()}`;

  beforeAll(async () => {
    ({ storage, stop } = await driver.start());
  });
  afterAll(async () => {
    await stop?.();
  });

  it('reports its kind', () => {
    expect(storage.kind).toBe(driver.name);
  });

  it('round-trips a small body with its size and sha256', async () => {
    const body = Buffer.from('The meeting is called to order.\n');
    const key = `${base}/small.txt`;
    const result = await storage.put(key, Readable.from([body]), { contentType: 'text/plain' });
    expect(result).toEqual({ key, size: body.length, sha256: sha256(body), crc32: zlib.crc32(body) });
    expect(await readAll(await storage.get(key))).toEqual(body);

    const info = await storage.head(key);
    expect(info).toMatchObject({ key, size: body.length });
    expect(info?.lastModified).toBeInstanceOf(Date);
    if (driver.name === 's3') expect(info?.contentType).toBe('text/plain');
  });

  it('stores an empty body', async () => {
    const key = `${base}/empty`;
    expect(await storage.put(key, Readable.from([]))).toEqual({ key, size: 0, sha256: sha256(''), crc32: 0 });
    expect((await readAll(await storage.get(key))).length).toBe(0);
    expect(await storage.head(key)).toMatchObject({ size: 0 });
  });

  it('keeps Unicode content byte for byte', async () => {
    const text = 'Procès-verbal — 会議 📄 Ωμέγα; e\u0301 vs é; ﷽\n'.repeat(1000);
    const key = `${base}/unicode.txt`;
    const result = await storage.put(key, Readable.from([Buffer.from(text, 'utf8')]));
    expect(result.size).toBe(Buffer.byteLength(text, 'utf8'));
    expect((await readAll(await storage.get(key))).toString('utf8')).toBe(text);
  });

  it('streams a 12 MB body (multipart on S3) and returns it byte-exact', async () => {
    const total = 12 * MB + 12_345;
    const key = `${base}/large.bin`;
    const { stream } = patternStream(total);
    const expected = sha256(patternBytes(0, total));

    const result = await storage.put(key, stream, { contentType: 'application/octet-stream' });
    expect(result).toEqual({ key, size: total, sha256: expected, crc32: zlib.crc32(patternBytes(0, total)) });
    expect(await hashStream(await storage.get(key))).toEqual({ size: total, sha256: expected });
    expect(await storage.head(key)).toMatchObject({ size: total });

    // A range across the first 8 MB part boundary comes back from the right offsets.
    const start = 8 * MB - 1000;
    const end = 8 * MB + 999;
    expect(await readAll(await storage.get(key, { range: { start, end } }))).toEqual(patternBytes(start, 2000));
  }, 60_000);

  it('reads byte ranges with inclusive ends', async () => {
    const key = `${base}/alphabet`;
    await storage.put(key, Readable.from([Buffer.from('abcdefghijklmnopqrstuvwxyz')]));
    const read = async (range: { start: number; end?: number }) =>
      (await readAll(await storage.get(key, { range }))).toString();
    expect(await read({ start: 2, end: 5 })).toBe('cdef');
    expect(await read({ start: 1, end: 1 })).toBe('b'); // (s3rver mishandles "bytes=0-0", real S3 does not)
    expect(await read({ start: 20 })).toBe('uvwxyz');
    expect(await read({ start: 23, end: 1000 })).toBe('xyz');
    await expect(storage.get(key, { range: { start: 26 } })).rejects.toBeInstanceOf(StorageRangeError);
    await expect(storage.get(key, { range: { start: 5, end: 4 } })).rejects.toBeInstanceOf(StorageRangeError);
    await expect(storage.get(key, { range: { start: -1 } })).rejects.toBeInstanceOf(StorageRangeError);
  });

  it('answers null / StorageNotFoundError for a missing key', async () => {
    const key = `${base}/missing`;
    expect(await storage.head(key)).toBeNull();
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(storage.get(key, { range: { start: 0, end: 1 } })).rejects.toBeInstanceOf(StorageNotFoundError);
  });

  it('deletes, and deleting again is not an error', async () => {
    const key = `${base}/to-delete`;
    await storage.put(key, Readable.from([Buffer.from('x')]));
    await storage.delete(key);
    expect(await storage.head(key)).toBeNull();
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    await expect(storage.delete(key)).resolves.toBeUndefined();
    await expect(storage.delete(`${base}/never-existed/at-all`)).resolves.toBeUndefined();
  });

  it('lists the objects under a prefix, in key order, with sizes', async () => {
    const dir = `${base}/list`;
    const bodies: Record<string, string> = {
      [`${dir}/a/2`]: 'two',
      [`${dir}/a/1`]: 'one',
      [`${dir}/a/deep/er/3`]: 'three',
      [`${dir}/a-sibling`]: 'sibling',
      [`${dir}/b/4`]: 'four',
      [`${dir}x/outside`]: 'outside',
    };
    for (const [key, text] of Object.entries(bodies)) await storage.put(key, Readable.from([Buffer.from(text)]));

    const keys = async (prefix: string) => (await collect(storage.list(prefix))).map((o) => o.key);
    // S3 lists in byte order, where "-" (0x2d) sorts before "/" (0x2f), and so does the local driver;
    // s3rver walks its directories instead and puts "a-sibling" after "a/…", so sort its answer.
    const ordered = async (prefix: string) => (driver.name === 's3' ? (await keys(prefix)).sort() : keys(prefix));
    expect(await keys(`${dir}/a/`)).toEqual([`${dir}/a/1`, `${dir}/a/2`, `${dir}/a/deep/er/3`]);
    expect(await ordered(`${dir}/a`)).toEqual([`${dir}/a-sibling`, `${dir}/a/1`, `${dir}/a/2`, `${dir}/a/deep/er/3`]);
    expect(await ordered(`${dir}/`)).toEqual([
      `${dir}/a-sibling`,
      `${dir}/a/1`,
      `${dir}/a/2`,
      `${dir}/a/deep/er/3`,
      `${dir}/b/4`,
    ]);
    expect(await keys(`${dir}/nothing/`)).toEqual([]);

    const listed = await collect(storage.list(`${dir}/a/`));
    expect(listed.map((o) => o.size)).toEqual([3, 3, 5]);
    expect(listed.every((o) => o.lastModified instanceof Date)).toBe(true);
  });

  it('aborts an over-limit put while streaming and leaves nothing behind', async () => {
    const key = `${base}/too-big`;
    const limit = 1 * MB;
    const { stream, state } = patternStream(200 * MB);
    const error = await storage.put(key, stream, { maxBytes: limit }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StorageLimitError);
    expect((error as StorageLimitError).limitBytes).toBe(limit);
    expect((error as StorageLimitError).message).toBe('The file is larger than the 1 MB allowed.');
    expect(state.produced).toBeLessThan(limit + 4 * MB); // stopped reading long before the end
    expect(stream.destroyed).toBe(true);
    expect(await storage.head(key)).toBeNull();
    if (driver.name === 'local') expect(await readdir(path.join(localRoot, '.tmp'))).toEqual([]);
  });

  it('aborts an over-limit put after parts have been sent, leaving no object and no pending upload', async () => {
    const key = `${base}/too-big-multipart`;
    const limit = 20 * MB;
    const { stream } = patternStream(40 * MB);
    const requests = await recordHttpRequests(() =>
      expect(storage.put(key, stream, { maxBytes: limit })).rejects.toBeInstanceOf(StorageLimitError),
    );
    expect(await storage.head(key)).toBeNull();
    if (driver.name === 'local') expect(await readdir(path.join(localRoot, '.tmp'))).toEqual([]);
    if (driver.name === 's3') {
      // s3rver implements neither AbortMultipartUpload nor ListMultipartUploads, so check that the
      // driver sent the parts and then asked for the abort.
      const onKey = (method: string) =>
        requests.filter((r) => r.startsWith(`${method} /${s3Server!.bucket}/${key}?`) && r.includes('uploadId='));
      expect(onKey('PUT').length).toBeGreaterThanOrEqual(2); // UploadPart
      expect(onKey('DELETE')).toHaveLength(1); // AbortMultipartUpload
      expect(onKey('POST')).toEqual([]); // no CompleteMultipartUpload
    }
  }, 60_000);

  it('accepts a body exactly at the limit', async () => {
    const key = `${base}/at-limit`;
    const { stream } = patternStream(MB);
    expect(await storage.put(key, stream, { maxBytes: MB })).toMatchObject({ size: MB });
  });

  it('rejects with the body error when the body fails, leaving nothing behind', async () => {
    const key = `${base}/broken-body`;
    async function* broken() {
      yield Buffer.alloc(100_000, 1);
      throw new Error('client went away');
    }
    await expect(storage.put(key, Readable.from(broken()))).rejects.toThrow('client went away');
    expect(await storage.head(key)).toBeNull();
    if (driver.name === 'local') expect(await readdir(path.join(localRoot, '.tmp'))).toEqual([]);
  });

  it.each([
    '',
    '/absolute/path',
    '../outside',
    'uploads/../../etc/passwd',
    'uploads/./x',
    'uploads//x',
    'uploads/x/',
    'uploads\\x',
    'uploads/with space',
    'uploads/résumé',
    '.tmp/x',
  ])('rejects the bad key %j everywhere', async (key) => {
    const body = Readable.from([Buffer.from('x')]);
    await expect(storage.put(key, body)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.get(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.head(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.delete(key)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.signedUrl(key, { expiresInSeconds: 60 })).rejects.toThrow(/Invalid storage key/);
  });

  it('rejects bad list prefixes', async () => {
    await expect(collect(storage.list('../'))).rejects.toThrow(/Invalid storage prefix/);
    await expect(collect(storage.list('/x'))).rejects.toThrow(/Invalid storage prefix/);
  });

  it('gives a signed download URL only where the backend has one', async () => {
    const key = `${base}/signed/report.docx`;
    const body = Buffer.from('signed bytes ✓');
    await storage.put(key, Readable.from([body]));
    const url = await storage.signedUrl(key, {
      expiresInSeconds: 300,
      filename: 'Résumé "final" 2026.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    if (driver.name === 'local') {
      expect(url).toBeNull();
      return;
    }
    expect(url).toEqual(expect.any(String));
    const parsed = new URL(url!);
    expect(parsed.origin).toBe(s3Server!.endpoint);
    expect(parsed.pathname).toBe(`/${s3Server!.bucket}/${key}`);
    expect(parsed.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(parsed.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    const disposition = `attachment; filename="R_sum_ _final_ 2026.docx"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22%202026.docx`;
    expect(parsed.searchParams.get('response-content-disposition')).toBe(disposition);

    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(disposition);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(body);
  });
});

describe('storage: s3 driver paging', () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3Server();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lists across several ListObjectsV2 pages', async () => {
    const storage = createS3Storage(server.config, { listPageSize: 2 });
    const keys = ['p/1', 'p/2', 'p/3', 'p/4', 'p/5'];
    for (const key of keys) await storage.put(key, Readable.from([Buffer.from(key)]));
    // The server does page at 2 keys, so the full listing below needs the continuation tokens.
    const firstPage = await rawClient(server).send(
      new ListObjectsV2Command({ Bucket: server.bucket, Prefix: 'p/', MaxKeys: 2 }),
    );
    expect(firstPage.IsTruncated).toBe(true);
    expect((await collect(storage.list('p/'))).map((o) => o.key)).toEqual(keys);
  });
});
