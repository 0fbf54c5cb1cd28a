/**
 * Express ⇄ Remix, in place of @remix-run/express's handler, for the two paths where bytes are many:
 *  - request bodies become a web stream that buffers up to 1 MiB before pausing the socket (the stock one
 *    pauses at 16 KiB, so a 200 MB upload stalled the socket at every chunk);
 *  - a response made by `streamResponse` (files, archives) is piped from its Node stream straight to the
 *    socket; any other body is piped too, so backpressure holds (the stock writer ignores it);
 *  - a response with a Node writer (`withNodeWriter`: the zip of a list) writes itself to the socket.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRequestHandler, type AppLoadContext, type ServerBuild } from '@remix-run/node';
import type express from 'express';
import { lazyWebStream, NODE_BODY, NODE_WRITER, type NodeWriter } from '../streaming.server';

function toFetchRequest(req: express.Request, res: express.Response): Request {
  // As @remix-run/express: the host name as Express trusts it (proxy settings), the port as the client asked.
  const port = (req.get('x-forwarded-host') ?? req.get('host') ?? '').split(':')[1];
  const url = new URL(req.originalUrl, `${req.protocol}://${req.hostname}${port ? `:${port}` : ''}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  // Loaders and actions are aborted once no answer can be written any more (the client went away).
  const controller = new AbortController();
  res.on('close', () => { if (!res.writableFinished) controller.abort(); });
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    init.body = lazyWebStream(req);
    init.duplex = 'half';
  }
  return new Request(url.href, init);
}

async function sendResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers) res.append(key, value);
  // A HEAD answer has no body: whatever would produce one (a file, an archive) is never started.
  if (!response.body || res.req.method === 'HEAD') { res.end(); return; }
  const writer = (response as Response & { [NODE_WRITER]?: NodeWriter })[NODE_WRITER];
  if (writer) {
    await writer(res).catch((error: Error) => { if (!res.destroyed) console.error(`${response.status} body of ${res.req.originalUrl} failed half-way:`, error); res.destroy(); });
    return;
  }
  if (/text\/event-stream/i.test(response.headers.get('content-type') ?? '')) res.flushHeaders();
  const source = (response as Response & { [NODE_BODY]?: Readable })[NODE_BODY] ?? Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  await pipeline(source, res).catch((error: NodeJS.ErrnoException) => {
    // The client going away mid-download is not a server error; a storage read failing half-way is.
    if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`${response.status} body of ${res.req.originalUrl} failed half-way:`, error);
  });
}

export function createRemixHandler(opts: { build: ServerBuild; mode: string; getLoadContext: (req: express.Request, res: express.Response) => Promise<AppLoadContext> }): express.RequestHandler {
  const handleRequest = createRequestHandler(opts.build, opts.mode);
  return async (req, res, next) => {
    try {
      const request = toFetchRequest(req, res);
      const response = await handleRequest(request, await opts.getLoadContext(req, res));
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}
