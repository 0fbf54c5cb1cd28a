import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Field, FormAlert, SelectField, useSchemaForm } from '~/components/form';
import { When } from '~/components/when';
import { DocLabel } from '~/features/registration/numbering';
import { fullLabel } from '~/features/registration/numbering.server';
import { memberReserveForm } from '~/features/registration/reserve-input';
import { reservationPage, reserveForMember } from '~/features/registration/member-reservations.server';
import { translate } from '~/i18n';
import { DomainError } from '~/platform/errors';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('reservations.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal, user } = requireUser(context, request);
  return load(context, async () => {
    const page = await reservationPage(context.db, principal, params.slug!);
    return json({ ...page, organisation: user.organisation });
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    const posted = Object.fromEntries([...form].filter((e): e is [string, string] => typeof e[1] === 'string'));
    const row = await reserveForMember(context.db, principal, params.slug!, posted).catch((err: unknown) => {
      // A refused form shows again what was typed, also without JavaScript.
      if (err instanceof DomainError) err.posted ??= posted;
      throw err;
    });
    return json({
      ok: true as const,
      message: translate(context.locale, 'reservations.reservedOk', { number: fullLabel(row) ?? '' }),
      done: row.id,
    });
  });
}

export default function ReserveNumber() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === 'submitting';
  const { meeting, group } = data;
  const { fields, formProps, refusal } = useSchemaForm(memberReserveForm, {
    result,
    // A new form after each number reserved: the next one starts empty.
    id: result?.ok ? `reserve-${result.done}` : 'reserve',
    defaultValue: { type: meeting.documentTypes[0], source: data.organisation },
  });
  const full = !data.staff && data.open >= data.cap;
  // A refused form stays, with its reason and what was typed, even when the refusal closed it (deadline, cap).
  const refused = !!result && !result.ok;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('reservations.title', { meeting: meeting.title })}</h1>
      <p className="lead">{t('reservations.intro')}</p>
      <dl className="facts">
        <dt>{t('reservations.closes')}</dt>
        <dd>
          {data.deadline ? (
            <When instant={data.deadline} meetingZone={meeting.timeZone} />
          ) : (
            t('reservations.noDeadline')
          )}
        </dd>
        <dt>{t('reservations.filesDue')}</dt>
        <dd>
          {data.contributionsDeadline ? (
            <When instant={data.contributionsDeadline} meetingZone={meeting.timeZone} />
          ) : (
            t('reservations.noDeadline')
          )}
        </dd>
        <dt>{t('reservations.cap')}</dt>
        <dd>{t('reservations.capValue', { cap: data.cap, open: data.open })}</dd>
      </dl>

      <h2 id="mine">{t('reservations.mine')}</h2>
      {data.mine.length === 0 ? (
        <p className="muted">{t('reservations.none')}</p>
      ) : (
        <table className="list reservations" aria-labelledby="mine">
          <thead>
            <tr>
              <th scope="col">{t('reservations.number')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('reservations.upload')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.mine.map((r) => (
              <tr key={r.id} className={r.id === (result?.ok ? result.done : '') ? 'highlight' : undefined}>
                <td>
                  <Link to={`/documents/${r.id}`}>
                    <DocLabel label={r.label} title={r.title} />
                  </Link>
                  <div className="muted small">
                    {t(`numbering.type.${r.type}`)} — {r.source}
                  </div>
                  <div>
                    <span className="visually-hidden">{t('reservations.state')}: </span>
                    {r.state === 'reserved' ? (
                      <span className="badge warn">{t('reservations.waiting')}</span>
                    ) : r.expiredAt ? (
                      <span className="badge neutral">{t('reservations.notSubmitted')}</span>
                    ) : (
                      <span className="badge ok">{t('submissions.state.registered')}</span>
                    )}
                  </div>
                </td>
                <td className="upload">
                  {r.state === 'reserved' && (
                    <Link
                      to={`/documents/${r.id}#workflow-fill`}
                      className="button small"
                      aria-label={t('reservations.uploadFor', { number: r.label ?? '' })}
                    >
                      {t('reservations.upload')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="reserve-heading">{t('reservations.new')}</h2>
      {!data.reservationOpen && !refused ? (
        <p className="alert error" role="alert">
          {t('reservations.deadlinePassed')}
        </p>
      ) : full && !refused ? (
        <p className="alert warn" role="note">
          {t('reservations.capReached', { cap: data.cap })}
        </p>
      ) : (
        <Form method="post" className="form card" aria-labelledby="reserve-heading" {...formProps}>
          <FormAlert error={refusal?.error} ok={result?.ok ? result.message : undefined} />
          <SelectField label={t('registration.type')} field={fields.type}>
            {meeting.documentTypes.map((ty) => (
              <option key={ty} value={ty}>
                {t(`numbering.type.${ty}` as never)}
              </option>
            ))}
          </SelectField>
          <Field label={t('reservations.formTitle')} field={fields.title} required maxLength={500} />
          <Field
            label={t('reservations.source')}
            hint={t('reservations.sourceHint')}
            field={fields.source}
            required
            maxLength={500}
          />
          <div>
            <button type="submit" disabled={busy}>
              {t('reservations.submit')}
            </button>
          </div>
        </Form>
      )}
      {(!data.reservationOpen || full) && result?.ok && <FormAlert ok={result.message} />}
    </>
  );
}
