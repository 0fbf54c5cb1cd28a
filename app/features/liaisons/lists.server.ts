/**
 * Lists of incoming statements: those addressed to a group (or assigned within it), overdue first; the overdue and
 * assigned ones a chair sees on the home page; those an outgoing statement may answer; and the thread of statements
 * between a group and another organisation, in both directions.
 */
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  groups,
  incomingLiaisonAddressees,
  incomingLiaisons,
  liaisonAnswers,
  liaisonStatements,
  meetings,
  type IncomingState,
  type LiaisonState,
} from '../../../db/schema';
import { forbidden } from '../../platform/errors';
import { groupChain, groupSubtree, type Principal } from '../groups/permissions.server';
import { groupBySlug } from './incoming.server';
import { canReadGroupLiaisons, canRegisterIncoming } from './policy.server';
import { invitedEditors, liaisonAbilities, liaisonListAbilities } from '../collaboration/policy.server';
import { collabName } from '../collaboration/collaboration.server';
import { daysUntil, utcDate } from '../meetings/deadlines';
import { isOverdue, OPEN_STATES, STATE_FILTERS, type StateFilter } from './state';

const sentinel = ['00000000-0000-0000-0000-000000000000'];

/** Statements addressed to any of the groups, or assigned to one of them. */
async function statementsFor(db: Db, groupIds: string[], states: readonly IncomingState[] | null) {
  const addressed = db
    .select({ id: incomingLiaisonAddressees.incomingId })
    .from(incomingLiaisonAddressees)
    .where(inArray(incomingLiaisonAddressees.groupId, groupIds.length ? groupIds : sentinel));
  const rows = await db
    .select({
      id: incomingLiaisons.id,
      title: incomingLiaisons.title,
      reference: incomingLiaisons.reference,
      senderOrganisation: incomingLiaisons.senderOrganisation,
      senderGroup: incomingLiaisons.senderGroup,
      receivedOn: incomingLiaisons.receivedOn,
      replyDeadline: incomingLiaisons.replyDeadline,
      state: incomingLiaisons.state,
      assignedGroup: groups.code,
    })
    .from(incomingLiaisons)
    .leftJoin(groups, eq(groups.id, incomingLiaisons.assignedGroupId))
    .where(
      and(
        or(
          inArray(incomingLiaisons.id, addressed),
          inArray(incomingLiaisons.assignedGroupId, groupIds.length ? groupIds : sentinel),
        ),
        states ? inArray(incomingLiaisons.state, [...states]) : undefined,
      ),
    )
    .orderBy(sql`${incomingLiaisons.replyDeadline} asc nulls last`, desc(incomingLiaisons.receivedOn));
  const purposes = rows.length
    ? await db
        .select()
        .from(incomingLiaisonAddressees)
        .where(
          and(
            inArray(
              incomingLiaisonAddressees.incomingId,
              rows.map((r) => r.id),
            ),
            inArray(incomingLiaisonAddressees.groupId, groupIds),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    purposes: [...new Set(purposes.filter((p) => p.incomingId === r.id).map((p) => p.purpose))],
  }));
}

/** The group's page of incoming statements: filtered by state, overdue ones first. */
export async function listGroupIncoming(
  db: Db,
  principal: Principal | null,
  slug: string,
  filter: string | null,
  now = new Date(),
) {
  const group = await groupBySlug(db, slug);
  const chain = await groupChain(db, group.id);
  if (!canReadGroupLiaisons(principal, chain)) throw forbidden();
  const state: StateFilter = (STATE_FILTERS as readonly string[]).includes(filter ?? '')
    ? (filter as StateFilter)
    : 'open';
  const today = utcDate(now);
  const rows = await statementsFor(
    db,
    await groupSubtree(db, group.id),
    state === 'all' ? null : state === 'open' ? OPEN_STATES : [state],
  );
  const marked = rows.map((r) => ({
    ...r,
    overdue: isOverdue(r, today),
    daysLeft: r.replyDeadline ? daysUntil(r.replyDeadline, today) : null,
  }));
  return {
    group,
    state,
    statements: [...marked.filter((r) => r.overdue), ...marked.filter((r) => !r.overdue)],
    canRegister: canRegisterIncoming(principal, chain),
  };
}

