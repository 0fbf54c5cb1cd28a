/**
 * The collaboration policy: who may read and who may write a collaborative document (a meeting's draft agenda, an
 * outgoing liaison statement's text), and what else may be done with agendas and liaison statements. The pages,
 * their actions and the collaboration server's WebSocket (at connection and at every re-check) all ask these
 * functions, so the doors cannot disagree. While the text is open, these edit:
 * - the chairs (vice-chairs, co-chairs) and the secretariat of its group or a group above it;
 * - for an agenda, also the chairs of the groups below the meeting's group (WG chairs, rapporteurs);
 * - the people the secretariat invited by name to edit that text (collab_editors).
 * Members of the group read, and the readers a text names (a meeting room's, see the room policy); others get nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  collabDocuments,
  collabEditors,
  liaisonStatements,
  type LiaisonState,
  type meetings,
} from '../../../db/schema';
import { can, groupChain, groupSubtree, type Action, type Principal } from '../groups/permissions.server';
import { roomSubject } from '../room/policy.server';
import { collabName, parseCollabName } from './collaboration.server';

export type CollabAccess = 'edit' | 'read';

/** A collaborative text as the policy sees it: its group (and the groups above) and whether it is still open. */
export interface CollabSubject {
  groupChain: string[];
  editable: boolean;
  /** Groups whose own chairs edit too (an agenda: the groups below the meeting's group). */
  chairedGroups?: string[];
  /** Users invited by name to edit this text. */
  editors?: string[];
  /** Users who read it without being members (a meeting room's registered participants). */
  readers?: string[];
}

/** The one decision on reading and writing a collaborative text: 'edit', 'read' or null (neither). */
export function collabAccess(principal: Principal | null, subject: CollabSubject): CollabAccess | null {
  const scope = { groupChain: subject.groupChain };
  const invited = !!principal && (subject.editors ?? []).includes(principal.id);
  const chairBelow = (subject.chairedGroups ?? []).some((g) => can(principal, 'collab.edit', { groupChain: [g] }));
  const writer = can(principal, 'collab.edit', scope) || invited || chairBelow;
  if (subject.editable && writer) return 'edit';
  const reader = !!principal && (subject.readers ?? []).includes(principal.id);
  if (writer || reader || can(principal, 'collab.read', scope)) return 'read';
  return null;
}

/** The users invited to edit one collaborative text. */
export async function invitedEditors(db: Db, name: string): Promise<string[]> {
  const rows = await db
    .select({ userId: collabEditors.userId })
    .from(collabEditors)
    .where(eq(collabEditors.documentName, name));
  return rows.map((r) => r.userId);
}

/** A liaison statement's text is written until the meeting agrees it; from then on it is frozen. */
export const liaisonSubject = (chain: string[], state: LiaisonState, editors: string[] = []): CollabSubject => ({
  groupChain: chain,
  editable: state === 'draft',
  editors,
});

/** A draft agenda stays open for its editors, also after it has been published. */
export const agendaSubject = (
  chain: string[],
  extra: Pick<CollabSubject, 'chairedGroups' | 'editors'> = {},
): CollabSubject => ({ groupChain: chain, editable: true, ...extra });

/** A meeting's agenda as the policy sees it, with the chairs below the meeting's group and the invited editors. */
export async function meetingAgendaSubject(db: Db, meeting: { id: string; groupId: string }, chain?: string[]) {
  const [groupsChain, below, editors] = await Promise.all([
    chain ?? groupChain(db, meeting.groupId),
    groupSubtree(db, meeting.groupId),
    invitedEditors(db, collabName('agenda', meeting.id)),
  ]);
  return agendaSubject(groupsChain, { chairedGroups: below.filter((g) => g !== meeting.groupId), editors });
}

/**
 * Chair's notes on an agenda item: written during the meeting by the chairs (vice-chairs, co-chairs) and the
 * secretariat of the meeting's group or a group above it, read by those who read the agenda. Chairs of the groups
 * below and invited agenda editors read them only.
 */
export const notesSubject = (chain: string[]): CollabSubject => ({ groupChain: chain, editable: true });

/** A meeting's report: edited like its agenda, by the chairs and secretariat of the group and the chairs below it. */
export async function meetingReportSubject(db: Db, meeting: { groupId: string }, chain?: string[]) {
  const [groupsChain, below] = await Promise.all([
    chain ?? groupChain(db, meeting.groupId),
    groupSubtree(db, meeting.groupId),
  ]);
  return agendaSubject(groupsChain, { chairedGroups: below.filter((g) => g !== meeting.groupId) });
}

