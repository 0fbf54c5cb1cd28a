import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatSize } from '~/components/submission-form';
import { When } from '~/components/when';
import type { MessageKey } from '~/i18n';
import { load, requireUser } from '~/lib/http.server';
import { useT } from '~/lib/i18n-react';
import { getDocumentView } from '~/lib/submissions.server';

export const meta: MetaFunction = () => [{ title: 'Receipt — Plenary' }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const view = await getDocumentView(context.db, principal, params.id!);
    const mailTo = [...new Set([context.user!.email, ...view.doc.contacts.map((c) => c.email)])];
    return json({ doc: view.doc, meeting: view.meeting, files: view.files.filter((f) => !f.superseded), mailTo });
  });
}

export default function Receipt() {
  const { doc, meeting, files, mailTo } = useLoaderData<typeof loader>();
  const t = useT();
  const at = doc.updatedAt;
  return (
    <>
      <h1>{t('submissions.receipt.title')}: {doc.title}{doc.revision ? ` (Rev.${doc.revision})` : ''}</h1>
      <p className="lead">{t('submissions.receipt.lead')}</p>
      <dl className="facts card">
        <dt>{t('submissions.doc.meeting')}</dt><dd><Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link></dd>
        <dt>{t('submissions.doc.type')}</dt><dd>{t(`submissions.type.${doc.type}` as MessageKey)}</dd>
        <dt>{t('submissions.receipt.status')}</dt><dd><span className="badge warn status">{t(`submissions.state.${doc.state}` as MessageKey)}</span>{doc.late && <> <span className="badge late">{t('submissions.late')}</span></>}</dd>
        <dt>{t('submissions.receipt.received')}</dt>
        <dd><span className="utc">{t('submissions.receipt.utc', { time: new Date(at).toISOString().replace('T', ' ').slice(0, 19) })}</span><br /><When instant={at} meetingZone={meeting.timeZone} /></dd>
      </dl>
      <h2>{t('submissions.receipt.files')}</h2>
      <table className="list">
        <thead><tr><th scope="col">{t('submissions.doc.role')}</th><th scope="col">{t('submissions.doc.file')}</th><th scope="col">{t('submissions.doc.size')}</th><th scope="col">{t('submissions.doc.sha256')}</th></tr></thead>
        <tbody>{files.map((f) => (
          <tr key={f.id}><td>{t(`submissions.role.${f.role}` as MessageKey)}</td><td><a href={`/files/${f.id}`}>{f.filename}</a></td><td>{formatSize(f.size)}</td><td><code className="hash">{f.sha256}</code></td></tr>
        ))}</tbody>
      </table>
      <p>{t('submissions.receipt.mail', { to: mailTo.join(', ') })}</p>
      <p><Link to={`/documents/${doc.id}`}>{t('submissions.receipt.open')}</Link> · <Link to="/my/documents">{t('nav.myDocuments')}</Link></p>
    </>
  );
}
