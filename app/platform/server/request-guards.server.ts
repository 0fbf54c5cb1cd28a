/**
 * Express middleware that refuses requests before they reach a route: a malformed address, a state change
 * from another site; and the last error handler, which answers with a short page and never with internals.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { translate, type MessageKey } from '~/i18n';
import { requestLocale } from '../i18n.server';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page (or plain text for non-browsers) with the message and the request id to quote. */
export function sendRefusal(req: Request, res: Response, status: number, key: MessageKey) {
  const locale = requestLocale(null, req.headers.cookie, req.headers['accept-language']);
  const message = translate(locale, key);
  const reference = translate(locale, 'error.reference', { id: String(req.id ?? '') });
  res.status(status);
  if (!req.accepts('html')) {
    res.type('text/plain').send(`${message}\n${reference}\n`);
    return;
  }
  const title = translate(locale, 'error.title', { status });
  res
    .type('html')
    .send(
      `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>${escapeHtml(title)} — Plenary</title>` +
        '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style></head>' +
        `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><small>${escapeHtml(reference)}</small></p>` +
        `<p><a href="/">${escapeHtml(translate(locale, 'error.back'))}</a></p></main></body></html>`,
    );
}

/** Percent-decodes strictly: undefined for bad escapes, invalid UTF-8 or a NUL character. */
function decodeStrictly(text: string): string | undefined {
  try {
    const decoded = decodeURIComponent(text.replace(/\+/g, ' '));
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/** True when a path or query string holds only what a browser sends: printable ASCII, valid escapes of UTF-8, no NUL. */
export function isWellFormedUrl(url: string) {
  if (/[^\x21-\x7e]/.test(url)) return false;
  const [pathname, query = ''] = url.split(/\?(.*)/s);
  if (decodeStrictly(pathname) === undefined) return false;
  return query.split('&').every((pair) => pair.split('=').every((part) => decodeStrictly(part) !== undefined));
}

/** 400 for an address with a NUL byte, invalid UTF-8 or a broken escape, in its path or its query. */
export const refuseMalformedUrls: RequestHandler = (req, res, next) => {
  if (isWellFormedUrl(req.originalUrl)) return next();
  sendRefusal(req, res, 400, 'error.badUrl');
};

/** The host the browser addressed, as Remix compares it with Origin (X-Forwarded-Host first, else Host). */
const addressedHost = (headers: IncomingHttpHeaders) =>
  String(headers['x-forwarded-host'] ?? '')
    .split(',')[0]
    .trim() ||
  headers.host ||
  '';

const originHost = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/** Whether an Origin header names the host the browser addressed (HTTP requests and WebSocket handshakes alike). */
export const fromAddressedHost = (origin: string, headers: IncomingHttpHeaders) =>
  originHost(origin) === addressedHost(headers);

/**
 * State changes come from this site only: an Origin naming another host, or Sec-Fetch-Site: cross-site/same-site,
 * is refused (403); a request that carries the session cookie must also say where it comes from (a same-origin
 * Origin or Sec-Fetch-Site: same-origin), so a request forged without those headers cannot act as the member.
 */
export function requireSameOrigin(hasSessionCookie: (req: Request) => boolean): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.includes(req.method)) return next();
    // A bearer token is never sent by a browser on its own, so an API call that carries one cannot be forged from
    // another site; the API authorises state changes by that token only, never by the session cookie.
    if (req.path.startsWith('/api/') && /^Bearer\s/i.test(req.get('authorization') ?? '')) return next();
    const origin = req.get('origin');
    const fetchSite = req.get('sec-fetch-site');
    const sameOrigin = origin !== undefined && fromAddressedHost(origin, req.headers);
    if ((origin !== undefined && !sameOrigin) || fetchSite === 'cross-site' || fetchSite === 'same-site') {
      return sendRefusal(req, res, 403, 'error.crossOrigin');
    }
    if (!sameOrigin && fetchSite !== 'same-origin' && hasSessionCookie(req))
      return sendRefusal(req, res, 403, 'error.originRequired');
    next();
  };
}

/** The last handler: logs the error with the request id and answers with a page that shows only the id. */
export const answerUnexpectedErrors: ErrorRequestHandler = (err: Error & { status?: number }, req, res, _next) => {
  const clientError = typeof err.status === 'number' && err.status >= 400 && err.status < 500;
  req.log[clientError ? 'info' : 'error']({ err }, clientError ? 'request refused' : 'request failed');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendRefusal(req, res, clientError ? err.status! : 500, clientError ? 'error.badRequest' : 'error.generic');
};
