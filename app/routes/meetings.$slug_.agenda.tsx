import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import editorStyles from '~/features/collaboration/editor/editor.css';
import { json, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useRevalidator, useSearchParams } from '@remix-run/react';
import { useEffect } from 'react';
import { FormAlert } from '~/components/form';
import { CollabEditor, SavedText, type PMJson } from '~/features/collaboration/editor/collab-editor';
import { Versions } from '~/features/collaboration/editor/versions';
import { createAgenda, getAgenda, publishAgenda } from '~/features/collaboration/agendas.server';
import { AGENDA_TEMPLATE_IDS, type AgendaTemplateId } from '~/features/collaboration/agenda-templates';
import { inviteEditor, withdrawEditor } from '~/features/collaboration/editors.server';
import { EditorsPanel } from '~/features/collaboration/editors-panel';
import { agendaNotesView, openItemNotes } from '~/features/collaboration/notes.server';
import { ItemNotes } from '~/features/collaboration/notes-panel';
import { versionsAction, versionsData } from '~/features/collaboration/collaboration.server';
import { act, formData, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { translate } from '~/i18n';
import { metaTitle } from '~/platform/meta';
import { meetingPhase } from '~/features/meetings/meetings.server';
import { roomBanner } from '~/features/room/room.server';
import { RoomNow, useRoom } from '~/features/room/room-banner';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: editorStyles }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('meta.inMeeting', { page: t('agenda.title'), meeting: data.meeting.title })));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const d = await getAgenda(context.db, context.principal, params.slug!);
    const versions = await versionsData(
      context.db,
      context.collab,
      d.name,
      new URL(request.url),
      Boolean(d.agenda) && d.allowed.read,
    );
    const notes = d.allowed.read
      ? await agendaNotesView(
          context.db,
          context.principal,
          d.meeting,
          d.items.map((i) => i.id),
        )
      : { canWrite: false, byItem: {} };
    return json({
      ...d,
      ...versions,
      notes,
      room: await roomBanner(
        context.db,
        context.principal,
        d.meeting,
        meetingPhase(d.meeting, new Date()) === 'ongoing',
      ),
      user: context.user ? { id: context.user.id, name: context.user.name } : null,
    });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal, user } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
      translate(context.locale, k, v);
    const d = await getAgenda(context.db, principal, params.slug!);
    const done = d.agenda
      ? await versionsAction(context.db, context.collab, {
          name: d.name,
          userId: user.id,
          form,
          allowed: { snapshot: d.allowed.edit, restore: d.allowed.edit },
        })
      : null;
    if (done) return json({ ok: true as const, message: t(done.key, { label: done.label }) });
    switch (form.intent) {
      case 'create': {
        const template = String(form.template ?? '');
        await createAgenda(context.db, principal, params.slug!, {
          template: (AGENDA_TEMPLATE_IDS as string[]).includes(template) ? (template as AgendaTemplateId) : false,
        });
        return json({ ok: true as const, message: '' });
      }
      case 'invite-editor': {
        const who = await inviteEditor(context.db, principal, d.name, form);
        return json({ ok: true as const, message: t('collab.editors.invited', { name: who.name }) });
      }
      case 'withdraw-editor':
        await withdrawEditor(context.db, principal, d.name, form);
        return json({ ok: true as const, message: t('collab.editors.withdrawn') });
      case 'open-notes': {
        await openItemNotes(context.db, principal, d.meeting.id, form.itemId);
        const id = String(form.itemId);
        return redirect(`/meetings/${d.meeting.slug}/agenda?notes=${id}#notes-${id}`);
      }
      case 'publish': {
        const r = await publishAgenda(context, principal, params.slug!);
        return json({ ok: true as const, message: t('agenda.published', { number: r.numberLabel }) });
      }
    }
    return json({ ok: false as const, error: t('form.unknownAction'), fieldErrors: {} }, { status: 400 });
  });
}

