import { Transform, type Readable } from 'node:stream';

/** Marks a Response whose body is a Node stream. */
export const NODE_BODY = Symbol('plenary.nodeBody');
export const NODE_WRITER = Symbol('plenary.nodeWriter');
/** Writes a body straight to the Node response (and ends it), for a body that recycles its buffers as the socket takes them. */
export type NodeWriter = (res: import('node:http').ServerResponse) => Promise<void>;

/**
 * A web stream over a Node stream that reads nothing until somebody reads it (no read-ahead), tagged with the
 * Node stream so that a consumer that can take the Node stream directly (server/remix-adapter.ts for responses,
 * `nodeRequestBody` for uploads) skips the web layer altogether.
 */
export function lazyWebStream(source: Readable): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Buffer> | undefined;
  const web = new ReadableStream<Uint8Array>({
    async pull(controller) {
      chunks ??= source[Symbol.asyncIterator]();
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) { source.destroy(reason instanceof Error ? reason : undefined); },
  }, { highWaterMark: 0 });
  return Object.assign(web, { [NODE_BODY]: source, started: () => chunks !== undefined });
}

/**
 * A Response for a file or an archive: the server (server/remix-adapter.ts) pipes `body` straight to the socket,
 * with Node's backpressure, instead of through a web stream. The web stream is there for anything else that
 * reads the Response (tests calling loaders), and starts reading `body` only if somebody reads it.
 */
export function streamResponse(body: Readable, init: ResponseInit): Response {
  return Object.assign(new Response(lazyWebStream(body), init), { [NODE_BODY]: body });
}

/** Has the server (server/remix-adapter.ts) answer with `write` instead of reading the Response's body. */
export function withNodeWriter(response: Response, write: NodeWriter): Response {
  return Object.assign(response, { [NODE_WRITER]: write });
}

/** The Node stream under a request body made by `lazyWebStream`, if nothing has read the body yet; else null. */
export function nodeRequestBody(request: Request): Readable | null {
  const body = request.body as (ReadableStream & { [NODE_BODY]?: Readable; started?: () => boolean }) | null;
  if (!body?.[NODE_BODY] || body.locked || body.started?.()) return null;
  return body[NODE_BODY];
}

/**
 * Joins small chunks (React writes its HTML a few KiB at a time) into writes of up to `size` bytes, sent at the
 * latest on the next turn of the event loop, so a streamed page still shows as it renders. Each write to the
 * compressed response is a job for zlib's thread: 1,400 of them made a 3 MB list page a quarter slower.
 */
export function coalesceChunks(size = 64 * 1024): Transform {
  let parts: Buffer[] = [];
  let length = 0;
  let scheduled: NodeJS.Immediate | null = null;
  const flush = (stream: Transform) => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (length) stream.push(parts.length === 1 ? parts[0] : Buffer.concat(parts, length));
    parts = [];
    length = 0;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= size) flush(this);
      else if (!scheduled) scheduled = setImmediate(() => flush(this));
      done();
    },
    flush(done) {
      flush(this);
      done();
    },
    destroy(error, done) {
      if (scheduled) clearImmediate(scheduled);
      done(error);
    },
  });
}