/** What a collaborative document's name refers to, as the policy sees it; null when there is no such document. */
export async function collabSubject(db: Db, name: string): Promise<CollabSubject | null> {
  const room = await roomSubject(db, name);
  if (room !== undefined) return room;
  const parsed = parseCollabName(name);
  if (!parsed) return null;
  const [doc] = await db
    .select({ groupId: collabDocuments.groupId, meetingId: collabDocuments.meetingId })
    .from(collabDocuments)
    .where(eq(collabDocuments.name, name));
  if (!doc) return null;
  const chain = await groupChain(db, doc.groupId);
  if (parsed.kind === 'agenda') return meetingAgendaSubject(db, { id: doc.meetingId, groupId: doc.groupId }, chain);
  if (parsed.kind === 'notes') return notesSubject(chain);
  if (parsed.kind === 'report') return meetingReportSubject(db, { groupId: doc.groupId }, chain);
  const [ls] = await db
    .select({ state: liaisonStatements.state })
    .from(liaisonStatements)
    .where(eq(liaisonStatements.id, parsed.id));
  return ls ? liaisonSubject(chain, ls.state, await invitedEditors(db, name)) : null;
}

/** The secretariat of a group's texts: publishes agendas and reports, invites and withdraws editors. */
const isSecretariatOf = (principal: Principal | null, chain: string[]) =>
  can(principal, 'document.manage', { groupChain: chain });

/** Who may invite and withdraw editors of a group's texts: its secretariat. */
export const mayInviteEditors = isSecretariatOf;

/** What the principal may do with a meeting's draft agenda and its page. */
export async function agendaAbilities(
  db: Db,
  principal: Principal | null,
  meeting: Pick<typeof meetings.$inferSelect, 'id' | 'groupId' | 'documentAccess'>,
  chain?: string[],
) {
  const subject = await meetingAgendaSubject(db, meeting, chain);
  const access = collabAccess(principal, subject);
  return {
    /** The agenda's page: those who read the draft, and those who may read the meeting's documents. */
    view:
      access !== null ||
      can(principal, 'document.read', { groupChain: subject.groupChain, access: meeting.documentAccess }),
    read: access !== null,
    edit: access === 'edit',
    publish: isSecretariatOf(principal, subject.groupChain),
    inviteEditors: mayInviteEditors(principal, subject.groupChain),
  };
}

/** What the principal may do with a meeting's report: draft and edit it like the agenda, publish it (secretariat). */
export async function reportAbilities(
  db: Db,
  principal: Principal | null,
  meeting: { groupId: string },
  chain?: string[],
) {
  const subject = await meetingReportSubject(db, meeting, chain);
  const access = collabAccess(principal, subject);
  return {
    read: access !== null,
    edit: access === 'edit',
    draft: access === 'edit',
    publish: isSecretariatOf(principal, subject.groupChain),
  };
}

/** What the principal may do with the liaison statements of a group's meeting. */
export function liaisonListAbilities(principal: Principal | null, chain: string[]) {
  const scope = { groupChain: chain };
  return {
    read: collabAccess(principal, { groupChain: chain, editable: false }) !== null,
    create: can(principal, 'collab.edit', scope),
    register: can(principal, 'liaison.approve', scope),
  };
}

/** An outgoing statement's steps: agreed and reopened by its group's chairs, approved and sent by its secretariat. */
export const LIAISON_STEPS = {
  agreed: { from: 'draft', by: 'collab.edit' },
  draft: { from: 'agreed', by: 'collab.edit' },
  approved: { from: 'agreed', by: 'liaison.approve' },
  sent: { from: 'approved', by: 'liaison.approve' },
} as const satisfies Record<string, { from: LiaisonState; by: Action }>;

export type LiaisonStep = keyof typeof LIAISON_STEPS;

export const isLiaisonStep = (to: string): to is LiaisonStep => Object.hasOwn(LIAISON_STEPS, to);

/** Whether the principal takes this step on statements of the group (`chain`), whichever state one is in now. */
export const takesLiaisonStep = (principal: Principal | null, chain: string[], step: LiaisonStep) =>
  can(principal, LIAISON_STEPS[step].by, { groupChain: chain });

/** What the principal may do with one liaison statement (`editors`: those invited to edit its text). */
export function liaisonAbilities(
  principal: Principal | null,
  chain: string[],
  ls: { state: LiaisonState; direction: 'in' | 'out' },
  editors: string[] = [],
) {
  const scope = { groupChain: chain };
  const chair = can(principal, 'collab.edit', scope);
  const outgoing = ls.direction === 'out';
  const text = collabAccess(principal, liaisonSubject(chain, ls.state, outgoing ? editors : []));
  const invited = outgoing && !!principal && editors.includes(principal.id);
  const step = (to: LiaisonStep) => ls.state === LIAISON_STEPS[to].from && takesLiaisonStep(principal, chain, to);
  return {
    read: text !== null,
    editFields: (chair && (ls.state === 'draft' || ls.state === 'agreed')) || (invited && ls.state === 'draft'),
    editBody: outgoing && text === 'edit',
    agree: step('agreed'),
    reopen: step('draft'),
    approve: step('approved'),
    send: step('sent'),
    answer: !outgoing && chair,
    snapshot: outgoing && (chair || text === 'edit'),
    restore: outgoing && text === 'edit',
    inviteEditors: outgoing && mayInviteEditors(principal, chain) && ls.state !== 'sent',
  };
}
