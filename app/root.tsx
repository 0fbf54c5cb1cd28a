import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { adminAbilities } from '~/features/groups/policy.server';
import { DEFAULT_LOCALE, isRtl, translate, type MessageKey } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import { LanguageSwitcher } from '~/platform/i18n-switcher';
import styles from './styles.css';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ context }: LoaderFunctionArgs) {
  const { user, principal, locale, viewerTimeZone } = context;
  return json({
    user: user && { name: user.name, email: user.email },
    canAdmin: adminAbilities(principal).area,
    locale,
    viewerTimeZone,
    requestId: context.requestId,
  });
}

type RootData = ReturnType<typeof useLoaderData<typeof loader>>;

// Tells the server the viewer's time zone, so deadlines render in it on the next request.
const TZ_SCRIPT =
  'try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;' +
  "if(z&&document.cookie.indexOf('tz='+encodeURIComponent(z))<0)" +
  "document.cookie='tz='+encodeURIComponent(z)+';path=/;max-age=31536000;samesite=lax'}catch(e){}";

export function Layout({ children }: { children: React.ReactNode }) {
  const locale = useRouteLoaderData<typeof loader>('root')?.locale ?? DEFAULT_LOCALE;
  return (
    <html lang={locale} dir={isRtl(locale) ? 'rtl' : 'ltr'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <script dangerouslySetInnerHTML={{ __html: TZ_SCRIPT }} />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/** The site header; on an error page whose root data failed to load, the signed-out navigation. */
function Header({ data }: { data: RootData | undefined }) {
  const t = useT();
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <nav aria-label={t('nav.main')} className="nav">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <ul>
          {data?.user ? (
            <>
              <li>
                <Link to="/my/documents">{t('nav.myDocuments')}</Link>
              </li>
              {data.canAdmin && (
                <li>
                  <Link to="/admin/roles">{t('nav.admin')}</Link>
                </li>
              )}
              <li>
                <Link to="/profile">
                  {t('nav.profile')} <span className="muted">({data.user.name})</span>
                </Link>
              </li>
              <li>
                <Form method="post" action="/signout">
                  <button type="submit" className="link-button">
                    {t('nav.signOut')}
                  </button>
                </Form>
              </li>
            </>
          ) : (
            <>
              <li>
                <Link to="/signin">{t('nav.signIn')}</Link>
              </li>
              <li>
                <Link to="/signup" className="button small">
                  {t('nav.signUp')}
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      <LanguageSwitcher />
    </header>
  );
}

function Page({ data, children }: { data: RootData | undefined; children: React.ReactNode }) {
  const locale = data?.locale ?? DEFAULT_LOCALE;
  return (
    <div className="page">
      <Header data={data} />
      <main id="main" className="content">
        {children}
      </main>
      <footer className="site-footer">{translate(locale, 'footer.text')}</footer>
    </div>
  );
}

export default function App() {
  return (
    <Page data={useLoaderData<typeof loader>()}>
      <Outlet />
    </Page>
  );
}

const MESSAGE_FOR_STATUS: Record<number, MessageKey> = {
  400: 'error.badRequest',
  403: 'error.forbidden',
  404: 'error.notFound',
  405: 'error.badRequest',
};

/**
 * Every error page: the portal's header and a message the visitor can read, never the error itself. Messages
 * come from the app's own error responses (translated catalogue text); the router's own texts ("No route matches
 * URL") and faults of ours get the catalogue's message for their status. A fault shows the request id to quote.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>('root');
  const location = useLocation();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const own = isRouteErrorResponse(error) && !(error as { internal?: boolean }).internal ? error.data : undefined;
  const message =
    typeof own === 'string' && own
      ? own
      : t(MESSAGE_FOR_STATUS[status] ?? (status >= 500 ? 'error.generic' : 'error.badRequest'));
  // The id of the failed request: sent with the error by the loader/action wrappers; otherwise the root data's,
  // which belongs to this request only on the page as first served (before any navigation in the browser).
  const ownId = own && typeof own === 'object' && 'requestId' in own ? String(own.requestId) : undefined;
  const requestId = ownId ?? (location.key === 'default' ? data?.requestId : undefined);
  return (
    <Page data={data}>
      <h1>{t('error.title', { status })}</h1>
      <p>{message}</p>
      {status >= 500 && requestId && <p className="muted small">{t('error.reference', { id: requestId })}</p>}
      <p>
        <Link to="/">{t('error.back')}</Link>
      </p>
    </Page>
  );
}
