import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert, SelectField, TextAreaField, useSchemaForm } from '~/components/form';
import { assignFields, noActionFields } from '~/features/liaisons/incoming-input';
import { assignIncoming, closeNoAction, getIncoming, markReplyDrafted } from '~/features/liaisons/incoming.server';
import { replyMeetings } from '~/features/liaisons/lists.server';
import { isOverdue, isOpen } from '~/features/liaisons/state';
import { utcDate } from '~/features/meetings/deadlines';
import { EVENT_LABEL, IncomingState, STATE_LABEL } from '~/features/liaisons/incoming-parts';
import { act, formData, load, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { formatDate, formatInstant } from '~/platform/format';
import { translate } from '~/i18n';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && (() => data.ls.title));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const d = await getIncoming(context.db, principal, params.id!);
    const meetings =
      d.allowed.manage && isOpen(d.ls.state)
        ? await replyMeetings(
            context.db,
            principal,
            d.addressees.map((a) => a.group.id),
          )
        : [];
    return json({ ...d, meetings, overdue: isOverdue(d.ls, utcDate(new Date())) });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    const done = (key: 'liaisons.done.assign' | 'liaisons.done.draft' | 'liaisons.done.no_action') =>
      json({ ok: true as const, message: translate(context.locale, key) });
    switch (form.intent) {
      case 'assign':
        await assignIncoming(context.db, principal, params.id!, form);
        return done('liaisons.done.assign');
      case 'draft':
        await markReplyDrafted(context.db, principal, params.id!, form);
        return done('liaisons.done.draft');
      case 'no_action':
        await closeNoAction(context.db, principal, params.id!, form);
        return done('liaisons.done.no_action');
    }
    return json(
      { ok: false as const, error: translate(context.locale, 'form.unknownAction'), fieldErrors: {} },
      { status: 400 },
    );
  });
}

