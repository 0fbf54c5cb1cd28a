import crypto from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StorageConfig } from '../../storage/index.js';

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
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
