import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { TrustProxy } from '../config.server';
import { logger } from '../logging.server';

const GIVEN_ID = /^[\w.:-]{1,100}$/;
const QUIET_PATHS = ['/build/', '/healthz', '/readyz', '/favicon'];

/**
 * One log line per request (method, path without its query, status, time) and a request id: taken from the
 * proxy's X-Request-Id when a proxy is trusted, otherwise made here; sent back in X-Request-Id and bound to
 * `req.log`, so every line logged for the request carries it.
 */
export function requestLogging(trustProxy: TrustProxy) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = trustProxy !== false && typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.some((p) => (req.url ?? '').startsWith(p)) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    serializers: {
      req: (req: { id: string; method: string; url: string; raw: IncomingMessage & { ip?: string } }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        address: req.raw.ip ?? req.raw.socket?.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}
