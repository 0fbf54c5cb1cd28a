/**
 * The home page, arranged by what the person may do: everyone sees the meetings and deadlines to come; a member
 * their documents, their groups' deadlines and the drafts they may edit; a chair their groups' dashboards; the
 * secretariat what waits for them per meeting. Each section is its own bounded query; they run in parallel.
 */
import type { Db } from '../../../db/client.server';
import type { SessionUser } from '../../platform/context.server';
import type { Principal } from '../groups/permissions.server';
import { homeSections } from '../groups/policy.server';
import { chairedGroups } from './chair.server';
import { chairIncoming } from '../liaisons/lists.server';
import { groupIndex } from './groups.server';
import { editableDrafts, myDeadlines, myDocuments } from './member.server';
import { secretariatWork } from './secretariat.server';
import { openDeadlines, upcomingMeetings } from './upcoming.server';

const NO_WORK: Awaited<ReturnType<typeof secretariatWork>> = { meetings: [], nearLiaisons: [] };

export async function homePage(
  db: Db,
  viewer: { user: Pick<SessionUser, 'id' | 'email'>; principal: Principal } | null,
  now = new Date(),
) {
  const today = now.toISOString().slice(0, 10);
  const index = await groupIndex(db);
  const sections = homeSections(viewer?.principal ?? null, index);
  const [upcoming, deadlines, member, chair, secretariat] = await Promise.all([
    upcomingMeetings(db, today),
    openDeadlines(db, now),
    viewer
      ? Promise.all([
          myDocuments(db, viewer.user),
          myDeadlines(db, viewer.principal, index, now),
          editableDrafts(db, viewer.principal, index, today),
        ]).then(([documents, deadlines, drafts]) => ({ documents, deadlines, drafts }))
      : null,
    viewer ? chairedGroups(db, viewer.principal, index, sections.chaired, today) : Promise.resolve([]),
    viewer ? secretariatWork(db, viewer.principal, index, sections.managed, today, now) : Promise.resolve(NO_WORK),
  ]);
  // Incoming liaison statements of the groups they chair: overdue, assigned or with a reply drafted.
  const incomingLiaisons = (await chairIncoming(db, sections.chaired, now)).slice(0, 20);
  return { upcoming, deadlines, member, chair, secretariat, showsSecretariat: sections.serves, incomingLiaisons };
}

export type HomePage = Awaited<ReturnType<typeof homePage>>;
