import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert, useSchemaForm } from '~/components/form';
import { visaPage } from '~/features/participation/pages.server';
import { visaInput } from '~/features/participation/participation-input';
import { requestVisaLetter } from '~/features/participation/visa.server';
import { formatDate, formatInstant } from '~/platform/format';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('participation.visa.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await visaPage(context.db, principal, params.slug!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    await requestVisaLetter(context.db, principal, params.slug!, await readFormData(request));
    return json({ ok: true as const });
  });
}

const FIELDS = [
  'nameInPassport',
  'nationality',
  'passportNumber',
  'birthDate',
  'stayFrom',
  'stayTo',
  'consulate',
] as const;
const DATES = new Set(['birthDate', 'stayFrom', 'stayTo']);

export default function Visa() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale } = useLocale();
  const { meeting, group, own, passport } = data;
  const visa = own?.visa;
  const { fields, formProps, refusal } = useSchemaForm(visaInput, {
    result: result && !result.ok ? result : undefined,
    id: 'visa',
    defaultValue: { stayFrom: meeting.startsOn, stayTo: meeting.endsOn },
  });
  const inPerson = own?.participant.status === 'registered' && own.participant.mode === 'in_person';
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}/attend`}>{t('participation.nav.attend')}</Link>
      </nav>
      <h1>{t('participation.visa.title', { meeting: meeting.title })}</h1>
      {result?.ok && <FormAlert ok={t('participation.visa.sent')} />}
      {visa ? (
        <section className="card" aria-labelledby="request">
          <h2 id="request">
            {t('participation.visa.status', { status: t(`participation.visaStatus.${visa.status}`) })}
          </h2>
          {visa.reason && <p>{t('participation.attend.reason', { reason: visa.reason })}</p>}
          {passport ? (
            <dl className="facts">
              {FIELDS.map((f) => (
                <div key={f}>
                  <dt>{t(`participation.visa.f.${f}`)}</dt>
                  <dd>{DATES.has(f) ? formatDate(passport[f], locale) : <bdi>{passport[f]}</bdi>}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">{t('participation.visa.purged')}</p>
          )}
          {visa.status === 'approved' && passport && (
            <p>
              {t('participation.visa.download')}:{' '}
              <a href={`/meetings/${meeting.slug}/visa-letter/${visa.id}/docx`} download dir="ltr">
                .docx
              </a>{' '}
              ·{' '}
              <a href={`/meetings/${meeting.slug}/visa-letter/${visa.id}/pdf`} download dir="ltr">
                PDF
              </a>
            </p>
          )}
        </section>
      ) : !inPerson ? (
        <p className="alert info">{t('participation.visa.onlyInPerson')}</p>
      ) : !data.visaOpen ? (
        <p className="alert info">{t('participation.visa.error.deadline')}</p>
      ) : (
        <>
          <p>{t('participation.visa.intro', { days: data.retentionDays })}</p>
          {data.deadlines.visa && (
            <p>
              {t('participation.visa.deadline', {
                deadline: formatInstant(data.deadlines.visa, locale, meeting.timeZone, { withZone: true }),
              })}
            </p>
          )}
          <Form method="post" className="form card" {...formProps}>
            <FormAlert error={refusal?.error} />
            {FIELDS.map((f) => (
              <Field
                key={f}
                label={t(`participation.visa.f.${f}`)}
                field={fields[f]}
                type={DATES.has(f) ? 'date' : 'text'}
                autoComplete="off"
                required
              />
            ))}
            <div>
              <button type="submit">{t('participation.visa.send')}</button>
            </div>
          </Form>
        </>
      )}
    </>
  );
}
