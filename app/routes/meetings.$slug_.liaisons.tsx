import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import editorStyles from '~/features/collaboration/editor/editor.css';
import { json, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert, useSchemaForm } from '~/components/form';
import { LiaisonFields } from '~/features/liaisons/liaison-fields';
import { incomingLiaisonFields, liaisonFields } from '~/features/liaisons/liaison-input';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { answerableIncoming } from '~/features/liaisons/lists.server';
import { useT } from '~/platform/i18n-react';
import { listLiaisons } from '~/features/liaisons/liaisons.server';
import { createLiaison } from '~/features/liaisons/liaison-drafts.server';
import { registerIncoming } from '~/features/liaisons/liaison-incoming.server';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: editorStyles }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(
    matches,
    data && ((t) => t('meta.inMeeting', { page: t('liaison.list.title'), meeting: data.meeting.title })),
  );

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  requireUser(context, request);
  return load(context, async () => {
    const list = await listLiaisons(context.db, context.principal, params.slug!);
    const incomingOptions = list.allowed.create ? await answerableIncoming(context.db, list.group.id) : [];
    return json({ ...list, incomingOptions });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const posted = await readFormData(request);
    // The boxes of incoming statements answered are several values of one field.
    const form: Record<string, unknown> = {
      ...Object.fromEntries(posted),
      answersIncoming: posted.getAll('answersIncoming').map(String),
    };
    if (form.intent === 'incoming') {
      const ls = await registerIncoming(context, principal, params.slug!, form);
      return redirect(`/liaisons/${ls.id}`);
    }
    const ls = await createLiaison(context.db, principal, params.slug!, form);
    return redirect(`/liaisons/${ls.id}`);
  });
}

export default function MeetingLiaisons() {
  const { meeting, group, outgoing, incoming, allowed, canRead, incomingOptions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const reply = params.get('reply') ?? '';
  const replyTo = incoming.find((i) => i.id === reply);
  // Drafting the reply to an incoming statement (from its page): its box ticked, its sender as addressee.
  const answering = incomingOptions.find((o) => o.id === params.get('answers'));
  const t = useT();
  // The incoming form posts to ?incoming, so the page knows which of its two forms an answer is for.
  const incomingSent = params.has('incoming');
  const outgoingForm = useSchemaForm(liaisonFields, {
    result: incomingSent ? undefined : result,
    id: `liaison-new-${reply}${answering?.id ?? ''}`,
    defaultValue: replyTo
      ? { title: `Reply to: ${replyTo.title}`, addressees: `${replyTo.source} | | information` }
      : answering
        ? { answersIncoming: [answering.id], addressees: `${answering.sender} | | information` }
        : undefined,
  });
  const incomingForm = useSchemaForm(incomingLiaisonFields, {
    result: incomingSent ? result : undefined,
    id: 'liaison-incoming',
  });
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
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('liaison.list.title')}</h1>
      {!canRead && <p className="alert info">{t('liaison.noAccess')}</p>}
      <FormAlert error={outgoingForm.refusal?.error ?? incomingForm.refusal?.error} />
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
          <Form method="post" {...outgoingForm.formProps}>
            <input type="hidden" name="intent" value="create" />
            {replyTo && (
              <p>
                {t('liaison.inReplyTo')}: <strong>{replyTo.title}</strong>
                <input type="hidden" name="inReplyToId" value={replyTo.id} />
              </p>
            )}
            <LiaisonFields fields={outgoingForm.fields} direction="out" incomingOptions={incomingOptions} />
            <button type="submit">{t('liaison.create')}</button>
          </Form>
        </section>
      )}
      {allowed.register && (
        <section className="card" aria-labelledby="in-h">
          <h2 id="in-h">{t('liaison.registerIncoming')}</h2>
          <Form method="post" action="?incoming" {...incomingForm.formProps}>
            <input type="hidden" name="intent" value="incoming" />
            <LiaisonFields fields={incomingForm.fields} direction="in" />
            <button type="submit">{t('liaison.register')}</button>
          </Form>
        </section>
      )}
    </>
  );
}
