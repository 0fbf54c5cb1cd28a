/** Which language a request is answered in, and the cookie that keeps a visitor's choice. */
import { offeredLocale, pickLocale, type Locale } from '~/i18n';

export const LOCALE_COOKIE = 'plenary_locale';

function readCookie(header: string | undefined | null, name: string): string | undefined {
  const match = (header ?? '').split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  if (!match) return undefined;
  try {
    return decodeURIComponent(match.slice(name.length + 1));
  } catch {
    return undefined;
  }
}

/** The account's choice, else the plenary_locale cookie, else the browser's Accept-Language, else English. */
export function requestLocale(
  user: { locale?: string | null } | null,
  cookieHeader: string | undefined | null,
  acceptLanguage: string | undefined | null,
): Locale {
  return (
    offeredLocale(user?.locale) ?? offeredLocale(readCookie(cookieHeader, LOCALE_COOKIE)) ?? pickLocale(acceptLanguage)
  );
}

/** Set-Cookie for the visitor's choice: a year, the whole site, readable by the server only. */
export function localeCookie(locale: Locale, secure: boolean): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`;
}

/** A path on this site to send the visitor back to; anything else (another host, "//evil", "\\evil") gives "/". */
export function sameSiteReturnPath(to: string | undefined): string {
  if (!to || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\') || /[\u0000-\u001f]/.test(to))
    return '/';
  const base = 'http://plenary.invalid';
  try {
    const url = new URL(to, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
