import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { MeetingCard } from '~/features/meetings/meeting-card';
import { getGroupPage } from '~/features/groups/groups.server';
import { load } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { nearDeadlines } from '~/features/liaisons/liaison-deadlines.server';
import { NEAR_DEADLINE_DAYS } from '~/features/meetings/deadlines';
import { groupSubtree } from '~/features/groups/permissions.server';
import { groupAbilities } from '~/features/groups/policy.server';
import { allocatedDocumentsByMeeting } from '~/features/groups/group-documents.server';
import type { MessageKey } from '~/i18n';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && (() => data.group.code));

export async function loader({ context, params }: LoaderFunctionArgs) {
  return load(context, async () => {
    const page = await getGroupPage(context.db, params.slug!);
    // Liaison statements whose reply deadline is near (members of the group see them).
    const { memberViews } = await groupAbilities(context.db, context.principal, page.group.id);
    const subtree = await groupSubtree(context.db, page.group.id);
    const [nearLiaisons, allocated] = await Promise.all([
      memberViews ? nearDeadlines(context.db, subtree) : Promise.resolve([]),
      // A sub-group's documents are those allocated to it at its parents' meetings.
      page.parent ? allocatedDocumentsByMeeting(context.db, context.principal, subtree) : Promise.resolve([]),
    ]);
    return json({ ...page, nearLiaisons, nearDays: NEAR_DEADLINE_DAYS, allocated, memberViews });
  });
}

export default function GroupPage() {
  const { group, parent, children, leadership, meetings, nearLiaisons, nearDays, allocated, memberViews } =
    useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link>
        {parent && (
          <>
            {' '}
            / <Link to={`/groups/${parent.slug}`}>{parent.code}</Link>
          </>
        )}
      </nav>
      <h1>
        {group.code}
        {group.name !== group.code && <span className="muted">: {group.name}</span>}
      </h1>
      <p>
        <span className="badge neutral">{t(`group.kind.${group.kind}`)}</span>{' '}
        <span className="badge">{t(`group.access.${group.defaultAccess}`)}</span>
      </p>
      {group.description && <p>{group.description}</p>}
      {memberViews && (
        <p>
          <Link to={`/groups/${group.slug}/liaisons`}>{t('liaisons.group.link')}</Link>
        </p>
      )}
      <form
        method="get"
        action={`/groups/${group.slug}/search`}
        role="search"
        style={{ display: 'flex', gap: '0.5rem', maxWidth: '36rem', margin: '1rem 0' }}
      >
        <label htmlFor="group-q" className="visually-hidden">
          {t('search.group.placeholder', { group: group.code })}
        </label>
        <input
          id="group-q"
          name="q"
          type="search"
          maxLength={200}
          placeholder={t('search.group.placeholder', { group: group.code })}
        />{' '}
        <button type="submit">{t('search.group.button')}</button>
      </form>
      <dl className="facts">
        {parent && (
          <>
            <dt>{t('group.parent')}</dt>
            <dd>
              <Link to={`/groups/${parent.slug}`}>
                {parent.code}: {parent.name}
              </Link>
            </dd>
          </>
        )}
        {group.mailbox && (
          <>
            <dt>{t('group.mailbox')}</dt>
            <dd>
              <a href={`mailto:${group.mailbox}`}>{group.mailbox}</a>
            </dd>
          </>
        )}
      </dl>
      {nearLiaisons.length > 0 && (
        <section className="alert info" aria-labelledby="near-ls">
          <h2 id="near-ls">{t('liaison.nearTitle', { days: nearDays })}</h2>
          <ul>
            {nearLiaisons.map((l) => (
              <li key={l.id}>
                <span className="badge">{t('liaison.deadlineNear')}</span>{' '}
                <Link to={`/liaisons/${l.id}`}>{l.title}</Link>
                {l.source && <> — {l.source}</>} · {l.replyDate}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t('group.leadership')}</h2>
      {leadership.length === 0 ? (
        <p className="muted">{t('group.noLeadership')}</p>
      ) : (
        <ul>
          {leadership.map((p, i) => (
            <li key={i}>
              <strong>{p.name}</strong> ({[p.organisation, p.country].filter(Boolean).join(', ')}) —{' '}
              {p.title ?? t(`role.${p.role}`)}
            </li>
          ))}
        </ul>
      )}
      {children.length > 0 && (
        <>
          <h2>{t('group.structure')}</h2>
          <ul className="tree card">
            {children.map((c) => (
              <li key={c.id}>
                <Link to={`/groups/${c.slug}`}>
                  <strong>{c.code}</strong>
                </Link>{' '}
                {c.name !== c.code && c.name}
                {c.children.length > 0 && (
                  <ul className="tree">
                    {c.children.map((q) => (
                      <li key={q.id}>
                        <Link to={`/groups/${q.slug}`}>{q.code}</Link> {q.name}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('group.meetings')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('group.noMeetings')}</p>
      ) : (
        <div className="grid">
          {[...meetings].reverse().map(({ meeting, groupCode }) => (
            <MeetingCard key={meeting.id} meeting={meeting} groupCode={groupCode} />
          ))}
        </div>
      )}
      {parent && <AllocatedDocuments group={group} allocated={allocated} />}
    </>
  );
}

function AllocatedDocuments({
  group,
  allocated,
}: {
  group: { slug: string; code: string };
  allocated: ReturnType<typeof useLoaderData<typeof loader>>['allocated'];
}) {
  const t = useT();
  return (
    <section aria-labelledby="group-documents">
      <h2 id="group-documents">{t('group.documents.title', { group: group.code })}</h2>
      {allocated.length === 0 && <p className="muted">{t('group.documents.none')}</p>}
      {allocated.map(({ meeting, documents }) => (
        <section key={meeting.id} aria-labelledby={`group-documents-${meeting.slug}`}>
          <h3 id={`group-documents-${meeting.slug}`}>
            <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
          </h3>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('group.documents.number')}</th>
                <th scope="col">{t('group.documents.document')}</th>
                <th scope="col">{t('group.documents.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    {d.numberLabel}
                    {d.revision ? ` Rev.${d.revision}` : ''}
                  </td>
                  <td>
                    <Link to={`/documents/${d.id}`}>{d.title}</Link>
                    {d.source && <div className="muted small">{d.source}</div>}
                  </td>
                  <td>
                    {d.state === 'withdrawn' ? (
                      <span className="badge neutral">{t('submissions.state.withdrawn')}</span>
                    ) : (
                      d.decision && <span className="badge">{t(`decision.${d.decision}` as MessageKey)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link to={`/meetings/${meeting.slug}/documents?wg=${encodeURIComponent(group.slug)}`}>
              {meeting.count > documents.length
                ? t('group.documents.all', { count: meeting.count, group: group.code })
                : t('group.documents.list', { group: group.code })}
            </Link>
          </p>
        </section>
      ))}
    </section>
  );
}
