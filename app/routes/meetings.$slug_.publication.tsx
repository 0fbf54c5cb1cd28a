import { Fragment } from 'react';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import styles from '~/documents.css';
import { FormAlert } from '~/components/form';
import { bulkDone, bulkStep } from '~/features/bulk/selection.server';
import { BulkBar, BulkConfirm, bulkFormKey, SelectAllRows } from '~/components/bulk';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { formatInstant } from '~/platform/format';
import {
  changePublication,
  publicationIds,
  publicationList,
  type PublicationAction,
} from '~/features/publication/publication.server';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('publication.title', { meeting: data.meeting.title })));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const unpublished = new URL(request.url).searchParams.get('show') === 'unpublished';
    const r = await publicationList(context.db, principal, params.slug!, { unpublished });
    return json({
      unpublished,
      meeting: { slug: r.meeting.slug, title: r.meeting.title, timeZone: r.meeting.timeZone },
      group: { slug: r.group.slug, code: r.group.code },
      rows: r.rows,
    });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    const step = await bulkStep(form, {
      idField: 'id',
      matching: (filter) => publicationIds(context.db, principal, params.slug!, filter),
    });
    if (step.confirm) return json({ ok: true as const, confirm: step.confirm });
    const action = String(form.get('action') ?? '');
    const { changed } = await changePublication(context.db, principal, params.slug!, { action, ids: step.ids });
    return json(bulkDone(context.locale, `bulk.done.${action as PublicationAction}`, changed));
  });
}

/** The bulk actions of the publication page, the first one the main action. */
const PUBLICATION_ACTIONS = [
  ['publish', 'publication.publishSelected'],
  ['unpublish', 'publication.unpublishSelected'],
  ['public', 'publication.setPublic'],
  ['members', 'publication.setMembers'],
] as const;

export default function Publication() {
  const { meeting, group, rows, unpublished } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const { locale } = useLocale();
  const base = `/meetings/${meeting.slug}`;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={base}>{meeting.title}</Link> / <Link to={`${base}/documents`}>{t('documents.heading')}</Link>
      </nav>
      <h1>{t('publication.title', { meeting: meeting.title })}</h1>
      <p className="muted">{t('publication.intro')}</p>
      <FormAlert
        error={result && !result.ok ? result.error : undefined}
        ok={result && result.ok && 'message' in result ? result.message : undefined}
      />
      {result && result.ok && 'confirm' in result && <BulkConfirm confirm={result.confirm} />}
      <Form method="get" className="doc-toolbar">
        <label htmlFor="publication-show">{t('publication.filter.label')}</label>{' '}
        <select id="publication-show" name="show" defaultValue={unpublished ? 'unpublished' : ''}>
          <option value="">{t('publication.filter.all')}</option>
          <option value="unpublished">{t('publication.filter.unpublished')}</option>
        </select>{' '}
        <button type="submit" className="secondary">
          {t('documents.filter.apply')}
        </button>
      </Form>
      {rows.length === 0 ? (
        <p className="muted">{t(unpublished ? 'publication.filter.noneUnpublished' : 'publication.none')}</p>
      ) : (
        <Form method="post" id="publication-form" key={bulkFormKey(result)}>
          <BulkBar form="publication-form" name="id" matching={rows.length}>
            <span>
              {PUBLICATION_ACTIONS.map(([action, label], i) => (
                <Fragment key={action}>
                  {i > 0 && ' '}
                  <button
                    type="submit"
                    name="action"
                    value={action}
                    className={i > 0 ? 'secondary' : undefined}
                    disabled={navigation.state !== 'idle'}
                  >
                    {t(label)}
                  </button>
                </Fragment>
              ))}
            </span>
          </BulkBar>
          <div className="table-scroll">
            <table className="list documents">
              <thead>
                <tr>
                  <th scope="col">
                    <SelectAllRows form="publication-form" name="id" label={t('publication.selectAll')} />
                  </th>
                  <th scope="col">{t('documents.col.number')}</th>
                  <th scope="col">{t('documents.col.title')}</th>
                  <th scope="col">{t('documents.col.type')}</th>
                  <th scope="col">{t('publication.state')}</th>
                  <th scope="col">{t('publication.access')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        name="id"
                        value={r.id}
                        aria-label={t('publication.select', { number: r.number })}
                      />
                    </td>
                    <td className="num">
                      <Link to={`/documents/${r.id}`}>{r.number}</Link>
                      {r.state === 'withdrawn' && <span className="badge neutral">{t('documents.withdrawn')}</span>}
                    </td>
                    <td>{r.title}</td>
                    <td>{t(`documents.type.${r.type}`)}</td>
                    <td>
                      {r.publishedAt ? (
                        formatInstant(r.publishedAt, locale, meeting.timeZone)
                      ) : (
                        <span className="badge warn">{t('publication.notPublished')}</span>
                      )}
                    </td>
                    <td>{t(`documents.access.${r.access}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Form>
      )}
    </>
  );
}
