import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import editorStyles from '~/features/collaboration/editor/editor.css';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Fragment } from 'react';
import { FormAlert, useSchemaForm } from '~/components/form';
import { LiaisonFields } from '~/features/liaisons/liaison-fields';
import { formatAddressees, formatContacts, liaisonFields } from '~/features/liaisons/liaison-input';
import { CollabEditor, SavedText, type PMJson } from '~/features/collaboration/editor/collab-editor';
import { Versions } from '~/features/collaboration/editor/versions';
import { versionsAction, versionsData } from '~/features/collaboration/collaboration.server';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { answerableIncoming } from '~/features/liaisons/lists.server';
import { answeredIncoming } from '~/features/liaisons/answers.server';
import { useT } from '~/platform/i18n-react';
import { getLiaison, outgoingExchange } from '~/features/liaisons/liaisons.server';
import { updateLiaison } from '~/features/liaisons/liaison-drafts.server';
import { transitionLiaison } from '~/features/liaisons/liaison-transitions.server';
import { translate } from '~/i18n';
import { inviteEditor, withdrawEditor } from '~/features/collaboration/editors.server';
import { EditorsPanel } from '~/features/collaboration/editors-panel';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: editorStyles }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && (() => data.ls.title));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  requireUser(context, request);
  return load(context, async () => {
    const d = await getLiaison(context.db, context.principal, params.id!);
    const versions = await versionsData(
      context.db,
      context.collab,
      d.name,
      new URL(request.url),
      d.ls.direction === 'out',
    );
    const answered =
      d.allowed.editFields && d.ls.direction === 'out' ? await answeredIncoming(context.db, d.ls.id) : [];
    const exchange = d.ls.direction === 'out' ? await outgoingExchange(context.db, context.principal, d.ls) : null;
    const incomingOptions = d.allowed.editFields
      ? await answerableIncoming(
          context.db,
          d.group.id,
          answered.map((a) => a.id),
        )
      : [];
    return json({
      ...d,
      ...versions,
      answered,
      exchange,
      incomingOptions,
      addresseesText: formatAddressees(d.ls.addressees),
      contactsText: formatContacts(d.ls.contacts),
      user: { id: context.user!.id, name: context.user!.name },
    });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal, user } = requireUser(context, request);
  return act(context, async () => {
    const posted = await readFormData(request);
    // The boxes of incoming statements answered are several values of one field.
    const form: Record<string, unknown> = {
      ...Object.fromEntries(posted),
      answersIncoming: posted.getAll('answersIncoming').map(String),
    };
    const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
      translate(context.locale, k, v);
    const d = await getLiaison(context.db, principal, params.id!);
    const done = await versionsAction(context.db, context.collab, {
      name: d.name,
      userId: user.id,
      form,
      allowed: d.allowed,
    });
    if (done) return json({ ok: true as const, message: t(done.key, { label: done.label }) });
    switch (form.intent) {
      case 'save':
        await updateLiaison(context.db, principal, params.id!, form);
        return json({ ok: true as const, message: t('liaison.saved') });
      case 'invite-editor': {
        const who = await inviteEditor(context.db, principal, d.name, form);
        return json({ ok: true as const, message: t('collab.editors.invited', { name: who.name }) });
      }
      case 'withdraw-editor':
        await withdrawEditor(context.db, principal, d.name, form);
        return json({ ok: true as const, message: t('collab.editors.withdrawn') });
      case 'transition': {
        const r = await transitionLiaison(context, principal, params.id!, String(form.to), Number(form.version));
        const to = String(form.to) as 'agreed' | 'draft' | 'approved' | 'sent';
        return json({ ok: true as const, message: t(`liaison.done.${to}`, { number: r.numberLabel ?? '' }) });
      }
    }
    return json({ ok: false as const, error: t('form.unknownAction'), fieldErrors: {} }, { status: 400 });
  });
}

