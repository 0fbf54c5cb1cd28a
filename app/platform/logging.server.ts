import pino from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.server';

export type Logger = pino.Logger;

type LogSettings = Config['log'];

function createLogger(settings: LogSettings, destination?: pino.DestinationStream): Logger {
  const options = {
    level: settings.level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
  };
  if (destination) return pino(options, destination);
  if (settings.format === 'pretty')
    return pino(options, pretty({ sync: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' }));
  return pino(options);
}

/**
 * The portal's one logger: JSON lines on stdout (readable lines with LOG_FORMAT=pretty), silent in tests.
 * Until the configuration is loaded it logs at info (silent under NODE_ENV=test).
 */
// Read through a variable: the server build replaces `process.env.NODE_ENV` with "production" when it is built.
const { env } = process;
export let logger: Logger = createLogger({ level: env.NODE_ENV === 'test' ? 'silent' : 'info', format: 'json' });

/** Applies the configured level and format; a destination (e.g. a test's capture) replaces stdout. */
export function configureLogging(settings: LogSettings, destination?: pino.DestinationStream): Logger {
  logger = createLogger(settings, destination);
  return logger;
}

interface RouteErrorArgs {
  request: Request;
  context: { log?: Logger };
}

/**
 * Remix's `handleError` (exported by the server entry): an error thrown in a loader, an action or a render, logged
 * under the request's id. Router refusals (a method a route does not take) are not faults and go at info level.
 */
export function logRouteError(error: unknown, { request, context }: RouteErrorArgs) {
  if (request.signal.aborted) return;
  const log = context.log ?? logger;
  const refusal = error as { status?: unknown; statusText?: unknown } | null;
  if (typeof refusal?.status === 'number' && typeof refusal.statusText === 'string') {
    log.info({ status: refusal.status, path: new URL(request.url).pathname }, 'request refused by the router');
  } else {
    log.error({ err: error }, 'request failed');
  }
}
