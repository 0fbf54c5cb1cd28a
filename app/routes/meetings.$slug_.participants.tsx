import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert } from '~/components/form';
import { DecisionForm } from '~/features/participation/decision-form';
import { ParticipationNav } from '~/features/participation/participation-nav';
import { participantsPage, readFilters } from '~/features/participation/participants.server';
import { decideRegistration } from '~/features/participation/registration.server';
import { dayFormatter } from '~/platform/format';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import { DELEGATIONS, PARTICIPANT_STATUSES, PARTICIPATION_MODES } from '../../db/schema/participation';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('participation.list.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  const filters = readFilters(new URL(request.url).searchParams);
  return load(context, async () => json(await participantsPage(context.db, principal, params.slug!, filters)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    await decideRegistration(context.db, principal, params.slug!, await readFormData(request));
    return json({ ok: true as const });
  });
}

/** One filter of the list: a select whose first choice is "any". */
function FilterSelect({
  name,
  values,
  label,
  title,
}: {
  name: string;
  values: readonly string[];
  label: (v: string) => string;
  title: string;
}) {
  const [params] = useSearchParams();
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{title}</label>
      <select id={`filter-${name}`} name={name} defaultValue={params.get(name) ?? ''}>
        <option value="">{t('participation.list.any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function Participants() {
  const { meeting, group, may, rows, counts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const { locale } = useLocale();
  const day = dayFormatter(locale, meeting.timeZone);
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('participation.list.title', { meeting: meeting.title })}</h1>
      <ParticipationNav slug={meeting.slug} may={may} />
      <FormAlert
        error={result && !result.ok ? result.error : undefined}
        ok={result?.ok ? t('participation.decide.done') : undefined}
      />
      <p className="counts">
        {t('participation.list.counts', {
          inPerson: counts.byMode.in_person,
          remote: counts.byMode.remote,
          pending: counts.byStatus.pending,
        })}
      </p>
      {counts.byOrganisation.length > 0 && (
        <details className="by-organisation">
          <summary>{t('participation.list.byOrganisation')}</summary>
          <ul>
            {counts.byOrganisation.map((o) => (
              <li key={o.organisation}>
                {t('participation.attend.orgCount', { organisation: o.organisation, count: o.count })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Form method="get" className="filters participant-filters">
        <FilterSelect
          name="status"
          values={PARTICIPANT_STATUSES}
          label={(v) => t(`participation.status.${v as 'registered'}`)}
          title={t('participation.list.status')}
        />
        <FilterSelect
          name="mode"
          values={PARTICIPATION_MODES}
          label={(v) => t(`participation.mode.${v as 'remote'}`)}
          title={t('participation.list.mode')}
        />
        <FilterSelect
          name="delegation"
          values={DELEGATIONS}
          label={(v) => t(`participation.delegation.${v as 'academia'}`)}
          title={t('participation.f.delegation')}
        />
        <div className="field">
          <label htmlFor="filter-organisation">{t('participation.f.organisation')}</label>
          <input id="filter-organisation" name="organisation" defaultValue={params.get('organisation') ?? ''} />
        </div>
        <div>
          <button type="submit" className="secondary">
            {t('participation.list.filter')}
          </button>
        </div>
      </Form>
      <p>
        <a href={`/meetings/${meeting.slug}/participants.csv?${params.toString()}`} download>
          {t('participation.list.csv')}
        </a>
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('participation.list.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="list participants stacked">
            <thead>
              <tr>
                <th>{t('participation.list.name')}</th>
                <th>{t('participation.f.organisation')}</th>
                <th>{t('participation.f.delegation')}</th>
                <th>{t('participation.f.role')}</th>
                <th>{t('participation.list.mode')}</th>
                <th>{t('participation.list.needs')}</th>
                <th>{t('participation.list.status')}</th>
                <th>{t('participation.list.visa')}</th>
                {may.manage && <th>{t('participation.list.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <bdi>{r.name}</bdi>
                    <div className="muted small">{r.email}</div>
                  </td>
                  <td data-label={t('participation.f.organisation')}>{r.organisation}</td>
                  <td data-label={t('participation.f.delegation')}>{t(`participation.delegation.${r.delegation}`)}</td>
                  <td data-label={t('participation.f.role')}>{t(`participation.role.${r.role}`)}</td>
                  <td data-label={t('participation.list.mode')}>{t(`participation.mode.${r.mode}`)}</td>
                  <td data-label={t('participation.list.needs')}>
                    {r.needs.map((n) => t(`participation.need.${n}`)).join(', ')}
                    {r.needsNote && <div className="muted small">{r.needsNote}</div>}
                  </td>
                  <td data-label={t('participation.list.status')}>
                    {t(`participation.status.${r.status}`)}
                    <div className="muted small">{day(r.createdAt)}</div>
                  </td>
                  <td data-label={t('participation.list.visa')}>
                    {r.visaStatus ? t(`participation.visaStatus.${r.visaStatus}`) : ''}
                  </td>
                  {may.manage && (
                    <td data-label={t('participation.list.actions')}>
                      {r.status === 'pending' && <DecisionForm id={r.id} label={r.name} result={result} />}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
