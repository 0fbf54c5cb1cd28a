import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert, SelectField, useSchemaForm } from '~/components/form';
import { openRoomNotes, roomPage } from '~/features/room/room.server';
import { moveRoomLive } from '~/features/room/room-live.server';
import { roomMoveForm } from '~/features/room/room-input';
import { RoomNow, useRoom } from '~/features/room/room-banner';
import { RoomNotes, useNotesFollowRoom } from '~/features/room/room-notes';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import { translate } from '~/i18n';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('meta.inMeeting', { page: t('room.title'), meeting: data.meeting.title })));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  const { principal, user } = requireUser(context, request);
  return load(context, async () => {
    const r = await roomPage(context.db, principal, params.slug!);
    return json({
      meeting: { id: r.meeting.id, slug: r.meeting.slug, title: r.meeting.title, timeZone: r.meeting.timeZone },
      group: { slug: r.group.slug, code: r.group.code },
      may: r.may,
      state: r.state,
      decisions: r.decisions,
      items: r.items,
      documents: r.documents,
      decideCurrent: r.decideCurrent,
      notesItemId: r.notesItemId,
      notes: r.notes,
      user: { id: user.id, name: user.name },
    });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    if (form.get('intent') === 'open-notes') {
      await openRoomNotes(context.db, principal, params.slug!, form.get('itemId'));
      return redirect(`/meetings/${params.slug}/room#chair-notes`);
    }
    const event = await moveRoomLive(context, principal, params.slug!, form);
    return json({
      ok: true as const,
      message: translate(context.locale, event.kind === 'clear' ? 'room.cleared' : 'room.moved'),
    });
  });
}

export default function MeetingRoom() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { meeting, group, may } = d;
  const room = useRoom({
    meetingId: meeting.id,
    slug: meeting.slug,
    timeZone: meeting.timeZone,
    state: d.state,
    live: true,
  });
  // A page reloaded after a move shows the move: the loader's state is newer than what the hook held.
  const state = room.state && room.state.seq >= d.state.seq ? room.state : d.state;
  const current = state.current;
  // The live document's decisions are the newer ones: it hears of each decision as it is recorded.
  const decisions = { ...d.decisions, ...room.decisions };
  // The notes shown are those of the item under discussion: a move elsewhere loads the new item's notes.
  useNotesFollowRoom(current?.item?.id ?? null, d.notesItemId, !may.move);
  const notesItem = current?.item?.id && current.item.id === d.notesItemId ? current.item : null;
  const notesShown = notesItem && d.notes;
  const { fields, formProps, refusal } = useSchemaForm(roomMoveForm, {
    result,
    id: 'room-move',
    defaultValue: { intent: 'move', agendaItemId: current?.item?.id ?? '', documentId: current?.document?.id ?? '' },
  });
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('room.title')}</h1>
      {!may.move && refusal && <FormAlert error={refusal.error} />}
      {!may.move && (
        <noscript>
          <meta httpEquiv="refresh" content="20" />
          <p className="muted small">{t('room.refreshes')}</p>
        </noscript>
      )}
      <div className={notesShown ? 'room-beside' : undefined}>
        <RoomNow data={meeting} state={state} decisions={decisions} status={room.status} withLink={false} />
        {notesShown && d.notesItemId && (
          <div id="chair-notes">
            <RoomNotes itemId={d.notesItemId} itemLabel={notesItem.label} notes={notesShown} user={d.user} />
          </div>
        )}
      </div>
      {d.decideCurrent && current?.document && (
        <p>
          <Link to={`/documents/${current.document.id}/decision`}>
            {t('room.recordDecision', { document: current.document.label })}
          </Link>
        </p>
      )}
      {may.move && (
        <section aria-labelledby="room-controls-h" className="card">
          <h2 id="room-controls-h">{t('room.controls')}</h2>
          <FormAlert error={refusal?.error} ok={result?.ok ? result.message : undefined} />
          {d.items.length === 0 && <p className="hint">{t('room.noAgenda')}</p>}
          <Form method="post" className="form" {...formProps}>
            <p className="hint">{t('room.controls.help')}</p>
            <SelectField label={t('room.field.item')} field={fields.agendaItemId}>
              <option value="">{t('room.field.itemNone')}</option>
              {d.items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}. {i.title}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('room.field.document')} field={fields.documentId}>
              <option value="">{t('room.field.documentNone')}</option>
              {d.documents.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.label} — {doc.title}
                </option>
              ))}
            </SelectField>
            <div className="actions">
              <button type="submit" name="intent" value="move">
                {t('room.move')}
              </button>{' '}
              <button type="submit" name="intent" value="clear" className="secondary">
                {t('room.clear')}
              </button>
            </div>
          </Form>
        </section>
      )}
    </>
  );
}
