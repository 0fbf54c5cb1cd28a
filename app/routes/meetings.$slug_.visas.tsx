import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '~/components/form';
import { DecisionForm } from '~/features/participation/decision-form';
import { ParticipationNav } from '~/features/participation/participation-nav';
import { decideVisaRequest, visaQueue } from '~/features/participation/visa.server';
import { participationAbilities } from '~/features/participation/policy.server';
import { formatDate, formatDateRange } from '~/platform/format';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('participation.visas.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const queue = await visaQueue(context.db, principal, params.slug!);
    return json({ ...queue, may: await participationAbilities(context.db, principal, queue.group) });
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    await decideVisaRequest(context.db, principal, params.slug!, await readFormData(request));
    return json({ ok: true as const });
  });
}

export default function VisaQueue() {
  const { meeting, group, rows, may } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('participation.visas.title', { meeting: meeting.title })}</h1>
      <ParticipationNav slug={meeting.slug} may={may} />
      <FormAlert
        error={result && !result.ok ? result.error : undefined}
        ok={result?.ok ? t('participation.decide.done') : undefined}
      />
      {rows.length === 0 ? (
        <p className="muted">{t('participation.visas.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="list visas stacked">
            <thead>
              <tr>
                <th>{t('participation.visas.requester')}</th>
                <th>{t('participation.visas.passport')}</th>
                <th>{t('participation.visas.stay')}</th>
                <th>{t('participation.visas.consulate')}</th>
                <th>{t('participation.list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ request: r, passport: p, name, email, organisation }) => (
                <tr key={r.id}>
                  <td>
                    <bdi>{name}</bdi>
                    <div className="muted small">
                      {organisation} · {email}
                    </div>
                  </td>
                  <td data-label={t('participation.visas.passport')}>
                    {p ? (
                      <>
                        <bdi>{p.nameInPassport}</bdi>
                        <div className="small">
                          {p.nationality} · {p.passportNumber} · {formatDate(p.birthDate, locale)}
                        </div>
                      </>
                    ) : (
                      <span className="muted">{t('participation.visa.purged')}</span>
                    )}
                  </td>
                  <td data-label={t('participation.visas.stay')}>
                    {p && formatDateRange(p.stayFrom, p.stayTo, locale)}
                  </td>
                  <td data-label={t('participation.visas.consulate')}>{p?.consulate}</td>
                  <td data-label={t('participation.list.status')}>
                    {t(`participation.visaStatus.${r.status}`)}
                    {r.reason && <div className="muted small">{r.reason}</div>}
                    {r.status === 'requested' && p && <DecisionForm id={r.id} label={name} result={result} />}
                    {r.status === 'approved' && p && (
                      <div className="small">
                        <a href={`/meetings/${meeting.slug}/visa-letter/${r.id}/docx`} download dir="ltr">
                          .docx
                        </a>{' '}
                        ·{' '}
                        <a href={`/meetings/${meeting.slug}/visa-letter/${r.id}/pdf`} download dir="ltr">
                          PDF
                        </a>
                      </div>
                    )}
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
