import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { liaisonThread } from '~/features/liaisons/lists.server';
import { STATE_LABEL } from '~/features/liaisons/incoming-parts';
import { load, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { formatDate } from '~/platform/format';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(
    matches,
    data && ((t) => t('liaisons.thread.title', { group: data.group.code, organisation: data.organisation })),
  );

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  const organisation = new URL(request.url).searchParams.get('with') ?? '';
  return load(context, async () => json(await liaisonThread(context.db, principal, params.slug!, organisation)));
}

export default function LiaisonThread() {
  const { group, organisation, organisations, items } = useLoaderData<typeof loader>();
  const t = useT();
  const { locale } = useLocale();
  const titleOf = new Map(items.map((i) => [i.id, i.title]));
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/groups/${group.slug}/liaisons`}>{t('liaisons.list.title', { group: group.code })}</Link>
      </nav>
      <h1>{t('liaisons.thread.title', { group: group.code, organisation: organisation || '…' })}</h1>
      <Form method="get" className="filters">
        <label htmlFor="with">{t('liaisons.thread.organisation')}</label>{' '}
        <input id="with" name="with" list="organisations" defaultValue={organisation} />
        <datalist id="organisations">
          {organisations.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>{' '}
        <button type="submit" className="secondary">
          {t('liaisons.thread.show')}
        </button>
      </Form>
      {organisation && !items.length && <p className="muted">{t('liaisons.thread.none')}</p>}
      {items.length > 0 && (
        <ol className="liaison-thread">
          {items.map((i) => (
            <li key={i.id} className={`thread-${i.kind}`}>
              <span className="muted">{formatDate(i.date, locale)}</span>{' '}
              <strong>
                {i.kind === 'in'
                  ? t('liaisons.thread.received', { from: i.party })
                  : t('liaisons.thread.sent', { from: i.party, to: organisation })}
              </strong>{' '}
              <Link to={i.kind === 'in' ? `/liaisons/incoming/${i.id}` : `/liaisons/${i.id}`}>{i.title}</Link>{' '}
              <span className="badge">
                {i.kind === 'in' ? t(STATE_LABEL[i.state as 'new']) : t(`liaison.state.${i.state as 'draft'}`)}
              </span>
              {i.answers.length > 0 && (
                <span className="muted">
                  {' '}
                  · {t('liaisons.thread.answers', { titles: i.answers.map((a) => titleOf.get(a) ?? '').join('; ') })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
