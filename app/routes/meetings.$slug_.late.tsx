import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert, useSchemaForm } from '~/components/form';
import { When } from '~/components/when';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { formatInstant } from '~/platform/format';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import {
  addLateSubmitter,
  lateListPage,
  lateSubmitterInput,
  removeLateSubmitter,
} from '~/features/meetings/late-submitters.server';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('deadlines.late.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await lateListPage(context.db, principal, params.slug!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    const remove = form.get('remove');
    if (remove) {
      const removed = await removeLateSubmitter(context.db, principal, params.slug!, String(remove));
      return json({ ok: true as const, removed: removed?.name ?? null, added: null });
    }
    const added = await addLateSubmitter(context.db, principal, params.slug!, form);
    const { meeting } = await lateListPage(context.db, principal, params.slug!);
    return json({
      ok: true as const,
      removed: null,
      added: {
        name: added.name,
        until: formatInstant(added.until.toISOString(), context.locale, meeting.timeZone, { withZone: true }),
      },
    });
  });
}

export default function LateSubmitters() {
  const { meeting, group, people } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(lateSubmitterInput, {
    result,
    id: 'late-submitter',
    defaultValue: { email: '', untilDate: '', untilTime: '' },
  });
  const done =
    result && result.ok
      ? result.added
        ? t('deadlines.late.added', result.added)
        : result.removed
          ? t('deadlines.late.removed', { name: result.removed })
          : undefined
      : undefined;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}/edit`}>{t('meeting.nav.edit')}</Link>
      </nav>
      <h1>{t('deadlines.late.title', { meeting: meeting.title })}</h1>
      <p className="lead">{t('deadlines.late.lead', { zone: meeting.timeZone })}</p>
      {people.length === 0 ? (
        <p className="muted">{t('deadlines.late.none')}</p>
      ) : (
        <table className="list late-submitters">
          <thead>
            <tr>
              <th scope="col">{t('deadlines.late.person')}</th>
              <th scope="col">{t('deadlines.late.until')}</th>
              <th scope="col" aria-label={t('deadlines.late.remove')} />
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.userId}>
                <td data-label={t('deadlines.late.person')}>
                  {p.name} <span className="muted">&lt;{p.email}&gt;</span>
                  {p.organisation && <span className="muted"> · {p.organisation}</span>}
                </td>
                <td data-label={t('deadlines.late.until')}>
                  <When instant={p.until} meetingZone={meeting.timeZone} />
                </td>
                <td>
                  <Form method="post">
                    <button type="submit" name="remove" value={p.userId} className="secondary small">
                      {t('deadlines.late.remove')}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('deadlines.late.add')}</h2>
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} ok={done} />
        <Field label={t('deadlines.late.email')} field={fields.email} type="email" required />
        <div className="two">
          <Field label={t('deadlines.late.untilDate')} field={fields.untilDate} type="date" required />
          <Field label={t('deadlines.late.untilTime')} field={fields.untilTime} type="time" />
        </div>
        <div>
          <button type="submit">{t('deadlines.late.add')}</button>
        </div>
      </Form>
    </>
  );
}
