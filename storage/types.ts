import type { Readable } from 'node:stream';

export interface PutResult {
  key: string;
  size: number;
  /** Lower-case hex SHA-256 of the stored bytes. */
  sha256: string;
  /** CRC-32 of the stored bytes (what a zip entry needs), as an unsigned integer. */
  crc32: number;
}

export interface ObjectInfo {
  key: string;
  size: number;
  contentType?: string;
  lastModified?: Date;
}

export interface Storage {
  readonly kind: 'local' | 's3';
  /**
   * Streams body to the key, computing size and sha256 on the way. If maxBytes is exceeded the
   * write is aborted mid-stream, nothing is left under the key, and the promise rejects with
   * StorageLimitError. Never buffers the whole body. On any failure the body stream is destroyed.
   */
  put(key: string, body: Readable, opts?: { contentType?: string; maxBytes?: number }): Promise<PutResult>;
  /**
   * The object as a stream, optionally a byte range (inclusive start and end, like HTTP Range; an end
   * past the object is clamped). Rejects with StorageNotFoundError when absent, and with
   * StorageRangeError when start is at or past the end of the object.
   */
  get(key: string, opts?: { range?: { start: number; end?: number } }): Promise<Readable>;
  head(key: string): Promise<ObjectInfo | null>;
  /** No error when absent. */
  delete(key: string): Promise<void>;
  /** Objects whose key starts with prefix, in key order (pages through S3 listings). */
  list(prefix: string): AsyncIterable<ObjectInfo>;
  /**
   * Removes writes that never finished and were last touched before `before`: what a crashed process left
   * (the local driver's temporary files, S3's incomplete multipart uploads). Resolves with what was removed.
   */
  removeUnfinishedWrites(before: Date): Promise<UnfinishedWrite[]>;
  /** A short-lived signed download URL where the backend has one (S3), else null. */
  signedUrl(
    key: string,
    opts: { expiresInSeconds: number; filename?: string; contentType?: string },
  ): Promise<string | null>;
}

/** A write a crash left behind: the key it was meant for (when known) and its bytes so far (when known). */
export interface UnfinishedWrite {
  key?: string;
  size?: number;
  startedAt?: Date;
}

export type StorageConfig =
  | { kind: 'local'; root: string }
  | {
      kind: 's3';
      endpoint?: string;
      bucket: string;
      region: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      forcePathStyle?: boolean;
    };

export class StorageNotFoundError extends Error {
  override name = 'StorageNotFoundError';
  constructor(readonly key: string) {
    super(`No stored object under "${key}".`);
  }
}

export class StorageLimitError extends Error {
  override name = 'StorageLimitError';
  constructor(
    readonly limitBytes: number,
    message = `The file is larger than the ${formatBytes(limitBytes)} allowed.`,
  ) {
    super(message);
  }
}

/** A range whose start is at or past the end of the object (HTTP 416). */
export class StorageRangeError extends Error {
  override name = 'StorageRangeError';
}

/** "20 MB", "1.5 MB", "512 KB", "100 bytes" (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  const units: Array<[string, number]> = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

const KEY_SEGMENT = /^[A-Za-z0-9._-]+$/;

/**
 * Keys are relative paths such as "uploads/2026/11/<uuid>": segments of [A-Za-z0-9._-], separated by
 * single slashes, none of them "." or "..". The first segment ".tmp" is reserved for the local driver.
 * Throws for anything else, which also keeps the local driver inside its root.
 */
export function assertValidKey(key: string): void {
  const problem = keyProblem(key, false);
  if (problem) throw new Error(`Invalid storage key ${JSON.stringify(key)}: ${problem}.`);
}

/** Like assertValidKey, but also accepts "" and a trailing slash (a partial key). */
export function assertValidPrefix(prefix: string): void {
  const problem = keyProblem(prefix, true);
  if (problem) throw new Error(`Invalid storage prefix ${JSON.stringify(prefix)}: ${problem}.`);
}

function keyProblem(key: string, isPrefix: boolean): string | null {
  if (typeof key !== 'string') return 'not a string';
  if (key === '') return isPrefix ? null : 'empty';
  if (key.length > 1024) return 'longer than 1024 characters';
  if (key.startsWith('/')) return 'must not start with "/"';
  if (key.includes('\\')) return 'must not contain backslashes';
  const segments = key.split('/');
  if (isPrefix && segments.at(-1) === '') segments.pop();
  for (const segment of segments) {
    if (segment === '') return 'must not contain empty segments ("//" or a trailing "/")';
    if (!KEY_SEGMENT.test(segment)) return 'only A-Z, a-z, 0-9, ".", "_", "-" and "/" are allowed';
    if (segment === '.' || segment === '..') return 'must not contain "." or ".." segments';
  }
  if (segments[0] === '.tmp') return '".tmp" is reserved';
  return null;
}

/** Throws StorageRangeError unless start and end are integers with 0 <= start <= end. */
export function assertValidRange(range: { start: number; end?: number }): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || start < 0 || (end !== undefined && (!Number.isSafeInteger(end) || end < start))) {
    throw new StorageRangeError(`Invalid byte range ${start}-${end ?? ''}.`);
  }
}
