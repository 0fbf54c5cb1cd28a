import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import type { MessageKey } from '~/i18n';
import { When } from '~/components/when';
import { requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { listMyDocuments } from '~/features/submissions/document-view.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('submissions.my.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = requireUser(context, request);
  return json({ docs: await listMyDocuments(context.db, user), userId: user.id });
}

const STATE_BADGE: Record<string, string> = {
  submitted: 'warn',
  reserved: 'neutral',
  registered: 'ok',
  withdrawn: 'neutral',
};

export default function MyDocuments() {
  const { docs, userId } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t('submissions.my.title')}</h1>
      <p className="lead">{t('submissions.my.lead')}</p>
      {docs.length === 0 ? (
        <p className="card">{t('submissions.my.none')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('submissions.my.document')}</th>
              <th scope="col">{t('submissions.my.meeting')}</th>
              <th scope="col">{t('submissions.my.state')}</th>
              <th scope="col">{t('submissions.my.submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/documents/${d.id}`}>{d.title}</Link>
                  {d.numberLabel && (
                    <div className="muted small">
                      {d.numberLabel}
                      {d.revision ? ` Rev.${d.revision}` : ''}
                    </div>
                  )}
                  {!d.numberLabel && d.revision > 0 && <div className="muted small">{`Rev.${d.revision}`}</div>}
                  {d.submittedBy !== userId && <span className="badge neutral">{t('submissions.my.coauthor')}</span>}
                </td>
                <td>
                  <Link to={`/meetings/${d.meetingSlug}`}>{d.meetingTitle}</Link>
                </td>
                <td>
                  <span className={`badge ${STATE_BADGE[d.state]}`}>
                    {d.notSubmitted ? t('reservations.notSubmitted') : t(`submissions.state.${d.state}` as MessageKey)}
                  </span>
                  {d.late && (
                    <>
                      {' '}
                      <span className="badge late">{t('submissions.late')}</span>
                    </>
                  )}
                </td>
                <td>{d.submittedAt && <When instant={d.submittedAt} meetingZone={d.timeZone} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