export default function AgendaPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const revalidator = useRevalidator();
  const [params] = useSearchParams();
  const openNotes = params.get('notes');
  // Allocated documents are read live from the document list: refresh the items now and then.
  useEffect(() => {
    const id = setInterval(() => {
      if (revalidator.state === 'idle' && document.visibilityState === 'visible') revalidator.revalidate();
    }, 15_000);
    return () => clearInterval(id);
  }, [revalidator]);
  const { meeting, group, agenda, allowed } = d;
  const room = useRoom(d.room);
  const nowItem = room.state?.current?.item?.id;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('agenda.title')}</h1>
      {d.room && <RoomNow data={d.room} {...room} />}
      {result && 'ok' in result && result.ok && result.message ? (
        <FormAlert ok={result.message} />
      ) : result && 'error' in result ? (
        <FormAlert error={result.error} />
      ) : null}
      {!agenda ? (
        <>
          <p>{t('agenda.none')}</p>
          {allowed.edit && (
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="create" />
              <div className="field">
                <label htmlFor="agenda-template">{t('agenda.create.templateLabel')}</label>
                <select id="agenda-template" name="template" defaultValue={d.templates[0]}>
                  {d.templates.map((id) => (
                    <option key={id} value={id}>
                      {t(id === 'jca-mv' ? 'agenda.create.template' : `agenda.template.${id}`)}
                    </option>
                  ))}
                  <option value="">{t('agenda.create.empty')}</option>
                </select>
              </div>
              <button type="submit">{t('agenda.create.start')}</button>
            </Form>
          )}
        </>
      ) : !allowed.read ? (
        <p className="alert info">{t('agenda.noAccess')}</p>
      ) : (
        <>
          <p>
            <span className="badge">{t(`agenda.state.${agenda.state}`)}</span>
            {d.published && (
              <>
                {' '}
                · <Link to={`/documents/${d.published.id}`}>{d.published.numberLabel}</Link>
              </>
            )}
          </p>
          {allowed.publish && (
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="publish" />
              <button type="submit">{t('agenda.publish')}</button>
            </Form>
          )}
          {allowed.inviteEditors && <EditorsPanel editors={d.editors} result={result} />}
          <div className="agenda-layout">
            <section aria-labelledby="text-h">
              <h2 id="text-h">{t('collab.editorLabel')}</h2>
              {allowed.edit && <p className="hint">{t('agenda.help')}</p>}
              {d.user ? (
                <CollabEditor
                  name={d.name}
                  user={d.user}
                  canEdit={allowed.edit}
                  label={t('agenda.title')}
                  fallback={<SavedText content={d.content as PMJson | null} text={d.text} />}
                />
              ) : (
                <SavedText content={d.content as PMJson | null} text={d.text} />
              )}
            </section>
            <section aria-labelledby="items-h" className="card">
              <h2 id="items-h">{t('agenda.items')}</h2>
              {!d.items.some((i) => i.documents.length) && <p className="hint">{t('agenda.noDocumentsYet')}</p>}
              <ol className="agenda-items">
                {d.items.map((i) => (
                  <li key={i.id} style={{ marginLeft: `${(i.label.split('.').length - 1) * 1.2}em` }}>
                    <strong>{i.label}</strong> {i.title}
                    {nowItem === i.id && <span className="badge room-live">{t('room.now')}</span>}
                    <ItemNotes
                      itemId={i.id}
                      itemLabel={i.label}
                      notes={d.notes.byItem[i.id] ?? null}
                      canWrite={d.notes.canWrite}
                      open={openNotes === i.id}
                      user={d.user}
                    />
                    {i.documents.length ? (
                      <ul>
                        {i.documents.map((doc) => (
                          <li key={doc.id}>
                            <Link to={`/documents/${doc.id}`}>{doc.numberLabel ?? '—'}</Link> {doc.title}{' '}
                            <span className="muted">({doc.source})</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          </div>
          <Versions
            snapshots={d.snapshots}
            diff={d.diff}
            canSave={allowed.edit}
            canRestore={allowed.edit}
            from={d.from}
            to={d.to}
          />
        </>
      )}
    </>
  );
}
