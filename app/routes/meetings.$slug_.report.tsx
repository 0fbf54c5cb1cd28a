import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import editorStyles from '~/features/collaboration/editor/editor.css';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert } from '~/components/form';
import { CollabEditor, SavedText, type PMJson } from '~/features/collaboration/editor/collab-editor';
import { Versions } from '~/features/collaboration/editor/versions';
import { versionsAction, versionsData } from '~/features/collaboration/collaboration.server';
import { draftReport, getReport, publishReport } from '~/features/report/report.server';
import { act, formData, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { translate } from '~/i18n';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: editorStyles }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('meta.inMeeting', { page: t('report.title'), meeting: data.meeting.title })));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const d = await getReport(context.db, context.principal, params.slug!);
    const versions = await versionsData(
      context.db,
      context.collab,
      d.name,
      new URL(request.url),
      Boolean(d.report) && d.allowed.read,
    );
    return json({ ...d, ...versions, user: context.user ? { id: context.user.id, name: context.user.name } : null });
  });
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal, user } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
      translate(context.locale, k, v);
    const d = await getReport(context.db, principal, params.slug!);
    const done = d.report
      ? await versionsAction(context.db, context.collab, {
          name: d.name,
          userId: user.id,
          form,
          allowed: { snapshot: d.allowed.edit, restore: d.allowed.edit },
        })
      : null;
    if (done) return json({ ok: true as const, message: t(done.key, { label: done.label }) });
    switch (form.intent) {
      case 'draft': {
        const r = await draftReport(context, principal, params.slug!, {
          replace: form.replace === 'yes',
          locale: context.locale,
        });
        return json({
          ok: true as const,
          message: r.kept ? t('report.redrafted', { label: r.kept.label }) : t('report.drafted'),
        });
      }
      case 'publish': {
        const r = await publishReport(context, principal, params.slug!);
        return json({ ok: true as const, message: t('report.published', { number: r.numberLabel }) });
      }
    }
    return json({ ok: false as const, error: t('form.unknownAction'), fieldErrors: {} }, { status: 400 });
  });
}

export default function ReportPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const [params] = useSearchParams();
  const { meeting, group, report, allowed } = d;
  const asking = params.get('redraft') === '1' && allowed.draft && !!report;
  const isPublished = report?.state === 'published';
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('report.title')}</h1>
      {result && 'ok' in result && result.ok && result.message ? (
        <FormAlert ok={result.message} />
      ) : result && 'error' in result ? (
        <FormAlert error={result.error} />
      ) : null}
      {!report ? (
        <>
          <p>{t('report.none')}</p>
          {allowed.draft && (
            <>
              <p className="hint">{t('report.draftHelp')}</p>
              {!d.hasAgenda && (
                <p className="alert info">
                  {t('report.noAgenda')} <Link to={`/meetings/${meeting.slug}/agenda`}>{t('agenda.title')}</Link>
                </p>
              )}
              <Form method="post" className="actions">
                <input type="hidden" name="intent" value="draft" />
                <button type="submit">{t('report.draft')}</button>
              </Form>
            </>
          )}
        </>
      ) : !allowed.read ? (
        <p className="alert info">{t('report.noAccess')}</p>
      ) : (
        <>
          <p>
            <span className="badge">{isPublished ? t('report.state.published') : t('report.state.draft')}</span>
            {d.published && (
              <>
                {' '}
                · <Link to={`/documents/${d.published.id}`}>{d.published.numberLabel}</Link>
              </>
            )}
          </p>
          {isPublished && allowed.edit && <p className="hint">{t('report.publishedHint')}</p>}
          {asking ? (
            <section className="card stack" aria-labelledby="redraft-h">
              <h2 id="redraft-h">{t('report.redraftConfirm')}</h2>
              <p>{t('report.redraftWarning')}</p>
              <Form method="post" className="actions">
                <input type="hidden" name="intent" value="draft" />
                <input type="hidden" name="replace" value="yes" />
                <button type="submit">{t('report.redraftConfirm')}</button>{' '}
                <Link to="." className="button secondary">
                  {t('report.redraftCancel')}
                </Link>
              </Form>
            </section>
          ) : (
            <div className="actions">
              {allowed.publish && !isPublished && (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="publish" />
                  <button type="submit">{t('report.publish')}</button>
                </Form>
              )}{' '}
              {allowed.draft && (
                <Link to="?redraft=1" className="button secondary">
                  {t('report.redraft')}
                </Link>
              )}
            </div>
          )}
          <section aria-labelledby="text-h">
            <h2 id="text-h">{t('collab.editorLabel')}</h2>
            {d.user ? (
              <CollabEditor
                name={d.name}
                user={d.user}
                canEdit={allowed.edit}
                label={t('report.title')}
                fallback={<SavedText content={d.content as PMJson | null} text={d.text} />}
              />
            ) : (
              <SavedText content={d.content as PMJson | null} text={d.text} />
            )}
          </section>
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
