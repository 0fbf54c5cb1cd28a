import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert, useSchemaForm } from '~/components/form';
import { reminderFields } from '~/features/liaisons/incoming-input';
import { listGroupIncoming } from '~/features/liaisons/lists.server';
import { STATE_FILTERS } from '~/features/liaisons/state';
import { reminderDays, setReminderDays } from '~/features/liaisons/reminders.server';
import { FILTER_LABEL, IncomingState } from '~/features/liaisons/incoming-parts';
import { act, formData, load, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { formatDate } from '~/platform/format';
import { translate } from '~/i18n';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('liaisons.list.title', { group: data.group.code })));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const state = new URL(request.url).searchParams.get('state');
    const list = await listGroupIncoming(context.db, principal, params.slug!, state);
    const days = list.canRegister ? (await reminderDays(context.db, [list.group.id])).get(list.group.id)! : [];
    return json({ ...list, reminderDays: days.join(', ') });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    const days = await setReminderDays(context.db, principal, params.slug!, form);
    return json({
      ok: true as const,
      message: translate(context.locale, 'liaisons.reminders.saved', { days: days.join(', ') }),
    });
  });
}

export default function GroupLiaisons() {
  const { group, state, statements, canRegister, reminderDays } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale } = useLocale();
  const settings = useSchemaForm(reminderFields, { result, id: 'reminder-days', defaultValue: { days: reminderDays } });
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link>
      </nav>
      <h1>{t('liaisons.list.title', { group: group.code })}</h1>
      <p className="actions">
        {canRegister && (
          <Link className="button" to={`/groups/${group.slug}/liaisons/new`}>
            {t('liaisons.register')}
          </Link>
        )}{' '}
        <Link to={`/groups/${group.slug}/liaisons/thread`}>{t('liaisons.thread.link')}</Link>
      </p>
      <Form method="get" className="filters">
        <label htmlFor="state">{t('liaisons.filter.state')}</label>{' '}
        <select id="state" name="state" defaultValue={state}>
          {STATE_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(FILTER_LABEL[s])}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="secondary">
          {t('liaisons.filter.apply')}
        </button>
      </Form>
      {statements.length ? (
        <table className="incoming-list">
          <thead>
            <tr>
              <th scope="col">{t('liaisons.field.title')}</th>
              <th scope="col">{t('liaisons.field.sender')}</th>
              <th scope="col">{t('liaisons.field.replyDeadline')}</th>
              <th scope="col">{t('liaisons.field.state')}</th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => (
              <tr key={s.id} className={s.overdue ? 'overdue' : undefined}>
                <td>
                  <Link to={`/liaisons/incoming/${s.id}`}>{s.title}</Link>
                  {s.reference && <span className="muted"> ({s.reference})</span>}
                  {s.purposes.map((p) => (
                    <span key={p} className="badge">
                      {t(`liaison.purpose.${p}`)}
                    </span>
                  ))}
                </td>
                <td>{[s.senderOrganisation, s.senderGroup].filter(Boolean).join(' ')}</td>
                <td>
                  {s.replyDeadline ? formatDate(s.replyDeadline, locale) : '—'}
                  {s.overdue && <strong className="badge overdue-badge"> {t('liaisons.overdue')}</strong>}
                </td>
                <td>
                  <IncomingState state={s.state} />
                  {s.assignedGroup && <span className="muted"> · {s.assignedGroup}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('liaisons.list.none')}</p>
      )}
      {canRegister && (
        <section className="card" aria-labelledby="reminders-h">
          <h2 id="reminders-h">{t('liaisons.reminders.title')}</h2>
          <FormAlert
            error={result && !result.ok ? result.error : undefined}
            ok={result && result.ok ? result.message : undefined}
          />
          <Form method="post" {...settings.formProps}>
            <Field
              label={t('liaisons.reminders.days')}
              field={settings.fields.days}
              hint={t('liaisons.reminders.hint')}
            />
            <button type="submit">{t('liaisons.reminders.save')}</button>
          </Form>
        </section>
      )}
    </>
  );
}
