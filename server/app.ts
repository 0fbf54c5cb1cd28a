import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { verifyRequestOrigin } from 'lucia';
import type { RequestContext, Services } from '../app/platform/context.server';
import { pickLocale, translate } from '../app/i18n';
import { loadPrincipal } from '../app/features/groups/permissions.server';
import { isValidTimeZone } from '../app/platform/time';
import { attachCollaboration } from './collab';
import { createRemixHandler } from './remix-adapter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Portal {
  app: express.Express;
  server: http.Server;
  /** Handlers for WebSocket upgrades by path prefix (the collaboration server registers /collab). */
  upgradeHandlers: Map<string, (req: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => void>;
  /** Run on graceful shutdown before the database closes (e.g. flush collaborative documents). */
  shutdownHooks: (() => Promise<void>)[];
}


function readCookie(header: string | undefined, name: string): string | undefined {
  const match = (header ?? '').split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

/** Builds the Express app around the Remix build: static files, origin check, session, then Remix. */
export async function createPortal(services: Services): Promise<Portal> {
  const buildDir = path.resolve(root, process.env.PLENARY_BUILD_DIR || 'build');
  const assetsDir = buildDir === path.join(root, 'build') ? path.join(root, 'public/build') : path.join(buildDir, 'assets');
  const build = (await import(pathToFileURL(path.join(buildDir, 'index.js')).href)) as ServerBuild;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // HTML, CSV, JSON and feeds shrink several-fold (a 3,000-row list is ~3 MB); files and zips are left as they are.
  app.use(compression());

  // An answer sent before the request body was read to its end (an upload refused mid-stream: too large,
  // past the deadline, not signed in) closes the connection. Kept alive, the socket would carry the unread
  // rest of the body in front of the client's next request, which then waits forever.
  app.use((req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: unknown[]) {
      if (!req.complete && !res.headersSent) {
        res.setHeader('Connection', 'close');
        res.once('finish', () => req.resume());
      }
      return (writeHead as (...a: unknown[]) => typeof res).apply(this, args);
    } as typeof res.writeHead;
    next();
  });

  app.use('/build', express.static(assetsDir, { immutable: true, maxAge: '1y' }));
  app.use(express.static(path.join(root, 'public'), { maxAge: '1h' }));
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));

  // State-changing requests from another origin are refused (browsers send Origin on cross-site POSTs).
  app.use((req, res, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
    const origin = req.headers.origin;
    const hosts = [req.headers.host ?? '', new URL(services.config.publicUrl).host];
    if ((origin && !verifyRequestOrigin(origin, hosts)) || req.headers['sec-fetch-site'] === 'cross-site') {
      res.status(403).type('text/plain').send(translate(pickLocale(req.headers['accept-language']), 'error.crossOrigin'));
      return;
    }
    next();
  });

  const getLoadContext = async (req: express.Request, res: express.Response): Promise<RequestContext> => {
    const { auth, db } = services;
    const sessionId = auth.readSessionCookie(req.headers.cookie ?? '');
    let user: RequestContext['user'] = null;
    let liveSessionId: string | null = null;
    if (sessionId) {
      const result = await auth.validateSession(sessionId);
      if (result.session) {
        liveSessionId = result.session.id;
        user = { id: result.user.id, email: result.user.email, name: result.user.name, organisation: result.user.organisation, country: result.user.country, isAdmin: result.user.isAdmin };
        if (result.session.fresh) res.append('Set-Cookie', auth.createSessionCookie(result.session.id).serialize());
      } else {
        res.append('Set-Cookie', auth.createBlankSessionCookie().serialize());
      }
    }
    return {
      ...services,
      user,
      principal: user ? await loadPrincipal(db, user) : null,
      sessionId: liveSessionId,
      address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      locale: pickLocale(req.headers['accept-language']),
      viewerTimeZone: ((tz) => (tz && isValidTimeZone(tz) ? tz : null))(readCookie(req.headers.cookie, 'tz')),
    };
  };

  app.all('*', createRemixHandler({ build, mode: services.config.env, getLoadContext: getLoadContext as never }));

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
  const portal: Portal = { app, server, upgradeHandlers, shutdownHooks: [] };
  attachCollaboration(portal, services);
  return portal;
}
