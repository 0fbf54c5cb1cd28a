import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { MeetingCard } from '~/features/meetings/meeting-card';
import { listGroupTree, type GroupNode } from '~/features/groups/groups.server';
import { useT } from '~/platform/i18n-react';
import { listRecentMeetings } from '~/features/meetings/meetings.server';
import type { SerializeFrom } from '@remix-run/node';
import { homePage } from '~/features/home/home.server';
import { ChairSection, DeadlineList, MemberSection, SecretariatSection } from '~/features/home/home-sections';
import { IncomingLiaisonsSection } from '~/features/liaisons/home-section';
import { load } from '~/platform/http.server';

import styles from '~/features/home/home.css';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('home.title'));

export async function loader({ context }: LoaderFunctionArgs) {
  return load(context, async () => {
    const now = new Date();
    const { user, principal } = context;
    const [tree, home, recent] = await Promise.all([
      listGroupTree(context.db),
      homePage(context.db, user && principal ? { user, principal } : null, now),
      listRecentMeetings(context.db, now.toISOString().slice(0, 10)),
    ]);
    return json({ tree, recent, ...home, userName: user?.name ?? null });
  });
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
  const {
    tree,
    upcoming,
    recent,
    deadlines,
    member,
    chair,
    secretariat,
    userName,
    showsSecretariat,
    incomingLiaisons,
  } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{userName ? t('home.welcome', { name: userName }) : t('home.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      {showsSecretariat && <SecretariatSection secretariat={secretariat} />}
      <ChairSection chair={chair} />
      <IncomingLiaisonsSection statements={incomingLiaisons} />
      {member && <MemberSection member={member} />}
      <h2>{t('home.deadlines')}</h2>
      <div className="card">
        <DeadlineList deadlines={deadlines} />
      </div>
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
