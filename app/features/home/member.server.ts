/** A signed-in member's home: their documents, the open deadlines of their groups, the drafts they may edit. */
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { collabDocuments, collabEditors, liaisonStatements, meetings } from '../../../db/schema';
import type { SessionUser } from '../../platform/context.server';
import { collabName } from '../collaboration/collaboration.server';
import { agendaSubject, collabAccess, liaisonSubject } from '../collaboration/policy.server';
import type { Principal } from '../groups/permissions.server';
import { listMyDocuments } from '../submissions/document-view.server';
import type { GroupIndex } from './groups.server';
import { openDeadlines } from './upcoming.server';

export const MY_DOCUMENTS_LIMIT = 8;
export const DRAFTS_LIMIT = 50;

export async function myDocuments(db: Db, user: Pick<SessionUser, 'id' | 'email'>) {
  const all = await listMyDocuments(db, user);
  return { total: all.length, latest: all.slice(0, MY_DOCUMENTS_LIMIT) };
}

/** Deadlines of the meetings of the groups the person belongs to (or of the groups above them: a WG meets with its FG). */
export async function myDeadlines(db: Db, principal: Principal, index: GroupIndex, now: Date) {
  const groupIds = [...new Set(principal.roles.flatMap((r) => index.chainOf(r.groupId)))];
  return openDeadlines(db, now, groupIds);
}

/**
 * The draft agendas and outgoing liaison statements (of meetings not yet over) the person may edit, as the
 * collaboration policy decides for each.
 */
export async function editableDrafts(db: Db, principal: Principal, index: GroupIndex, today: string) {
  const [agendas, statements, invitations] = await Promise.all([
    db
      .select({
        name: collabDocuments.name,
        groupId: meetings.groupId,
        meetingSlug: meetings.slug,
        meetingTitle: meetings.title,
        updatedAt: collabDocuments.updatedAt,
      })
      .from(collabDocuments)
      .innerJoin(meetings, eq(meetings.id, collabDocuments.meetingId))
      .where(and(gte(meetings.endsOn, today), eq(collabDocuments.kind, 'agenda')))
      .orderBy(asc(meetings.startsOn))
      .limit(DRAFTS_LIMIT),
    db
      .select({
        id: liaisonStatements.id,
        title: liaisonStatements.title,
        state: liaisonStatements.state,
        groupId: liaisonStatements.groupId,
        meetingTitle: meetings.title,
        updatedAt: liaisonStatements.updatedAt,
      })
      .from(liaisonStatements)
      .innerJoin(meetings, eq(meetings.id, liaisonStatements.meetingId))
      .where(and(gte(meetings.endsOn, today), eq(liaisonStatements.direction, 'out')))
      .orderBy(asc(meetings.startsOn))
      .limit(DRAFTS_LIMIT),
    db.select({ name: collabEditors.documentName }).from(collabEditors).where(eq(collabEditors.userId, principal.id)),
  ]);
  // The subjects the pages give the policy: chairs of the groups below an agenda's meeting group, invited editors.
  const invited = new Set(invitations.map((i) => i.name));
  const editors = (name: string) => (invited.has(name) ? [principal.id] : []);
  const below = (groupId: string) => index.subtreeOf(groupId).filter((g) => g !== groupId);
  return [
    ...agendas
      .filter(
        (a) =>
          collabAccess(
            principal,
            agendaSubject(index.chainOf(a.groupId), { chairedGroups: below(a.groupId), editors: editors(a.name) }),
          ) === 'edit',
      )
      .map((a) => ({
        kind: 'agenda' as const,
        title: a.meetingTitle,
        meetingTitle: a.meetingTitle,
        href: `/meetings/${a.meetingSlug}/agenda`,
        updatedAt: a.updatedAt,
      })),
    ...statements
      .filter(
        (l) =>
          collabAccess(
            principal,
            liaisonSubject(index.chainOf(l.groupId), l.state, editors(collabName('liaison', l.id))),
          ) === 'edit',
      )
      .map((l) => ({
        kind: 'liaison' as const,
        title: l.title,
        meetingTitle: l.meetingTitle,
        href: `/liaisons/${l.id}`,
        updatedAt: l.updatedAt,
      })),
  ];
}
