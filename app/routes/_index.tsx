import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { MeetingCard } from '~/features/meetings/meeting-card';
import { listGroupTree, type GroupNode } from '~/features/groups/groups.server';
import { useT } from '~/platform/i18n-react';
import { listRecentMeetings, listUpcomingMeetings } from '~/features/meetings/meetings.server';
import type { SerializeFrom } from '@remix-run/node';

export const meta: MetaFunction = () => [{ title: 'Plenary — groups and meetings' }];

export async function loader({ context }: LoaderFunctionArgs) {
  const today = new Date().toISOString().slice(0, 10);
  const [tree, upcoming, recent] = await Promise.all([
    listGroupTree(context.db),
    listUpcomingMeetings(context.db, today),
    listRecentMeetings(context.db, today),
  ]);
  return json({ tree, upcoming, recent });
}

function GroupTree({ nodes }: { nodes: SerializeFrom<GroupNode>[] }) {
  const t = useT();
  return (
    <ul className="tree">
      {nodes.map((g) => (
        <li key={g.id}>
          <Link to={`/groups/${g.slug}`}>
            <strong>{g.code}</strong>
          </Link>{' '}
          <span className="muted">{g.name !== g.code && g.name}</span>
          {!g.parentId && (
            <>
              {' '}
              <span className="badge neutral">{t(`group.kind.${g.kind}`)}</span>
            </>
          )}
          {g.children.length > 0 && g.parentId === null && <GroupTree nodes={g.children} />}
        </li>
      ))}
    </ul>
  );
}

export default function Home() {
  const { tree, upcoming, recent } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <h2>{t('home.upcoming')}</h2>
      {upcoming.length === 0 ? (
        <p className="muted">{t('home.noUpcoming')}</p>
      ) : (
        <div className="grid">
          {upcoming.map(({ meeting, groupCode }) => (
            <MeetingCard key={meeting.id} meeting={meeting} groupCode={groupCode} />
          ))}
        </div>
      )}
      <h2>{t('home.groups')}</h2>
      <div className="card">
        <GroupTree nodes={tree} />
      </div>
      <h2>{t('home.recent')}</h2>
      <div className="grid">
        {recent.map(({ meeting, groupCode }) => (
          <MeetingCard key={meeting.id} meeting={meeting} groupCode={groupCode} />
        ))}
      </div>
    </>
  );
}
