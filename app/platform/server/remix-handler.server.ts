/**
 * Express ⇄ Remix, as @remix-run/express does, except that a response body goes to the socket through
 * `stream.pipeline`, so backpressure holds: the stock writer writes every chunk without waiting for the socket,
 * and a 1 GB zip sent to a slow client would pile up in memory.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  type AppLoadContext,
  type ServerBuild,
} from '@remix-run/node';
import type express from 'express';

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
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = 'half';
  }
  return new Request(url.href, init);
}

async function sendResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers) res.append(key, value);
  if (!response.body) return void res.end();
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res).catch((error: NodeJS.ErrnoException) => {
    // The client going away mid-download is not a server error; a storage read failing half-way is.
    if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
      console.error(`${response.status} body of ${res.req.originalUrl} failed half-way:`, error);
  });
}

export function createRemixHandler(opts: {
  build: ServerBuild;
  mode: string;
  getLoadContext: (req: express.Request, res: express.Response) => Promise<AppLoadContext>;
}): express.RequestHandler {
  const handleRequest = createRequestHandler(opts.build, opts.mode);
  return async (req, res, next) => {
    try {
      const response = await handleRequest(toFetchRequest(req, res), await opts.getLoadContext(req, res));
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}
