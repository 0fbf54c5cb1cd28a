import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import styles from '~/documents.css';
import { searchGroup } from '~/features/publication/group-search.server';
import { Highlight } from '~/features/publication/highlight';
import { SearchField } from '~/features/publication/search-help';
import { load } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(
    matches,
    data &&
      ((t) =>
        data.q
          ? t('meta.searchQuery', { query: data.q, group: data.group.code })
          : t('search.group.title', { group: data.group.code })),
  );

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const url = new URL(request.url);
    const q = (url.searchParams.get('q') ?? '').slice(0, 200);
    const page = Number(url.searchParams.get('page')) || 1;
    const r = await searchGroup(context.db, context.principal, params.slug!, q, page);
    return json({
      group: { slug: r.group.slug, code: r.group.code, name: r.group.name },
      q: r.q,
      problems: r.problems,
      marks: r.marks,
      total: r.total,
      page: r.page,
      pages: r.pages,
      hits: r.hits.map((h) => ({ ...h, registeredAt: h.registeredAt?.toISOString().slice(0, 10) ?? null })),
    });
  });
}

export default function GroupSearch() {
  const { group, q, problems, marks, total, page, pages, hits } = useLoaderData<typeof loader>();
  const t = useT();
  const pageLink = (n: number) => `/groups/${group.slug}/search?${new URLSearchParams({ q, page: String(n) })}`;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link>
      </nav>
      <h1>{t('search.group.title', { group: group.code })}</h1>
      <p className="muted">{t('search.group.intro', { group: group.code })}</p>
      <Form method="get" role="search" className="card doc-filters">
        <SearchField value={q} problems={problems} />
        <div className="actions">
          <button type="submit">{t('search.group.button')}</button>
        </div>
      </Form>

      <p role="status" aria-live="polite">
        {!q.trim() ? t('search.group.enter') : problems.length ? '' : t('search.group.results', { total })}
      </p>
      {q.trim() && !problems.length && hits.length === 0 && <p className="muted">{t('search.group.none')}</p>}
      {hits.length > 0 && (
        <div className="table-scroll">
          <table className="list search-results">
            <thead>
              <tr>
                <th scope="col">{t('documents.col.number')}</th>
                <th scope="col">{t('documents.col.title')}</th>
                <th scope="col">{t('documents.col.source')}</th>
                <th scope="col">{t('search.group.col.meeting')}</th>
                <th scope="col">{t('documents.col.groups')}</th>
                <th scope="col">{t('documents.col.registered')}</th>
                <th scope="col">{t('documents.col.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {hits.map((d) => (
                <tr key={d.id}>
                  <td className="num">
                    <Link to={`/documents/${d.id}`}>
                      <bdi>{d.number}</bdi>
                    </Link>
                    {d.late && <span className="badge late">{t('documents.late')}</span>}
                    {d.state === 'withdrawn' && <span className="badge neutral">{t('documents.withdrawn')}</span>}
                  </td>
                  <td dir="auto">
                    <Highlight text={d.title} marks={marks} />
                  </td>
                  <td dir="auto">
                    <Highlight text={d.source} marks={marks} />
                  </td>
                  <td dir="auto">
                    <Link to={`/meetings/${d.meeting.slug}/documents`}>{d.meeting.title}</Link>
                  </td>
                  <td>{d.allocations.map((g) => g.code).join(', ')}</td>
                  <td className="date">{d.registeredAt}</td>
                  <td>{d.decision ? t(`documents.decision.${d.decision}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('documents.page.nav')}>
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              {t('documents.page.previous')}
            </Link>
          ) : (
            <span />
          )}
          <span>{t('documents.page.of', { page, pages })}</span>
          {page < pages ? (
            <Link to={pageLink(page + 1)} rel="next">
              {t('documents.page.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
