import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '~/components/form';
import { attendPage } from '~/features/participation/pages.server';
import { ParticipationNav } from '~/features/participation/participation-nav';
import { RegistrationForm } from '~/features/participation/registration-form';
import { cancelRegistration, registerForMeeting } from '~/features/participation/registration.server';
import type { MessageKey } from '~/i18n';
import { formatInstant } from '~/platform/format';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('participation.attend.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal, user } = requireUser(context, request);
  return load(context, async () =>
    json({ ...(await attendPage(context.db, principal, params.slug!)), organisation: user.organisation }),
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    if (form.get('intent') === 'cancel') {
      await cancelRegistration(context, principal, params.slug!);
      return json({ ok: true as const, done: 'cancelled' as const });
    }
    const p = await registerForMeeting(context.db, principal, params.slug!, form);
    return json({ ok: true as const, done: p.status });
  });
}

export default function Attend() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale } = useLocale();
  const { meeting, group, own, closed, deadlines } = data;
  const p = own?.participant;
  const active = p && (p.status === 'registered' || p.status === 'pending');
  const at = (d: string) => formatInstant(d, locale, meeting.timeZone, { withZone: true });
  const done = result?.ok ? result.done : null;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('participation.attend.title', { meeting: meeting.title })}</h1>
      <ParticipationNav slug={meeting.slug} may={data.may} />
      {done && (
        <FormAlert
          ok={t(
            done === 'cancelled'
              ? 'participation.attend.cancelled'
              : done === 'pending'
                ? 'participation.attend.pendingDone'
                : 'participation.attend.done',
          )}
        />
      )}
      {p && (
        <section className="card" aria-labelledby="my-registration">
          <h2 id="my-registration">
            {t('participation.attend.yourStatus', { status: t(`participation.status.${p.status}`) })}
          </h2>
          <p>{t('participation.attend.asMode', { mode: t(`participation.mode.${p.mode}`) })}</p>
          {p.reason && <p>{t('participation.attend.reason', { reason: p.reason })}</p>}
          {data.remoteLink && p.status === 'registered' && p.mode === 'remote' && (
            <p>
              {t('participation.attend.remoteLink')}: <a href={data.remoteLink}>{data.remoteLink}</a>
            </p>
          )}
          {active && (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <button type="submit" className="secondary">
                {t('participation.attend.cancel')}
              </button>
            </Form>
          )}
        </section>
      )}
      {p?.status === 'registered' && p.mode === 'in_person' && (
        <section aria-labelledby="visa">
          <h2 id="visa">{t('participation.visa.section')}</h2>
          {own?.visa ? (
            <p>
              {t('participation.visa.status', { status: t(`participation.visaStatus.${own.visa.status}`) })}{' '}
              <Link to={`/meetings/${meeting.slug}/visa`}>{t('participation.visa.section')}</Link>
            </p>
          ) : data.visaOpen ? (
            <p>
              <Link to={`/meetings/${meeting.slug}/visa`} className="button small">
                {t('participation.visa.ask')}
              </Link>
              {deadlines.visa && <> {t('participation.visa.deadline', { deadline: at(deadlines.visa) })}</>}
            </p>
          ) : (
            <p className="muted">{t('participation.visa.error.deadline')}</p>
          )}
        </section>
      )}
      {!active &&
        (closed ? (
          <p className="alert info">{t(closed as MessageKey)}</p>
        ) : (
          <>
            {data.afterDeadline ? (
              <p className="alert info">{t('participation.attend.afterDeadline')}</p>
            ) : (
              deadlines.preregistration && (
                <p>{t('participation.attend.deadline', { deadline: at(deadlines.preregistration) })}</p>
              )
            )}
            <RegistrationForm
              modes={data.modes}
              organisation={data.organisation}
              result={result && !result.ok ? result : undefined}
            />
          </>
        ))}
      {data.organisations && (
        <section aria-labelledby="organisations">
          <h2 id="organisations">{t('participation.attend.organisations')}</h2>
          {data.organisations.length ? (
            <ul>
              {data.organisations.map((o) => (
                <li key={o.organisation}>
                  {t('participation.attend.orgCount', { organisation: o.organisation, count: o.count })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('participation.attend.noOrganisations')}</p>
          )}
        </section>
      )}
    </>
  );
}
