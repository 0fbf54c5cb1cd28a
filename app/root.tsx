import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useLoaderData, useRouteError } from '@remix-run/react';
import { RTL_LOCALES, translate } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import styles from './styles.css';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }, { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];

export async function loader({ context }: LoaderFunctionArgs) {
  const { user, principal, locale, viewerTimeZone } = context;
  const canAdmin = !!principal && (principal.isAdmin || principal.roles.some((r) => r.role === 'secretariat'));
  return json({ user: user && { name: user.name, email: user.email }, canAdmin, locale, viewerTimeZone });
}

// Tells the server the viewer's time zone, so deadlines render in it on the next request.
const TZ_SCRIPT = `try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(z&&document.cookie.indexOf('tz='+encodeURIComponent(z))<0)document.cookie='tz='+encodeURIComponent(z)+';path=/;max-age=31536000;samesite=lax'}catch(e){}`;

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr">
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

function Header() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">{t('nav.skip')}</a>
      <nav aria-label="Main" className="nav">
        <Link to="/" className="brand">{t('app.name')}</Link>
        <ul>
          {data.user ? (
            <>
              <li><Link to="/my/documents">{t('nav.myDocuments')}</Link></li>
              {data.canAdmin && <li><Link to="/admin/roles">{t('nav.admin')}</Link></li>}
              <li><Link to="/profile">{t('nav.profile')} <span className="muted">({data.user.name})</span></Link></li>
              <li>
                <Form method="post" action="/signout"><button type="submit" className="link-button">{t('nav.signOut')}</button></Form>
              </li>
            </>
          ) : (
            <>
              <li><Link to="/signin">{t('nav.signIn')}</Link></li>
              <li><Link to="/signup" className="button small">{t('nav.signUp')}</Link></li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}

export default function App() {
  const data = useLoaderData<typeof loader>();
  const dir = RTL_LOCALES.includes(data.locale) ? 'rtl' : 'ltr';
  return (
    <div className="page" dir={dir} lang={data.locale}>
      <Header />
      <main id="main" className="content">
        <Outlet />
      </main>
      <footer className="site-footer">{translate(data.locale, 'footer.text')}</footer>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error)
    ? (typeof error.data === 'string' && error.data) || translate('en', status === 404 ? 'error.notFound' : status === 403 ? 'error.forbidden' : 'error.generic')
    : translate('en', 'error.generic');
  return (
    <div className="page">
      <main id="main" className="content">
        <h1>{translate('en', 'error.title', { status })}</h1>
        <p>{message}</p>
        <p><a href="/">{translate('en', 'error.back')}</a></p>
      </main>
    </div>
  );
}
