import type express from 'express';
import { loadPrincipal } from '../../features/groups/permissions.server';
import { requestLocale } from '../i18n.server';
import type { RequestContext, Services } from '../context.server';
import { isValidTimeZone } from '../time';

function readCookie(header: string | undefined, name: string): string | undefined {
  const match = (header ?? '').split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

const BEGAN = Symbol('requestBeganAt');

/** The first middleware: notes the instant the request arrived (its headers read, its body not yet). */
export const noteRequestBegan: express.RequestHandler = (req, _res, next) => {
  (req as unknown as Record<symbol, Date>)[BEGAN] = new Date();
  next();
};

/** When the request arrived (now, for a request that did not pass noteRequestBegan). */
export const requestBeganAt = (req: express.Request): Date =>
  (req as unknown as Record<symbol, Date | undefined>)[BEGAN] ?? new Date();

/** What every loader and action receives as `context`: the services, the signed-in user and the viewer's locale. */
export async function loadRequestContext(
  services: Services,
  req: express.Request,
  res: express.Response,
): Promise<RequestContext> {
  const { auth, db } = services;
  const sessionId = auth.readSessionCookie(req.headers.cookie ?? '');
  let user: RequestContext['user'] = null;
  let liveSessionId: string | null = null;
  if (sessionId) {
    const result = await auth.validateSession(sessionId);
    if (result.session) {
      liveSessionId = result.session.id;
      user = {
        id: result.user.id,
        email: result.user.email,
        name: result.user.name,
        organisation: result.user.organisation,
        country: result.user.country,
        isAdmin: result.user.isAdmin,
        locale: result.user.locale,
      };
      if (result.session.fresh) res.append('Set-Cookie', auth.createSessionCookie(result.session.id).serialize());
    } else {
      res.append('Set-Cookie', auth.createBlankSessionCookie().serialize());
    }
  }
  const timeZone = readCookie(req.headers.cookie, 'tz');
  return {
    ...services,
    user,
    principal: user ? await loadPrincipal(db, user) : null,
    sessionId: liveSessionId,
    address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    locale: requestLocale(user, req.headers.cookie, req.headers['accept-language']),
    viewerTimeZone: timeZone && isValidTimeZone(timeZone) ? timeZone : null,
    requestId: String(req.id),
    requestBeganAt: requestBeganAt(req),
    log: req.log,
  };
}