/** For a chair's home page: open statements addressed to or assigned within the groups they chair, overdue first. */
export async function chairIncoming(db: Db, groupIds: string[], now = new Date()) {
  if (!groupIds.length) return [];
  const subtree = [...new Set((await Promise.all(groupIds.map((g) => groupSubtree(db, g)))).flat())];
  const today = utcDate(now);
  const rows = (await statementsFor(db, subtree, OPEN_STATES)).map((r) => ({ ...r, overdue: isOverdue(r, today) }));
  return [...rows.filter((r) => r.overdue), ...rows.filter((r) => !r.overdue && r.state !== 'new')];
}

/** Incoming statements an outgoing statement of the group may answer: open, addressed within its family. */
export async function answerableIncoming(db: Db, groupId: string, keep: string[] = []) {
  const family = [...new Set([...(await groupChain(db, groupId)), ...(await groupSubtree(db, groupId))])];
  const open = await statementsFor(db, family, OPEN_STATES);
  const kept = keep.length
    ? await db
        .select({
          id: incomingLiaisons.id,
          title: incomingLiaisons.title,
          senderOrganisation: incomingLiaisons.senderOrganisation,
          senderGroup: incomingLiaisons.senderGroup,
        })
        .from(incomingLiaisons)
        .where(inArray(incomingLiaisons.id, keep))
    : [];
  const options = new Map<string, { id: string; title: string; sender: string }>();
  for (const r of [...kept, ...open])
    options.set(r.id, {
      id: r.id,
      title: r.title,
      sender: [r.senderOrganisation, r.senderGroup].filter(Boolean).join(' '),
    });
  return [...options.values()];
}

/** The organisations that sent statements to any of the groups, in alphabetical order. */
export async function knownOrganisations(db: Db, groupIds: string[]) {
  if (!groupIds.length) return [];
  return (
    await db
      .selectDistinct({ name: incomingLiaisons.senderOrganisation })
      .from(incomingLiaisons)
      .innerJoin(incomingLiaisonAddressees, eq(incomingLiaisonAddressees.incomingId, incomingLiaisons.id))
      .where(inArray(incomingLiaisonAddressees.groupId, groupIds))
      .orderBy(asc(incomingLiaisons.senderOrganisation))
  ).map((r) => r.name);
}

/**
 * Whether an addressee belongs to an organisation: its name is the organisation's, or starts with it as a whole
 * word — "ETSI ISG MR" is ETSI's, "ISO/IEC JTC 1" is not IEC's. Case and surrounding spaces do not count.
 */
export const isAddresseeOf = (addressee: string, organisation: string) =>
  `${addressee.trim().toLowerCase()} `.startsWith(`${organisation.trim().toLowerCase()} `);

/** `isAddresseeOf` in SQL, for an addressee name expression. */
const addresseeOfSql = (name: SQL, organisation: string) =>
  sql`starts_with(lower(trim(${name})) || ' ', ${`${organisation.trim().toLowerCase()} `})`;

/** Outgoing statements without the drafts the viewer may not edit: a draft is not yet the group's word. */
async function withoutOthersDrafts<T extends { id: string; state: LiaisonState; groupId: string }>(
  db: Db,
  principal: Principal | null,
  statements: T[],
) {
  const kept: T[] = [];
  for (const s of statements) {
    if (s.state !== 'draft' || (await mayEditOutgoing(db, principal, s))) kept.push(s);
  }
  return kept;
}

async function mayEditOutgoing(
  db: Db,
  principal: Principal | null,
  s: { id: string; state: LiaisonState; groupId: string },
) {
  const editors = await invitedEditors(db, collabName('liaison', s.id));
  const allowed = liaisonAbilities(principal, await groupChain(db, s.groupId), { ...s, direction: 'out' }, editors);
  return allowed.editFields || allowed.editBody;
}

/**
 * The statements between the group (with its sub-groups) and an organisation: those received from it, and the
 * outgoing ones addressed to it (see `isAddresseeOf`) or answering one of its statements, oldest first, each with
 * what it answers. Drafts are left out unless the viewer may edit them.
 */
