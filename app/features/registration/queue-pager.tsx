import { Link, useSearchParams } from '@remix-run/react';
import { useT } from '~/platform/i18n-react';

/** Previous / next page of one of the registration page's lists, keeping the other filters of the URL. */
export function QueuePager({
  list,
  page,
  pages,
  param,
}: {
  list: string;
  page: number;
  pages: number;
  param: 'page' | 'rpage';
}) {
  const t = useT();
  const [params] = useSearchParams();
  if (pages <= 1) return null;
  const to = (n: number) => {
    const p = new URLSearchParams(params);
    p.set(param, String(n));
    return `?${p.toString()}`;
  };
  return (
    <nav className="pager" aria-label={t('registration.paging', { list })}>
      {page > 1 ? (
        <Link to={to(page - 1)} rel="prev">
          {t('registration.prev')}
        </Link>
      ) : (
        <span className="muted">{t('registration.prev')}</span>
      )}
      <span>{t('registration.page', { page, pages })}</span>
      {page < pages ? (
        <Link to={to(page + 1)} rel="next">
          {t('registration.next')}
        </Link>
      ) : (
        <span className="muted">{t('registration.next')}</span>
      )}
    </nav>
  );
}
