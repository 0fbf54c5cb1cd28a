import type { Readable } from 'node:stream';

/** Marks a Response whose body is a Node stream; Symbol.for, so the server entry's copy of this module agrees. */
export const NODE_BODY = Symbol.for('plenary.nodeBody');

/**
 * A Response for a file or an archive: the server (server/remix-adapter.ts) pipes `body` straight to the socket,
 * with Node's backpressure, instead of through a web stream. The web stream is there for anything else that
 * reads the Response (tests calling loaders), and starts reading `body` only if somebody reads it.
 */
export function streamResponse(body: Readable, init: ResponseInit): Response {
  let chunks: AsyncIterator<Buffer> | undefined;
  const web = new ReadableStream<Uint8Array>({
    async pull(controller) {
      chunks ??= body[Symbol.asyncIterator]();
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) { body.destroy(reason instanceof Error ? reason : undefined); },
  }, { highWaterMark: 0 }); // no read ahead: pull only when read

  return Object.assign(new Response(web, init), { [NODE_BODY]: body });
}