export async function liaisonThread(db: Db, principal: Principal | null, slug: string, organisation: string) {
  const group = await groupBySlug(db, slug);
  if (!canReadGroupLiaisons(principal, await groupChain(db, group.id))) throw forbidden();
  const family = await groupSubtree(db, group.id);
  const org = organisation.trim();
  const organisations = await knownOrganisations(db, family);
  if (!org) return { group, organisation: org, organisations, items: [] };
  const received = (await statementsFor(db, family, null)).filter(
    (r) => r.senderOrganisation.toLowerCase() === org.toLowerCase(),
  );
  const receivedIds = received.map((r) => r.id);
  const linkedOut = receivedIds.length
    ? await db
        .select({ from: liaisonAnswers.fromOutgoingId, to: liaisonAnswers.toOutgoingId })
        .from(liaisonAnswers)
        .where(
          or(inArray(liaisonAnswers.toIncomingId, receivedIds), inArray(liaisonAnswers.fromIncomingId, receivedIds)),
        )
    : [];
  const linkedOutIds = linkedOut.flatMap((l) => [l.from, l.to]).filter((x): x is string => !!x);
  const addressedOrLinked = await db
    .select({
      id: liaisonStatements.id,
      title: liaisonStatements.title,
      state: liaisonStatements.state,
      groupId: liaisonStatements.groupId,
      at: sql<Date>`coalesce(${liaisonStatements.sentAt}, ${liaisonStatements.createdAt})`,
      meetingSlug: meetings.slug,
    })
    .from(liaisonStatements)
    .innerJoin(meetings, eq(meetings.id, liaisonStatements.meetingId))
    .where(
      and(
        eq(liaisonStatements.direction, 'out'),
        inArray(liaisonStatements.groupId, family),
        or(
          inArray(liaisonStatements.id, linkedOutIds.length ? linkedOutIds : sentinel),
          sql`exists (select 1 from jsonb_array_elements(${liaisonStatements.addressees}) a where ${addresseeOfSql(sql`a->>'name'`, org)})`,
        ),
      ),
    );
  const sent = await withoutOthersDrafts(db, principal, addressedOrLinked);
  const ids = [...receivedIds, ...sent.map((s) => s.id)];
  const answerRows = ids.length
    ? await db
        .select()
        .from(liaisonAnswers)
        .where(or(inArray(liaisonAnswers.fromIncomingId, ids), inArray(liaisonAnswers.fromOutgoingId, ids)))
    : [];
  const answersOf = (id: string) =>
    answerRows
      .filter((a) => (a.fromIncomingId ?? a.fromOutgoingId) === id)
      .map((a) => a.toIncomingId ?? a.toOutgoingId!)
      .filter((x) => ids.includes(x));
  const items = [
    ...received.map((r) => ({
      kind: 'in' as const,
      id: r.id,
      title: r.title,
      state: r.state as string,
      date: r.receivedOn,
      party: [r.senderOrganisation, r.senderGroup].filter(Boolean).join(' '),
      answers: answersOf(r.id),
    })),
    ...sent.map((s) => ({
      kind: 'out' as const,
      id: s.id,
      title: s.title,
      state: s.state as string,
      date: new Date(s.at).toISOString().slice(0, 10),
      party: group.code,
      answers: answersOf(s.id),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return { group, organisation: org, organisations, items };
}

/** The group's outgoing statements (its family's, sent) an incoming one may answer, newest first. */
export async function answerableOutgoing(db: Db, principal: Principal | null, slug: string) {
  const group = await groupBySlug(db, slug);
  if (!canRegisterIncoming(principal, await groupChain(db, group.id))) throw forbidden();
  const family = await groupSubtree(db, group.id);
  const outgoing = await db
    .select({ id: liaisonStatements.id, title: liaisonStatements.title, sentAt: liaisonStatements.sentAt })
    .from(liaisonStatements)
    .where(
      and(
        eq(liaisonStatements.direction, 'out'),
        eq(liaisonStatements.state, 'sent'),
        inArray(liaisonStatements.groupId, family),
      ),
    )
    .orderBy(desc(liaisonStatements.sentAt))
    .limit(30);
  return {
    group,
    outgoing: outgoing.map((o) => ({ id: o.id, title: o.title, sentOn: o.sentAt?.toISOString().slice(0, 10) ?? '' })),
  };
}

/** Meetings where the viewer may draft a reply: those of the groups addressed (and above) whose statements they edit, latest first. */
export async function replyMeetings(db: Db, principal: Principal | null, groupIds: string[]) {
  const chains = await Promise.all(groupIds.map((g) => groupChain(db, g)));
  const allowed = new Set<string>();
  for (const chain of chains)
    for (let i = 0; i < chain.length; i++)
      if (liaisonListAbilities(principal, chain.slice(i)).create) allowed.add(chain[i]);
  if (!allowed.size) return [];
  return db
    .select({ slug: meetings.slug, title: meetings.title, startsOn: meetings.startsOn })
    .from(meetings)
    .where(inArray(meetings.groupId, [...allowed]))
    .orderBy(desc(meetings.startsOn))
    .limit(5);
}
