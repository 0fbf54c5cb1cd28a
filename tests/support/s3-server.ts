import crypto from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StorageConfig } from '../../storage/index.js';

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
  /** Koa's middleware stack; the last entry is s3rver's router. */
  middleware: Array<(ctx: KoaContext, next: () => Promise<void>) => Promise<void>>;
}
interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: Array<{ name: string }>;
}) => S3rverInstance;

// s3rver is CommonJS without type declarations.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

allowS3rverContinuationTokens();

/**
 * s3rver encrypts ListObjectsV2 continuation tokens with DES, which the OpenSSL 3 in Node 20 refuses,
 * so any truncated listing (more than max-keys objects) fails with a 500. The tokens only need to be
 * opaque to the client: where DES is unavailable, let 'des' be the identity cipher. Every other
 * algorithm goes to the real crypto.
 */
function allowS3rverContinuationTokens(): void {
  try {
    crypto.createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return;
  } catch {
    // unsupported: patch below
  }
  const identity = () => ({
    update: (data: string | Buffer, encoding?: BufferEncoding) =>
      typeof data === 'string' ? Buffer.from(data, encoding) : Buffer.from(data),
    final: () => Buffer.alloc(0),
  });
  for (const name of ['createCipheriv', 'createDecipheriv'] as const) {
    const real = crypto[name] as (...args: unknown[]) => unknown;
    Object.assign(crypto, {
      [name]: (algorithm: string, ...rest: unknown[]) =>
        algorithm === 'des' ? identity() : real.call(crypto, algorithm, ...rest),
    });
  }
}

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  config: Extract<StorageConfig, { kind: 's3' }>;
  stop(): Promise<void>;
}

/** An in-process S3 server (s3rver) on a free port of 127.0.0.1, with one empty bucket. */
export async function startS3Server(): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'plenary-s3rver-'));
  const bucket = 'plenary-test';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  serveIncompleteMultipartUploads(server, path.join(directory, bucket));
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    config: {
      kind: 's3',
      endpoint,
      bucket,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * s3rver answers ListMultipartUploads and AbortMultipartUpload with NotImplemented. It keeps an incomplete upload
 * as a folder `._S3rver_uploads/<upload id>/` holding the key; these two handlers, placed before its router, serve
 * both from those folders (one page, no prefix), so that what a crash leaves in S3 can be tested.
 */
function serveIncompleteMultipartUploads(server: S3rverInstance, bucketDirectory: string): void {
  const uploads = path.join(bucketDirectory, '._S3rver_uploads');
  const bucketPath = `/${path.basename(bucketDirectory)}`;
  server.middleware.splice(server.middleware.length - 1, 0, async (ctx, next) => {
    if (ctx.method === 'GET' && ctx.path.replace(/\/$/, '') === bucketPath && ctx.query.uploads !== undefined) {
      const ids = await readdir(uploads).catch(() => [] as string[]);
      const listed = await Promise.all(
        ids.map(async (id) => ({
          Key: await readFile(path.join(uploads, id, 'key'), 'utf8'),
          UploadId: id,
          Initiated: (await stat(path.join(uploads, id, 'key'))).mtime.toISOString(),
        })),
      );
      ctx.body = { ListMultipartUploadsResult: { Bucket: bucketPath.slice(1), IsTruncated: false, Upload: listed } };
      return;
    }
    const uploadId = ctx.query.uploadId;
    if (
      ctx.method === 'DELETE' &&
      ctx.path.startsWith(`${bucketPath}/`) &&
      typeof uploadId === 'string' &&
      /^[0-9a-f]+$/.test(uploadId)
    ) {
      await rm(path.join(uploads, uploadId), { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    await next();
  });
}
