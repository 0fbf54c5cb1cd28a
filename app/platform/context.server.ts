import type { Database, Db } from '../../db/client.server';
import type { Storage } from '../../storage';
import type { Locale } from '~/i18n';
import type { Auth } from '../features/accounts/auth.server';
import type { Config } from './config.server';
import type { Logger } from './logging.server';
import type { Mailer } from './mail.server';
import type { Principal } from '../features/groups/permissions.server';

/** Process-wide services, created once by the server entry and shared by HTTP and collaboration. */
export interface Services {
  config: Config;
  database: Database;
  db: Db;
  storage: Storage;
  auth: Auth;
  mail: Mailer;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  organisation: string;
  country: string;
  isAdmin: boolean;
  /** The language the account chose (null: none); mails to it are written in it. */
  locale?: string | null;
}

/** What every loader and action receives as `context`. */
export interface RequestContext extends Services {
  user: SessionUser | null;
  principal: Principal | null;
  sessionId: string | null;
  /** The client's address, for rate limits. */
  address: string;
  locale: Locale;
  /** The viewer's IANA time zone, from the tz cookie the page sets; null until known. */
  viewerTimeZone: string | null;
  /** This request's id (X-Request-Id), shown on error pages; `log` writes lines that carry it. */
  requestId: string;
  /** The server's clock when the request arrived, before its body was read: deadlines judge submissions by it. */
  requestBeganAt: Date;
  log: Logger;
}

declare module '@remix-run/node' {
  // Module augmentation needs an interface: Remix's AppLoadContext becomes the portal's request context.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends RequestContext {}
}
