import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import type { Services } from '../context.server';
import { healthRoutes } from './health.server';
import { loadRequestContext, noteRequestBegan } from './load-context.server';
import { createRemixHandler } from './remix-handler.server';
import { answerUnexpectedErrors, refuseMalformedUrls, requireSameOrigin } from './request-guards.server';
import { requestLogging } from './request-log.server';

export interface Portal {
  app: express.Express;
  server: http.Server;
  /** Handlers for WebSocket upgrades by path prefix (the collaboration server registers /collab). */
  upgradeHandlers: Map<string, (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void>;
  /** Run on graceful shutdown before the database closes (e.g. flush collaborative documents). */
  shutdownHooks: (() => Promise<void>)[];
}

/**
 * Where the project's files are: the build's browser assets, the public folder, the database migrations, and the
 * document worker's entry with the server build it loads (features/collaboration/document-worker.server.ts).
 */
export interface PortalFiles {
  assetsDir: string;
  publicDir: string;
  migrationsDir: string;
  /** Null runs the document work in the portal's own thread. */
  documentWorker: { script: string; build: string } | null;
}

/** How much of a body is read and discarded after an early answer before the connection is closed instead. */
const DISCARD_AFTER_ANSWER = 1024 ** 3;

/**
 * An answer sent before the request body was read to its end (an upload refused mid-stream: too large, past the
 * deadline, not signed in): the rest of the body is read and discarded, so that a client still sending gets the
 * answer (and its connection stays usable) rather than a reset connection. Past a bound the connection is closed.
 */
const discardBodyAfterAnswer: express.RequestHandler = (req, res, next) => {
  res.once('finish', () => {
    if (req.complete) return;
    let discarded = 0;
    // Whatever was reading the body (the form parser) has given up on it.
    req.removeAllListeners('data');
    req.on('data', (chunk: Buffer) => {
      if ((discarded += chunk.length) > DISCARD_AFTER_ANSWER) req.socket.destroy();
    });
    req.resume();
  });
  next();
};

/** The Express app: every middleware in the order requests pass through it, Remix last. */
function createApp(services: Services, build: ServerBuild, files: PortalFiles): express.Express {
  const app = express();
  app.use(noteRequestBegan);
  app.disable('x-powered-by');
  app.set('trust proxy', services.config.trustProxy);
  app.use(requestLogging(services.config.trustProxy));
  app.use(healthRoutes(services));
  app.use(refuseMalformedUrls);
  // HTML, CSV, JSON and feeds shrink several-fold (a 3,000-row list is ~3 MB); files and zips are left as they are.
  app.use(compression());
  app.use(discardBodyAfterAnswer);
  app.use('/build', express.static(files.assetsDir, { immutable: true, maxAge: '1y' }));
  app.use(express.static(files.publicDir, { maxAge: '1h' }));
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
  app.use(requireSameOrigin((req) => services.auth.readSessionCookie(req.headers.cookie ?? '') !== null));
  // RequestContext is what AppLoadContext is declared to extend (context.server.ts). Remix runs in production
  // mode everywhere: in development mode it sends errors' messages and stacks to the browser.
  app.all(
    '*',
    createRemixHandler({
      build,
      mode: 'production',
      getLoadContext: (req, res) => loadRequestContext(services, req, res) as never,
    }),
  );
  app.use(answerUnexpectedErrors);
  return app;
}

/** The HTTP server around the Express app; WebSocket upgrades go to the handler registered for their path. */
export function createPortal(services: Services, build: ServerBuild, files: PortalFiles): Portal {
  const app = createApp(services, build, files);
  // Large uploads on slow connections take long: no overall request timeout, but idle sockets still time out.
  // 1 MiB stream buffers for requests and responses: with the default 16 KiB the socket of an upload is stopped and
  // restarted for nearly every chunk, and the client waits on each restart.
  const server = http.createServer({ requestTimeout: 0, headersTimeout: 60_000, highWaterMark: 1024 * 1024 }, app);
  server.timeout = 120_000;
  server.keepAliveTimeout = 65_000;
  const upgradeHandlers: Portal['upgradeHandlers'] = new Map();
  server.on('upgrade', (req, socket, head) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [prefix, handle] of upgradeHandlers) if (pathname.startsWith(prefix)) return handle(req, socket, head);
    socket.destroy();
  });
  return { app, server, upgradeHandlers, shutdownHooks: [] };
}