export default function LiaisonPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { ls, meeting, group, allowed } = d;
  const form = useSchemaForm(liaisonFields, {
    result,
    id: `liaison-${ls.id}-${ls.version}`,
    defaultValue: {
      title: ls.title,
      addressees: d.addresseesText,
      replyDeadline: ls.replyDeadline ? ls.replyDeadline.slice(0, 10) : '',
      questions: ls.questions.join(', '),
      contacts: d.contactsText,
      answersIncoming: d.answered.map((a) => a.id),
    },
  });
  const next =
    ls.direction === 'out'
      ? (
          [
            // The workflow's next step first; reopening (a step back) last.
            ['agreed', allowed.agree],
            ['approved', allowed.approve],
            ['sent', allowed.send],
            ['draft', allowed.reopen],
          ] as const
        ).filter(([, ok]) => ok)
      : [];
  const purposes = ['action', 'comment', 'information'] as const;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}/liaisons`}>{t('liaison.list.title')}</Link>
      </nav>
      <h1>{ls.title}</h1>
      <p>
        <span className={`badge state-${ls.state}`}>{t(`liaison.state.${ls.state}`)}</span>{' '}
        <span className="muted">{ls.direction === 'out' ? t('liaison.outgoing') : t('liaison.incoming')}</span>
        {d.inReplyTo && (
          <>
            {' '}
            · {t('liaison.inReplyTo')}: <Link to={`/liaisons/${d.inReplyTo.id}`}>{d.inReplyTo.title}</Link>
          </>
        )}
      </p>
      {result && 'ok' in result && result.ok ? (
        <FormAlert ok={result.message} />
      ) : result && 'error' in result ? (
        <FormAlert error={result.error} />
      ) : null}
      {d.registered && (
        <p>
          {t('liaison.document')}{' '}
          <Link to={`/documents/${d.registered.id}`}>{d.registered.numberLabel ?? t('liaison.documentPage')}</Link>{' '}
          {t('liaison.documentHint')}
        </p>
      )}

      {d.exchange && <Exchange exchange={d.exchange} groupSlug={group.slug} />}

      {next.length > 0 && (
        <div className="actions">
          <p className="hint">{t(`liaison.next.${ls.state as 'draft' | 'agreed' | 'approved'}`)}</p>
          {next.map(([to]) => (
            <Form method="post" key={to} style={{ display: 'inline' }}>
              <input type="hidden" name="intent" value="transition" />
              <input type="hidden" name="to" value={to} />
              <input type="hidden" name="version" value={ls.version} />
              <button type="submit" className={to === 'draft' ? 'secondary' : undefined}>
                {t(`liaison.do.${to}`)}
              </button>{' '}
            </Form>
          ))}
        </div>
      )}

      {allowed.inviteEditors && <EditorsPanel editors={d.editors} result={result} />}

      <div className="liaison-layout">
        <section aria-labelledby="fields-h" className="card">
          <h2 id="fields-h">{t('liaison.details')}</h2>
          {allowed.editFields ? (
            <Form method="post" {...form.formProps}>
              <input type="hidden" name="intent" value="save" />
              <input type="hidden" name="version" value={ls.version} />
              <LiaisonFields fields={form.fields} direction="out" incomingOptions={d.incomingOptions} />
              <button type="submit">{t('liaison.save')}</button>
            </Form>
          ) : (
            <dl className="facts">
              {purposes.map((p) => (
                <Fragment key={p}>
                  <dt>{t(`liaison.purpose.${p}`)}</dt>
                  <dd>
                    {ls.addressees
                      .filter((a) => a.purpose === p)
                      .map((a) => a.name)
                      .join(', ') || '—'}
                  </dd>
                </Fragment>
              ))}
              <dt>{t('liaison.field.replyDeadline')}</dt>
              <dd>{ls.replyDeadline ? ls.replyDeadline.slice(0, 10) : '—'}</dd>
              <dt>{t('liaison.field.questions')}</dt>
              <dd>{ls.questions.join(', ') || '—'}</dd>
              <dt>{t('liaison.field.source')}</dt>
              <dd>{ls.source || '—'}</dd>
              <dt>{t('liaison.field.contacts')}</dt>
              <dd>{ls.contacts.map((c) => `${c.name} (${c.email})`).join('; ') || '—'}</dd>
            </dl>
          )}
          {allowed.answer && (
            <p>
              <Link className="button" to={`/meetings/${meeting.slug}/liaisons?reply=${ls.id}#new`}>
                {t('liaison.answer')}
              </Link>
            </p>
          )}
          {d.replies.length > 0 && (
            <>
              <h3>{t('liaison.replies')}</h3>
              <ul>
                {d.replies.map((r) => (
                  <li key={r.id}>
                    <Link to={`/liaisons/${r.id}`}>{r.title}</Link> ({t(`liaison.state.${r.state}`)})
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="body-h">
          <h2 id="body-h">{ls.direction === 'out' ? t('liaison.field.body.out') : t('liaison.field.body')}</h2>
          {ls.direction === 'out' ? (
            <CollabEditor
              key={d.name + String(allowed.editBody)}
              name={d.name}
              user={d.user}
              canEdit={allowed.editBody}
              label={t('collab.editorLabel')}
              fallback={<SavedText content={d.content as PMJson | null} text={d.text} />}
            />
          ) : (
            <pre className="saved-text">{ls.body}</pre>
          )}
        </section>
      </div>
      {ls.direction === 'out' && (
        <Versions
          snapshots={d.snapshots}
          diff={d.diff}
          canSave={allowed.snapshot}
          canRestore={allowed.restore}
          from={d.from}
          to={d.to}
        />
      )}
    </>
  );
}

type ExchangeData = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['exchange']>;

/** The incoming statements it answers, the statements answering it, and the threads it belongs to (what there is). */
function Exchange({ exchange, groupSlug }: { exchange: ExchangeData; groupSlug: string }) {
  const t = useT();
  const linkTo = (s: ExchangeData['answeredBy'][number]) => (
    <Link to={s.kind === 'in' ? `/liaisons/incoming/${s.id}` : `/liaisons/${s.id}`}>
      {s.sender ? `${s.sender}: ${s.title}` : s.title}
    </Link>
  );
  const threads = exchange.threadWith.map((o) => ({
    id: o,
    link: (
      <Link to={`/groups/${groupSlug}/liaisons/thread?with=${encodeURIComponent(o)}`}>
        {t('liaisons.thread.with', { organisation: o })}
      </Link>
    ),
  }));
  const rows = [
    { label: t('liaison.inReplyTo'), items: exchange.inReplyTo.map((s) => ({ id: s.id, link: linkTo(s) })) },
    { label: t('liaisons.field.answeredBy'), items: exchange.answeredBy.map((s) => ({ id: s.id, link: linkTo(s) })) },
    { label: t('liaisons.thread.link'), items: threads },
  ].filter((r) => r.items.length > 0);
  if (!rows.length) return null;
  return (
    <dl className="facts liaison-exchange">
      {rows.map((r) => (
        <Fragment key={r.label}>
          <dt>{r.label}</dt>
          <dd>
            <ul className="plain" aria-label={r.label}>
              {r.items.map((i) => (
                <li key={i.id}>{i.link}</li>
              ))}
            </ul>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
