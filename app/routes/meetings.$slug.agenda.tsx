import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import editorStyles from '~/components/editor/editor.css';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { FormAlert } from '~/components/form';
import { CollabEditor, SavedText, type PMJson } from '~/components/editor/collab-editor';
import { Versions } from '~/components/editor/versions';
import { createAgenda, getAgenda, publishAgenda } from '~/lib/agendas.server';
import { createSnapshot, diffSnapshots, listSnapshots, restoreSnapshot } from '~/lib/collaboration.server';
import { actionFailure, formData, load, requireUser } from '~/lib/http.server';
import { useT } from '~/lib/i18n-react';
import { translate } from '~/i18n';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: editorStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.meeting.title}: draft agenda — Plenary` : 'Plenary' }];

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const d = await getAgenda(context.db, context.principal, params.slug!);
    const url = new URL(request.url);
    const from = url.searchParams.get('from') ?? undefined;
    const to = url.searchParams.get('to') ?? undefined;
    const snapshots = d.agenda && d.allowed.read ? await listSnapshots(context.db, d.name) : [];
    const diff = d.agenda && d.allowed.read && from && to ? await diffSnapshots(context.db, context.collab, d.name, from, to) : null;
    return json({ ...d, snapshots, diff, from, to, user: context.user ? { id: context.user.id, name: context.user.name } : null });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal, user } = requireUser(context, request);
  const form = await formData(request);
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(context.locale, k, v);
  try {
    const d = await getAgenda(context.db, principal, params.slug!);
    switch (form.intent) {
      case 'create':
        await createAgenda(context.db, principal, params.slug!, { template: form.template === 'jca-mv' });
        return json({ ok: true as const, message: '' });
      case 'publish': {
        const r = await publishAgenda(context.db, context.storage, context.collab, principal, params.slug!);
        return json({ ok: true as const, message: t('agenda.published', { number: r.numberLabel }) });
      }
      case 'snapshot': {
        if (!d.allowed.edit) throw new Response('Forbidden', { status: 403 });
        const s = await createSnapshot(context.db, context.collab, { name: d.name, label: String(form.label ?? ''), userId: user.id });
        return json({ ok: true as const, message: t('collab.snapshot.saved', { label: s.label }) });
      }
      case 'restore': {
        if (!d.allowed.edit) throw new Response('Forbidden', { status: 403 });
        const s = await restoreSnapshot(context.db, context.collab, { name: d.name, snapshotId: String(form.snapshotId), userId: user.id });
        return json({ ok: true as const, message: t('collab.snapshot.restored', { label: s.label }) });
      }
    }
    return json({ ok: false as const, error: 'Unknown action', fieldErrors: {} }, { status: 400 });
  } catch (err) {
    return actionFailure(context, err);
  }
}

export default function AgendaPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const revalidator = useRevalidator();
  // Allocated documents are read live from the document list: refresh the items now and then.
  useEffect(() => {
    const id = setInterval(() => { if (revalidator.state === 'idle' && document.visibilityState === 'visible') revalidator.revalidate(); }, 15_000);
    return () => clearInterval(id);
  }, [revalidator]);
  const { meeting, group, agenda, allowed } = d;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs"><Link to={`/groups/${group.slug}`}>{group.code}</Link> / <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link></nav>
      <h1>{t('agenda.title')}</h1>
      {result && 'ok' in result && result.ok && result.message ? <FormAlert ok={result.message} /> : result && 'error' in result ? <FormAlert error={result.error} /> : null}
      {!agenda ? (
        <>
          <p>{t('agenda.none')}</p>
          {allowed.edit && (
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="create" />
              <button type="submit" name="template" value="jca-mv">{t('agenda.create.template')}</button>{' '}
              <button type="submit" name="template" value="" className="secondary">{t('agenda.create.empty')}</button>
            </Form>
          )}
        </>
      ) : !allowed.read ? <p className="alert info">{t('agenda.noAccess')}</p> : (
        <>
          <p><span className="badge">{t(`agenda.state.${agenda.state}`)}</span>
            {d.published && <> · <Link to={`/documents/${d.published.id}`}>{d.published.numberLabel}</Link></>}</p>
          {allowed.publish && (
            <Form method="post" className="actions"><input type="hidden" name="intent" value="publish" /><button type="submit">{t('agenda.publish')}</button></Form>
          )}
          <div className="agenda-layout">
            <section aria-labelledby="text-h">
              <h2 id="text-h">{t('collab.editorLabel')}</h2>
              {allowed.edit && <p className="hint">{t('agenda.help')}</p>}
              {d.user
                ? <CollabEditor name={d.name} user={d.user} canEdit={allowed.edit} label={t('agenda.title')} fallback={<SavedText content={d.content as PMJson | null} text={d.text} />} />
                : <SavedText content={d.content as PMJson | null} text={d.text} />}
            </section>
            <section aria-labelledby="items-h" className="card">
              <h2 id="items-h">{t('agenda.items')}</h2>
              <ol className="agenda-items">
                {d.items.map((i) => (
                  <li key={i.id} style={{ marginLeft: `${(i.label.split('.').length - 1) * 1.2}em` }}>
                    <strong>{i.label}</strong> {i.title}
                    {i.documents.length ? (
                      <ul>{i.documents.map((doc) => <li key={doc.id}><Link to={`/documents/${doc.id}`}>{doc.numberLabel ?? '—'}</Link> {doc.title} <span className="muted">({doc.source})</span></li>)}</ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          </div>
          <Versions snapshots={d.snapshots} diff={d.diff} canSave={allowed.edit} canRestore={allowed.edit} from={d.from} to={d.to} />
        </>
      )}
    </>
  );
}
