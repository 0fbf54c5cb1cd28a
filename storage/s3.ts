import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  paginateListObjectsV2,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { Meter } from './measure.js';
import {
  assertValidKey,
  assertValidPrefix,
  assertValidRange,
  StorageNotFoundError,
  StorageRangeError,
  type Storage,
  type StorageConfig,
  type UnfinishedWrite,
} from './types.js';

const PART_SIZE = 8 * 1024 * 1024;
const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;

export function createS3Storage(
  config: Extract<StorageConfig, { kind: 's3' }>,
  /** listPageSize: keys per ListObjectsV2 page (tests use a small one to exercise paging). */
  options: { listPageSize?: number } = {},
): Storage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle ?? Boolean(config.endpoint),
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // The defaults frame streamed bodies as aws-chunked, which S3-compatible servers store verbatim.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = config.bucket;

  return {
    kind: 's3',

    async put(key, body, opts = {}) {
      let meter: Meter | undefined;
      let upload: Upload | undefined;
      try {
        assertValidKey(key);
        meter = new Meter(opts.maxBytes);
        // Errors travel both ways: a failing body fails the meter (and so the upload), and a meter
        // over its limit destroys the body.
        pipeline(body, meter, () => {});
        upload = new Upload({
          client,
          params: { Bucket, Key: key, Body: meter, ContentType: opts.contentType },
          partSize: PART_SIZE,
          queueSize: 4,
          // We abort ourselves (below), so that a failing abort cannot hide the reason for it.
          leavePartsOnError: true,
        });
        await upload.done();
        return { key, ...meter.result() };
      } catch (error) {
        const cause = meter?.errored ?? error; // e.g. the StorageLimitError raised inside the meter
        meter?.destroy();
        body.destroy();
        if (upload?.uploadId) {
          // Nothing was completed under the key; drop the parts already sent. Best effort: the storage
          // sweep (removeUnfinishedWrites) aborts what is left, as it does for a process that died mid-upload.
          await client
            .send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId: upload.uploadId }))
            .catch(() => {});
        }
        throw cause;
      }
    },

    async get(key, opts = {}) {
      assertValidKey(key);
      const range = opts.range;
      if (range) assertValidRange(range);
      try {
        const response = await client.send(
          new GetObjectCommand({ Bucket, Key: key, Range: range && `bytes=${range.start}-${range.end ?? ''}` }),
        );
        return response.Body as Readable;
      } catch (error) {
        if (status(error) === 404) throw new StorageNotFoundError(key);
        if (status(error) === 416)
          throw new StorageRangeError(`Range starts at ${range?.start}, past the end of "${key}".`);
        throw error;
      }
    },

    async head(key) {
      assertValidKey(key);
      try {
        const response = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return {
          key,
          size: response.ContentLength ?? 0,
          contentType: response.ContentType,
          lastModified: response.LastModified,
        };
      } catch (error) {
        if (status(error) === 404) return null;
        throw error;
      }
    },

    async delete(key) {
      assertValidKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    async *list(prefix) {
      assertValidPrefix(prefix);
      const pages = paginateListObjectsV2({ client, pageSize: options.listPageSize }, { Bucket, Prefix: prefix });
      for await (const page of pages) {
        for (const object of page.Contents ?? []) {
          yield { key: object.Key!, size: object.Size ?? 0, lastModified: object.LastModified };
        }
      }
    },

    async removeUnfinishedWrites(before) {
      const removed: UnfinishedWrite[] = [];
      let markers: { KeyMarker?: string; UploadIdMarker?: string } = {};
      for (;;) {
        const page = await client.send(new ListMultipartUploadsCommand({ Bucket, ...markers }));
        for (const upload of page.Uploads ?? []) {
          if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= before) continue;
          await client.send(new AbortMultipartUploadCommand({ Bucket, Key: upload.Key, UploadId: upload.UploadId }));
          removed.push({ key: upload.Key, startedAt: upload.Initiated });
        }
        if (!page.IsTruncated) return removed;
        markers = { KeyMarker: page.NextKeyMarker, UploadIdMarker: page.NextUploadIdMarker };
      }
    },

    async signedUrl(key, opts) {
      assertValidKey(key);
      const { expiresInSeconds, filename, contentType } = opts;
      if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > MAX_PRESIGN_SECONDS) {
        throw new Error(
          `expiresInSeconds must be an integer from 1 to ${MAX_PRESIGN_SECONDS}, got ${expiresInSeconds}.`,
        );
      }
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentDisposition: filename === undefined ? undefined : contentDisposition(filename),
        ResponseContentType: contentType,
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },
  };
}

/**
 * `attachment` with an ASCII fallback filename and the exact name in RFC 5987 encoding
 * (RFC 6266), e.g. attachment; filename="R_sum_.docx"; filename*=UTF-8''R%C3%A9sum%C3%A9.docx
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function status(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}
