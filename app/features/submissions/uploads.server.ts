/**
 * Streaming multipart uploads straight to storage (never buffered whole). Files before rows: a file is stored
 * under a fresh key first; rows that point at it are committed afterwards; whatever is left unclaimed is garbage
 * for the storage sweep (app/platform/storage-sweep.server.ts).
 */
import { randomUUID } from 'node:crypto';
import { bytesQuantity } from '~/i18n';
import { PassThrough, Readable, type Writable } from 'node:stream';
import busboy from 'busboy';
import { StorageLimitError, type Storage } from '../../../storage';
import { DomainError } from '../../platform/errors';

export interface StoredUpload {
  field: string;
  filename: string;
  contentType: string;
  key: string;
  size: number;
  sha256: string;
  crc32: number;
}

export interface ReceivedForm {
  fields: Record<string, string[]>;
  files: StoredUpload[];
}

const MAX_TEXT_FIELD = 256 * 1024;
/** Files one form may carry: the main file and its attachments. */
export const MAX_FILES_PER_FORM = 50;

/** Waits for the storage writes of a request, but not forever for one whose source was cut off. */
async function settle(work: Promise<void>[]) {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(work),
    new Promise((resolve) => {
      timer = setTimeout(resolve, 10_000);
    }),
  ]);
  clearTimeout(timer);
}

/**
 * Writes the request body into the parser chunk by chunk, each as the socket delivered it, holding the request
 * while the parser (and through it storage) is behind. Resolves true at the body's end, false as soon as the
 * form is `refused()` (a file too large, say): the answer goes out then, and the server discards the rest of the
 * body (app/platform/server/portal.server.ts). Rejects when the client went away.
 */
function feedParser(source: Readable, parser: Writable, refused: () => boolean): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const settleWith = (outcome: () => void) => {
      source.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      parser.off('drain', onDrain).off('close', onDrain);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      if (refused()) {
        source.pause();
        settleWith(() => resolve(false));
        return;
      }
      if (!parser.write(chunk)) source.pause();
    };
    const onDrain = () => (refused() ? settleWith(() => resolve(false)) : source.resume());
    const onEnd = () =>
      settleWith(() => {
        parser.end();
        resolve(true);
      });
    const onError = (err: Error) => settleWith(() => reject(err));
    const onClose = () => settleWith(() => reject(new Error('The request was cut off before the end of its body.')));
    source.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    parser.on('drain', onDrain).on('close', onDrain);
  });
}

/** A fresh, never reused key: uploads/<yyyy>/<mm>/<uuid>. */
export function uploadKey(now = new Date()) {
  return `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
}

/** Keeps only a file name's last path segment, without control characters, at most 200 characters. */
export function safeFilename(name: string) {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return (
    base
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(-200) || 'file'
  );
}

/**
 * Parses a multipart request, streaming each file part to storage (refused mid-stream past maxBytes)
 * and keeping text fields. On any failure, files already stored by this request are deleted.
 */
export async function receiveMultipart(
  request: Request,
  storage: Storage,
  opts: { maxBytes: number },
): Promise<ReceivedForm> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    const fields: Record<string, string[]> = {};
    for (const [k, v] of form) if (typeof v === 'string') (fields[k] ??= []).push(v);
    return { fields, files: [] };
  }
  const fields: Record<string, string[]> = {};
  const files: StoredUpload[] = [];
  if (!request.body) throw new DomainError('invalid', 'error.badBody');
  // busboy parses the body as it arrives; each file part is piped straight into storage.put, whose own
  // backpressure holds the parser and therefore the reading of the request: memory stays flat whatever the size.
  // (Remix's unstable_parseMultipartFormData manages ~45 MB/s on this machine; busboy several hundred.)
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: { 'content-type': type },
      defParamCharset: 'utf8',
      limits: { fieldSize: MAX_TEXT_FIELD, fields: 2000, files: MAX_FILES_PER_FORM },
    });
  } catch {
    throw new DomainError('invalid', 'error.badBody'); // no boundary, or one busboy cannot use
  }
  const work: Promise<void>[] = [];
  const open = new Set<Readable>();
  const source = Readable.fromWeb(request.body as import('node:stream/web').ReadableStream);
  let failure: unknown = null;
  // A request held back for a parser that will now never drain reads on, into the discard (see feedParser).
  const fail = (err: unknown) => {
    failure ??= err;
    source.resume();
  };
  bb.on('filesLimit', () => fail(new DomainError('invalid', 'submissions.tooManyFiles', { max: MAX_FILES_PER_FORM })));
  bb.on('fieldsLimit', () => fail(new DomainError('invalid', 'error.badBody')));
  bb.on('field', (name, value, info) => {
    if (info.valueTruncated) fail(new DomainError('invalid', 'submissions.fieldTooLarge'));
    else (fields[name] ??= []).push(value);
  });
  bb.on('file', (name, stream, info) => {
    // A part that ends early emits an error of its own; the parser reports the same one.
    stream.on('error', () => {});
    if (!info.filename || failure) {
      stream.resume();
      return;
    } // an empty file input, or the request already failed
    const filename = safeFilename(info.filename);
    const key = uploadKey();
    // A relay between the parser and storage: storage may destroy its source when it refuses (size limit),
    // and a destroyed part stream would stall the parser; the rest of the part then flows on to nowhere.
    const relay = new PassThrough({ highWaterMark: 1024 * 1024 });
    stream.on('data', (c: Buffer) => {
      if (!relay.destroyed && !relay.write(c)) stream.pause();
    });
    relay.on('drain', () => stream.resume());
    relay.on('close', () => stream.resume());
    stream.on('end', () => relay.end());
    stream.on('error', (err) => relay.destroy(err));
    // Storage sees the error through its own pipeline; once it has stopped listening, the error must go nowhere.
    relay.on('error', () => {});
    open.add(relay);
    work.push(
      storage
        .put(key, relay, { contentType: 'application/octet-stream', maxBytes: opts.maxBytes })
        .then(
          (result) => {
            files.push({
              field: name,
              filename,
              contentType: info.mimeType || 'application/octet-stream',
              key,
              size: result.size,
              sha256: result.sha256,
              crc32: result.crc32,
            });
          },
          (err) => {
            relay.destroy();
            storage.delete(key).catch(() => {});
            fail(
              err instanceof StorageLimitError
                ? new DomainError('too_large', 'submissions.file.tooLarge', {
                    filename,
                    max: bytesQuantity(opts.maxBytes),
                  })
                : err,
            );
          },
        )
        .finally(() => open.delete(relay)),
    );
  });
  // A body the parser cannot read to its end (cut short, garbage part headers) is the sender's fault: a 400.
  const parsed = new Promise<void>((resolve, reject) => {
    bb.on('close', resolve);
    bb.on('error', () => reject(new DomainError('invalid', 'submissions.upload.unreadable')));
  });
  parsed.catch(fail);
  // Stops the parser and cuts off the storage writes under way; the rest of the body is left to the server.
  const abandon = () => {
    for (const stream of open) stream.destroy(failure as Error);
    bb.destroy();
  };
  let complete = false;
  try {
    complete = await feedParser(source, bb, () => failure !== null);
    if (complete) await parsed.catch(fail);
    else abandon();
    await settle(work);
    if (failure) throw failure;
  } catch (err) {
    fail(err);
    if (!complete) abandon();
    await settle(work);
    await Promise.all(files.map((f) => storage.delete(f.key).catch(() => {})));
    throw failure;
  }
  return { fields, files };
}
