import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import styles from '~/documents.css';
import type { MessageKey } from '~/i18n';
import { load } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { formatInstant } from '~/platform/format';
import { changesSince } from '~/features/publication/publication.server';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('changes.title', { meeting: data.meeting.title })));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const since = new URL(request.url).searchParams.get('since')?.trim() || undefined;
    const r = await changesSince(context.db, context.principal, params.slug!, since);
    return json({
      meeting: { slug: r.meeting.slug, title: r.meeting.title, timeZone: r.meeting.timeZone },
      group: { slug: r.group.slug, code: r.group.code },
      since: r.since,
      sinceText: since ?? (r.since ? r.since.toISOString().slice(0, 10) : ''),
      problem: r.problem,
      changes: r.changes,
    });
  });
}

export default function Changes() {
  const { meeting, group, since, sinceText, problem, changes } = useLoaderData<typeof loader>();
  const t = useT();
  const { locale } = useLocale();
  const base = `/meetings/${meeting.slug}`;
  const when = (at: string) => `${formatInstant(at, locale, meeting.timeZone)}`;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={base}>{meeting.title}</Link> / <Link to={`${base}/documents`}>{t('documents.heading')}</Link>
      </nav>
      <h1>{t('changes.title', { meeting: meeting.title })}</h1>
      <p className="muted">{t('changes.hint')}</p>
      <Form method="get" className="doc-filters card">
        <div className="field">
          <label htmlFor="since">{t('changes.since')}</label>
          <input
            id="since"
            name="since"
            type="date"
            defaultValue={/^\d{4}-\d{2}-\d{2}$/.test(sinceText) ? sinceText : ''}
          />
        </div>
        <div className="actions">
          <button type="submit">{t('changes.show')}</button>
        </div>
      </Form>
      {problem && (
        <div role="alert" className="alert error">
          {t(problem.key, problem.vars)}
        </div>
      )}
      {!problem && changes.length === 0 && since && <p className="muted">{t('changes.none', { time: when(since) })}</p>}
      {changes.length > 0 && (
        <div className="table-scroll">
          <table className="list documents">
            <thead>
              <tr>
                <th scope="col">{t('changes.at')}</th>
                <th scope="col">{t('changes.document')}</th>
                <th scope="col">{t('changes.what')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td className="date">
                    <time dateTime={c.at}>{when(c.at)}</time>
                  </td>
                  <td>
                    <Link to={`/documents/${c.documentId}`} className="num">
                      {c.number}
                    </Link>{' '}
                    {c.title}
                  </td>
                  <td>
                    {t(c.label as MessageKey, {
                      ...c.vars,
                      decision: c.vars.decision ? t(`documents.decision.${c.vars.decision}` as MessageKey) : '',
                      access: c.vars.access ? t(`documents.access.${c.vars.access}` as MessageKey) : '',
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