export default function IncomingPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale } = useLocale();
  const { ls, allowed } = d;
  const open = isOpen(ls.state);
  const assign = useSchemaForm(assignFields, {
    result,
    id: `assign-${ls.version}`,
    defaultValue: {
      assignedGroupId: ls.assignedGroupId ?? '',
      responsible: d.responsible ? (d.responsible.hasAccount ? d.responsible.email : d.responsible.name) : '',
    },
  });
  const noAction = useSchemaForm(noActionFields, { result, id: `no-action-${ls.version}` });
  const first = d.addressees[0]?.group;
  const describe = (s: { kind: 'in' | 'out'; id: string; title: string }) => (
    <Link to={s.kind === 'in' ? `/liaisons/incoming/${s.id}` : `/liaisons/${s.id}`}>
      {s.kind === 'in' ? t('liaisons.kind.in') : t('liaisons.kind.out')}: {s.title}
    </Link>
  );
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        {first && (
          <>
            <Link to={`/groups/${first.slug}`}>{first.code}</Link> /{' '}
            <Link to={`/groups/${first.slug}/liaisons`}>{t('liaisons.list.title', { group: first.code })}</Link>
          </>
        )}
      </nav>
      <h1>{ls.title}</h1>
      <p>
        <IncomingState state={ls.state} />{' '}
        {d.overdue && <strong className="badge overdue-badge">{t('liaisons.overdue')}</strong>}
      </p>
      <FormAlert
        error={result && !result.ok ? result.error : undefined}
        ok={result && result.ok ? result.message : undefined}
      />
      <dl className="facts">
        <dt>{t('liaisons.field.sender')}</dt>
        <dd>
          {[ls.senderOrganisation, ls.senderGroup].filter(Boolean).join(' ')}{' '}
          {first && (
            <Link to={`/groups/${first.slug}/liaisons/thread?with=${encodeURIComponent(ls.senderOrganisation)}`}>
              {t('liaisons.thread.with', { organisation: ls.senderOrganisation })}
            </Link>
          )}
        </dd>
        <dt>{t('liaisons.field.reference')}</dt>
        <dd>{ls.reference || '—'}</dd>
        <dt>{t('liaisons.field.receivedOn')}</dt>
        <dd>{formatDate(ls.receivedOn, locale)}</dd>
        <dt>{t('liaisons.field.replyDeadline')}</dt>
        <dd>{ls.replyDeadline ? formatDate(ls.replyDeadline, locale) : '—'}</dd>
        <dt>{t('liaisons.field.addressees')}</dt>
        <dd>
          <ul className="plain">
            {d.addressees.map((a) => (
              <li key={a.group.id}>
                <Link to={`/groups/${a.group.slug}/liaisons`}>{a.group.code}</Link> —{' '}
                {t(`liaison.purpose.${a.purpose}`)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('liaisons.field.assigned')}</dt>
        <dd>
          {d.assignedGroup ? d.assignedGroup.code : '—'}
          {d.responsible && (
            <>
              {' · '}
              {d.responsible.name}
              {d.responsible.email ? ` <${d.responsible.email}>` : ` (${t('liaisons.noAddress')})`}
            </>
          )}
        </dd>
        {ls.noActionReason && (
          <>
            <dt>{t('liaisons.field.reason')}</dt>
            <dd>{ls.noActionReason}</dd>
          </>
        )}
        <dt>{t('liaisons.field.files')}</dt>
        <dd>
          {d.files.length ? (
            <ul className="plain">
              {d.files.map((f) => (
                <li key={f.id}>
                  <a href={`/liaisons/incoming/${ls.id}/files/${f.id}`}>{f.filename}</a>
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('liaisons.field.answers')}</dt>
        <dd>
          {d.answers.length ? (
            <ul className="plain">
              {d.answers.map((s) => (
                <li key={s.id}>{describe(s)}</li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('liaisons.field.answeredBy')}</dt>
        <dd>
          {d.answeredBy.length ? (
            <ul className="plain" aria-label={t('liaisons.field.answeredBy')}>
              {d.answeredBy.map((s) => (
                <li key={s.id}>
                  {describe(s)} (
                  {s.kind === 'out' ? t(`liaison.state.${s.state as 'draft'}`) : t(STATE_LABEL[s.state as 'new'])})
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      {ls.summary && (
        <section aria-labelledby="summary-h">
          <h2 id="summary-h">{t('liaisons.field.summary')}</h2>
          <pre className="saved-text">{ls.summary}</pre>
        </section>
      )}

      {open && allowed.manage && (
        <section className="card" aria-labelledby="assign-h">
          <h2 id="assign-h">{t('liaisons.assign.title')}</h2>
          <Form method="post" {...assign.formProps}>
            <input type="hidden" name="intent" value="assign" />
            <input type="hidden" name="version" value={ls.version} />
            <SelectField label={t('liaisons.field.assignedGroup')} field={assign.fields.assignedGroupId}>
              <option value="">{t('liaisons.assign.choose')}</option>
              {d.assignable.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.code} — {g.name}
                </option>
              ))}
            </SelectField>
            <Field
              label={t('liaisons.field.responsible')}
              field={assign.fields.responsible}
              hint={t('liaisons.field.responsibleHint')}
            />
            <button type="submit">{t('liaisons.do.assign')}</button>
          </Form>
        </section>
      )}
      {open && allowed.manage && d.meetings.length > 0 && (
        <section className="card" aria-labelledby="reply-h">
          <h2 id="reply-h">{t('liaisons.reply.title')}</h2>
          <ul className="plain">
            {d.meetings.map((m) => (
              <li key={m.slug}>
                <Link to={`/meetings/${m.slug}/liaisons?answers=${ls.id}#new`}>
                  {t('liaisons.reply.at', { meeting: m.title })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {ls.state === 'assigned' && allowed.markDrafted && (
        <Form method="post" className="actions">
          <input type="hidden" name="intent" value="draft" />
          <input type="hidden" name="version" value={ls.version} />
          <button type="submit">{t('liaisons.do.draft')}</button>
        </Form>
      )}
      {open && allowed.manage && (
        <section className="card" aria-labelledby="noaction-h">
          <h2 id="noaction-h">{t('liaisons.noAction.title')}</h2>
          <Form method="post" {...noAction.formProps}>
            <input type="hidden" name="intent" value="no_action" />
            <input type="hidden" name="version" value={ls.version} />
            <TextAreaField label={t('liaisons.field.reason')} field={noAction.fields.reason} rows={2} />
            <button type="submit" className="secondary">
              {t('liaisons.do.no_action')}
            </button>
          </Form>
        </section>
      )}
      {d.reminders.length > 0 && (
        <section aria-labelledby="reminders-h">
          <h2 id="reminders-h">{t('liaisons.reminders.sent')}</h2>
          <ul className="plain">
            {d.reminders.map((r) => (
              <li key={r.id} className={r.status === 'skipped' ? 'alert warning' : undefined}>
                {formatInstant(r.at, locale, 'UTC')} — {t('liaisons.reminders.threshold', { days: r.thresholdDays })} —{' '}
                {r.recipientName}{' '}
                {r.status === 'sent'
                  ? `<${r.email}>`
                  : t(
                      r.reason === 'nobody'
                        ? 'liaisons.reminders.skipped.nobody'
                        : 'liaisons.reminders.skipped.noAddress',
                    )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {d.history.length > 0 && (
        <details>
          <summary>{t('liaisons.history')}</summary>
          <ul className="plain">
            {d.history.map((e, i) => (
              <li key={i}>
                {formatInstant(e.at, locale, 'UTC')} — {e.actorName ?? '—'} —{' '}
                {EVENT_LABEL[e.action] ? t(EVENT_LABEL[e.action]) : e.action}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
