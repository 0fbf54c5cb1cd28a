import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { DocumentWorkflowPanel } from '~/features/allocation/document-workflow-panel';
import { FormAlert } from '~/components/form';
import { When } from '~/components/when';
import { formatBytes, type MessageKey } from '~/i18n';
import { formatInstant } from '~/platform/format';
import { act, load, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { documentWorkflow } from '~/features/allocation/document-workflow.server';
import { documentFate } from '~/features/report/document-fate.server';
import { DocumentFate } from '~/features/report/document-fate';
import { postedFields, replaceMainFile, withdrawDocument } from '~/features/submissions/document-changes.server';
import { getDocumentView } from '~/features/submissions/document-view.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && (() => data.doc.title));

export async function loader({ context, params }: LoaderFunctionArgs) {
  return load(context, async () => {
    const view = await getDocumentView(context.db, context.principal, params.id!);
    // Registration, allocation and decision panel: visibility is checked by getDocumentView above.
    const [workflow, fate] = await Promise.all([
      documentWorkflow(context.db, context.principal, view.doc.id),
      documentFate(context.db, context.principal, view.doc),
    ]);
    return json({ ...view, workflow, fate });
  });
}

/** ?do=replace (multipart, a new main file) or ?do=withdraw. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = requireUser(context, request);
  const what = new URL(request.url).searchParams.get('do');
  return act(context, async () => {
    if (what === 'replace') {
      await replaceMainFile(context, actor, params.id!, request);
      return json({ ok: true as const, done: 'replaced' as const });
    }
    await withdrawDocument(context.db, actor, params.id!, await postedFields(request));
    return json({ ok: true as const, done: 'withdrawn' as const });
  });
}

export default function DocumentPage() {
  const {
    doc,
    meeting,
    group,
    files,
    revisionOf,
    revisedBy,
    history,
    submitter,
    label,
    notSubmitted,
    allowed,
    workflow,
    fate,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale, viewerTimeZone } = useLocale();
  const eventLabel = (a: string) => {
    const key = `submissions.event.${a}` as MessageKey;
    const text = t(key);
    return text === key ? t('submissions.event.other', { action: a }) : text;
  };
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{doc.title}</h1>
      <p>
        <span className="badge">
          {label ?? t('submissions.doc.notNumbered')}
          {!label && doc.revision ? ` · Rev.${doc.revision}` : ''}
        </span>{' '}
        <span className={`badge ${doc.state === 'registered' ? 'ok' : doc.state === 'withdrawn' ? 'neutral' : 'warn'}`}>
          {notSubmitted ? t('reservations.notSubmitted') : t(`submissions.state.${doc.state}` as MessageKey)}
        </span>
        {doc.late && (
          <>
            {' '}
            <span className="badge late">{t('submissions.late')}</span>
          </>
        )}
      </p>
      <FormAlert
        error={result && !result.ok ? result.error : undefined}
        ok={
          result?.ok
            ? t(result.done === 'withdrawn' ? 'submissions.doc.withdrawn' : 'submissions.doc.replaced')
            : undefined
        }
      />
      {doc.state === 'withdrawn' && <p className="alert info">{t('submissions.doc.withdrawnBanner')}</p>}
      {doc.late && <p className="alert warn">{t('submissions.doc.lateBanner')}</p>}
      {revisionOf && (
        <p>
          {t('submissions.doc.revisionOf', { revision: doc.revision })}{' '}
          <Link to={`/documents/${revisionOf.id}`}>
            {revisionOf.revision ? `Rev.${revisionOf.revision}` : t('submissions.doc.original')}: {revisionOf.title}
          </Link>
        </p>
      )}
      {revisedBy.length > 0 && (
        <p>
          {t('submissions.doc.revisedBy')}:{' '}
          {revisedBy.map((r) => (
            <Link key={r.id} to={`/documents/${r.id}`}>{`Rev.${r.revision}`}</Link>
          ))}
        </p>
      )}
      <dl className="facts card">
        <dt>{t('submissions.doc.type')}</dt>
        <dd>{t(`submissions.type.${doc.type}` as MessageKey)}</dd>
        <dt>{t('submissions.doc.meeting')}</dt>
        <dd>
          <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
        </dd>
        <dt>{t('submissions.doc.source')}</dt>
        <dd>{doc.source}</dd>
        {doc.purpose && (
          <>
            <dt>{t('submissions.doc.purpose')}</dt>
            <dd>{t(`submissions.purpose.${doc.purpose}` as MessageKey)}</dd>
          </>
        )}
        {doc.keywords.length > 0 && (
          <>
            <dt>{t('submissions.doc.keywords')}</dt>
            <dd>{doc.keywords.join(', ')}</dd>
          </>
        )}
        {doc.proposedGroups.length > 0 && (
          <>
            <dt>{t('submissions.doc.proposed')}</dt>
            <dd>{doc.proposedGroups.join(', ')}</dd>
          </>
        )}
        <dt>{t('submissions.doc.contacts')}</dt>
        <dd>
          <ul className="plain">
            {doc.contacts.map((c, i) => (
              <li key={i}>
                {c.name}
                {c.organisation && `, ${c.organisation}`}
                {c.country && ` (${c.country})`} — <a href={`mailto:${c.email}`}>{c.email}</a>
                {c.phone && ` · ${c.phone}`}
              </li>
            ))}
          </ul>
        </dd>
        {submitter && (
          <>
            <dt>{t('submissions.doc.submittedBy')}</dt>
            <dd>
              {submitter.name}
              {submitter.organisation && ` (${submitter.organisation})`}
            </dd>
          </>
        )}
        {doc.submittedAt && (
          <>
            <dt>{t('submissions.doc.submittedAt')}</dt>
            <dd>
              <When instant={doc.submittedAt} meetingZone={meeting.timeZone} />
            </dd>
          </>
        )}
      </dl>
      <DocumentWorkflowPanel workflow={workflow} />
      <DocumentFate fate={fate} />
      {doc.abstract && (
        <>
          <h2>{t('submissions.doc.abstract')}</h2>
          <p className="abstract">{doc.abstract}</p>
        </>
      )}
      <h2>{t('submissions.doc.files')}</h2>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t('submissions.doc.file')}</th>
            <th scope="col">{t('submissions.doc.role')}</th>
            <th scope="col">{t('submissions.doc.version')}</th>
            <th scope="col">{t('submissions.doc.size')}</th>
            <th scope="col">{t('submissions.doc.sha256')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id} className={f.superseded ? 'muted' : undefined}>
              <td>
                <a href={`/files/${f.id}`}>{f.filename}</a>
                {f.superseded && (
                  <>
                    {' '}
                    <span className="badge neutral">{t('submissions.doc.superseded')}</span>
                  </>
                )}
              </td>
              <td>{t(`submissions.role.${f.role}` as MessageKey)}</td>
              <td>{f.version}</td>
              <td>{formatBytes(locale, f.size)}</td>
              <td>
                <code className="hash">{f.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(allowed.replace || allowed.revise || allowed.withdraw) && (
        <section aria-labelledby="actions-h">
          <h2 id="actions-h">{t('submissions.doc.actions')}</h2>
          <div className="grid">
            {allowed.replace && (
              <Form
                method="post"
                action={`/documents/${doc.id}?do=replace`}
                encType="multipart/form-data"
                className="card stack"
              >
                <input type="hidden" name="version" value={doc.version} />
                <label htmlFor="replace-main" className="label">
                  {t('submissions.doc.replace')}
                </label>
                <input
                  id="replace-main"
                  name="main"
                  type="file"
                  accept=".docx"
                  required
                  aria-describedby="replace-hint"
                />
                <span id="replace-hint" className="hint">
                  {t('submissions.doc.replaceHint')}
                </span>
                <div>
                  <button type="submit">{t('submissions.doc.replace')}</button>
                </div>
              </Form>
            )}
            {allowed.revise && (
              <div className="card">
                <Link className="button" to={`/documents/${doc.id}/revise`}>
                  {t('submissions.doc.revise')}
                </Link>
              </div>
            )}
            {allowed.withdraw && (
              // Two steps, without JavaScript too: open, then confirm.
              <details className="card withdraw">
                <summary>{t('submissions.doc.withdraw')}</summary>
                <Form method="post" action={`/documents/${doc.id}?do=withdraw`} className="stack">
                  <input type="hidden" name="version" value={doc.version} />
                  <p className="hint">{t('submissions.doc.withdrawHint')}</p>
                  <div>
                    <button type="submit" className="danger">
                      {t('submissions.doc.withdrawConfirm')}
                    </button>
                  </div>
                </Form>
              </details>
            )}
          </div>
        </section>
      )}
      <h2>{t('submissions.doc.history')}</h2>
      <table className="list history">
        <thead>
          <tr>
            <th scope="col">{t('submissions.doc.when')}</th>
            <th scope="col">{t('submissions.doc.who')}</th>
            <th scope="col">{t('submissions.doc.what')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((e) => (
            <tr key={e.id}>
              <td>{formatInstant(e.at, locale, viewerTimeZone ?? meeting.timeZone, { withZone: true })}</td>
              <td>{e.actorName ?? '—'}</td>
              <td>
                {eventLabel(e.action)}
                {e.detail && (
                  <>
                    {' · '}
                    {t(e.detail.key, {
                      ...e.detail.values,
                      ...(e.detail.values.decision
                        ? { decision: t(`decision.${e.detail.values.decision}` as MessageKey) }
                        : {}),
                    })}
                  </>
                )}
                {e.note && (
                  <div className="muted small user-text">
                    <q>{e.note}</q>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
