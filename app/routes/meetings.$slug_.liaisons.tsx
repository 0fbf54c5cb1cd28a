import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import editorStyles from '~/features/collaboration/editor/editor.css';
import { json, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert } from '~/components/form';
import { act, formData, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { createLiaison, listLiaisons, registerIncoming } from '~/features/collaboration/liaisons.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: editorStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.meeting.title}: liaison statements — Plenary` : 'Plenary' },
];

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  requireUser(context, request);
  return load(context, async () => json(await listLiaisons(context.db, context.principal, params.slug!)));
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    if (form.intent === 'incoming') {
      const ls = await registerIncoming(context, principal, params.slug!, form);
      return redirect(`/liaisons/${ls.id}`);
    }
    const ls = await createLiaison(context.db, principal, params.slug!, form);
    return redirect(`/liaisons/${ls.id}`);
  });
}

export default function MeetingLiaisons() {
  const { meeting, group, outgoing, incoming, allowed, canRead } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const reply = params.get('reply') ?? '';
  const replyTo = incoming.find((i) => i.id === reply);
  const t = useT();
  const fe = (result && 'fieldErrors' in result ? result.fieldErrors : {}) as Record<string, string>;
  const row = (l: (typeof outgoing)[number]) => (
    <li key={l.id}>
      {l.numberLabel && (
        <>
          <span className="doc-number">{l.numberLabel}</span>{' '}
        </>
      )}
      <Link to={`/liaisons/${l.id}`}>{l.title}</Link>{' '}
      <span className={`badge state-${l.state}`}>{t(`liaison.state.${l.state}`)}</span>
      {l.source && l.direction === 'in' && <span className="muted"> — {l.source}</span>}
      {l.replyDeadline && (
        <span className="muted">
          {' '}
          · {t('liaison.field.replyDeadline')}: {l.replyDeadline.slice(0, 10)}
        </span>
      )}
    </li>
  );
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('liaison.list.title')}</h1>
      {!canRead && <p className="alert info">{t('liaison.noAccess')}</p>}
      {result && 'error' in result && <FormAlert error={result.error} />}
      <h2>{t('liaison.outgoing')}</h2>
      {outgoing.length ? (
        <ul className="liaison-list">{outgoing.map(row)}</ul>
      ) : (
        <p className="muted">{t('liaison.none.out')}</p>
      )}
      <h2>{t('liaison.incoming')}</h2>
      {incoming.length ? (
        <ul className="liaison-list">{incoming.map(row)}</ul>
      ) : (
        <p className="muted">{t('liaison.none.in')}</p>
      )}
      {allowed.create && (
        <section className="card" id="new" aria-labelledby="new-h">
          <h2 id="new-h">{t('liaison.new')}</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="create" />
            {replyTo && (
              <p>
                {t('liaison.inReplyTo')}: <strong>{replyTo.title}</strong>
                <input type="hidden" name="inReplyToId" value={replyTo.id} />
              </p>
            )}
            <div className="field">
              <label htmlFor="title">{t('liaison.field.title')}</label>
              <input
                id="title"
                name="title"
                required
                defaultValue={replyTo ? `Reply to: ${replyTo.title}` : ''}
                aria-invalid={fe.title ? true : undefined}
              />
              {fe.title && <span className="field-error">{fe.title}</span>}
            </div>
            <div className="field">
              <label htmlFor="addressees">{t('liaison.field.addressees')}</label>
              <textarea
                id="addressees"
                name="addressees"
                rows={3}
                defaultValue={replyTo ? `${replyTo.source} | | information` : ''}
                aria-describedby="addressees-hint"
              />
              <span id="addressees-hint" className="hint">
                {t('liaison.field.addresseesHint')}
              </span>
              {Object.keys(fe)
                .filter((k) => k.startsWith('addressees'))
                .map((k) => (
                  <span key={k} className="field-error">
                    {fe[k]}
                  </span>
                ))}
            </div>
            <div className="field">
              <label htmlFor="replyDeadline">{t('liaison.field.replyDeadline')}</label>
              <input
                id="replyDeadline"
                name="replyDeadline"
                type="date"
                aria-describedby="deadline-hint"
                aria-invalid={fe.replyDeadline ? true : undefined}
              />
              <span id="deadline-hint" className="hint">
                {t('liaison.field.replyDeadlineHint')}
              </span>
              {fe.replyDeadline && <span className="field-error">{fe.replyDeadline}</span>}
            </div>
            <div className="field">
              <label htmlFor="questions">{t('liaison.field.questions')}</label>
              <input id="questions" name="questions" aria-describedby="questions-hint" />
              <span id="questions-hint" className="hint">
                {t('liaison.field.questionsHint')}
              </span>
            </div>
            <div className="field">
              <label htmlFor="contacts">{t('liaison.field.contacts')}</label>
              <textarea id="contacts" name="contacts" rows={2} aria-describedby="contacts-hint" />
              <span id="contacts-hint" className="hint">
                {t('liaison.field.contactsHint')}
              </span>
              {Object.keys(fe)
                .filter((k) => k.startsWith('contacts'))
                .map((k) => (
                  <span key={k} className="field-error">
                    {fe[k]}
                  </span>
                ))}
            </div>
            <button type="submit">{t('liaison.create')}</button>
          </Form>
        </section>
      )}
      {allowed.register && (
        <section className="card" aria-labelledby="in-h">
          <h2 id="in-h">{t('liaison.registerIncoming')}</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="incoming" />
            <div className="field">
              <label htmlFor="in-title">{t('liaison.field.title')}</label>
              <input id="in-title" name="title" required />
            </div>
            <div className="field">
              <label htmlFor="in-source">{t('liaison.field.source')}</label>
              <input id="in-source" name="source" required />
            </div>
            <div className="field">
              <label htmlFor="in-deadline">{t('liaison.field.replyDeadline')}</label>
              <input id="in-deadline" name="replyDeadline" type="date" />
            </div>
            <div className="field">
              <label htmlFor="in-questions">{t('liaison.field.questions')}</label>
              <input id="in-questions" name="questions" />
            </div>
            <div className="field">
              <label htmlFor="in-body">{t('liaison.field.body')}</label>
              <textarea id="in-body" name="body" rows={5} />
            </div>
            <button type="submit">{t('liaison.register')}</button>
          </Form>
        </section>
      )}
    </>
  );
}
