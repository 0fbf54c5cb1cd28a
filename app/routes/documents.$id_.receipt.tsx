import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { When } from '~/components/when';
import { formatBytes, type MessageKey } from '~/i18n';
import { load, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { submissionRecipients } from '~/features/submissions/acknowledgment.server';
import { getDocumentView } from '~/features/submissions/document-view.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('submissions.receipt.title'));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const view = await getDocumentView(context.db, principal, params.id!);
    const mailTo = await submissionRecipients(context.db, view.doc);
    return json({
      doc: view.doc,
      meeting: view.meeting,
      group: { slug: view.group.slug, code: view.group.code },
      label: view.label,
      files: view.files.filter((f) => !f.superseded),
      mailTo,
    });
  });
}

const STATE_BADGE: Record<string, string> = { registered: 'ok', withdrawn: 'neutral' };

export default function Receipt() {
  const { doc, meeting, group, label, files, mailTo } = useLoaderData<typeof loader>();
  const t = useT();
  const { locale } = useLocale();
  // The moment the submission arrived; updatedAt moves on with registration, allocation and decisions.
  const at = doc.submittedAt ?? doc.updatedAt;
  // A revision carries its original's number before it is registered itself: shown, with what it waits for.
  const registered = doc.state === 'registered' || doc.state === 'reserved';
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>
        {t('submissions.receipt.title')}: {doc.title}
        {doc.revision ? ` (Rev.${doc.revision})` : ''}
      </h1>
      <p className="lead">{t('submissions.receipt.lead')}</p>
      <dl className="facts card receipt-facts">
        <dt>{t('submissions.receipt.number')}</dt>
        <dd className="receipt-number">
          {label && registered && <strong className="doc-number">{label}</strong>}
          {label && !registered && doc.state !== 'withdrawn' && (
            <>
              <strong className="doc-number">{label}</strong>{' '}
              <span className="muted">{t('submissions.receipt.numberOnRegistration')}</span>
            </>
          )}
          {label && doc.state === 'withdrawn' && <strong className="doc-number">{label}</strong>}
          {!label && doc.state === 'withdrawn' && <span className="muted">{t('submissions.receipt.numberNone')}</span>}
          {!label && doc.state !== 'withdrawn' && (
            <span className="muted">{t('submissions.receipt.numberPending')}</span>
          )}
        </dd>
        <dt>{t('submissions.doc.meeting')}</dt>
        <dd>
          <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
        </dd>
        <dt>{t('submissions.doc.type')}</dt>
        <dd>{t(`submissions.type.${doc.type}` as MessageKey)}</dd>
        <dt>{t('submissions.receipt.status')}</dt>
        <dd>
          <span className={`badge ${STATE_BADGE[doc.state] ?? 'warn'} status`}>
            {t(`submissions.state.${doc.state}` as MessageKey)}
          </span>
          {doc.late && (
            <>
              {' '}
              <span className="badge late">{t('submissions.late')}</span>
            </>
          )}
        </dd>
        <dt>{t('submissions.receipt.received')}</dt>
        <dd>
          <span className="utc">
            {t('submissions.receipt.utc', { time: new Date(at).toISOString().replace('T', ' ').slice(0, 19) })}
          </span>
          <br />
          <When instant={at} meetingZone={meeting.timeZone} />
        </dd>
        {doc.requestBeganAt && (
          <>
            <dt>{t('deadlines.receipt.began')}</dt>
            <dd className="request-began">
              <span className="utc">
                {t('submissions.receipt.utc', {
                  time: new Date(doc.requestBeganAt).toISOString().replace('T', ' ').slice(0, 23),
                })}
              </span>
              <br />
              <When instant={doc.requestBeganAt} meetingZone={meeting.timeZone} />
            </dd>
          </>
        )}
        {doc.deadlineRule && (
          <>
            <dt>{t('deadlines.receipt.rule')}</dt>
            <dd className="deadline-rule">{t(`deadlines.rule.${doc.deadlineRule}` as MessageKey)}</dd>
          </>
        )}
      </dl>
      <h2>{t('submissions.receipt.files')}</h2>
      <table className="list receipt-files">
        <thead>
          <tr>
            <th scope="col">{t('submissions.doc.role')}</th>
            <th scope="col">{t('submissions.doc.file')}</th>
            <th scope="col">{t('submissions.doc.size')}</th>
            <th scope="col">{t('submissions.doc.sha256')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id}>
              <td data-label={t('submissions.doc.role')}>{t(`submissions.role.${f.role}` as MessageKey)}</td>
              <td data-label={t('submissions.doc.file')}>
                <a href={`/files/${f.id}`}>{f.filename}</a>
              </td>
              <td data-label={t('submissions.doc.size')} className="size">
                {formatBytes(locale, f.size)}
              </td>
              <td data-label={t('submissions.doc.sha256')}>
                <code className="hash">{f.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('submissions.receipt.mail', { to: mailTo.join(', ') })}</p>
      <p>
        <Link to={`/documents/${doc.id}`}>{t('submissions.receipt.open')}</Link> ·{' '}
        <Link to="/my/documents">{t('nav.myDocuments')}</Link>
      </p>
    </>
  );
}
