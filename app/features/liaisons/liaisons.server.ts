/**
 * Liaison statements. Outgoing: structured fields (addressees each for action / comment / information, a reply
 * deadline required when action is asked, Questions, contacts, title, "in reply to") beside a collaboratively
 * edited body ("liaison:<id>"); draft → agreed (chairs) → approved (secretariat) → sent (secretariat: registered as
 * a numbered ls_out document with the .docx in the LS layout, contacts notified). Incoming: registered by the
 * secretariat as numbered ls_in documents, answerable from their page; near reply deadlines are flagged.
 * Here: a meeting's statements and one statement, as the reader may see them, with its place in the exchange.
 */
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents, groups, liaisonAnswers, liaisonStatements, meetings } from '../../../db/schema';
import { collabName, getCollabDocument, UUID } from '../collaboration/collaboration.server';
import type { PMNode } from '../collaboration/content.server';
import { invitedEditors, liaisonAbilities, liaisonListAbilities } from '../collaboration/policy.server';
import { listEditors } from '../collaboration/editors.server';
import { forbidden, notFound } from '../../platform/errors';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { groupChain, groupSubtree, type Principal } from '../groups/permissions.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { isAddresseeOf, knownOrganisations } from './lists.server';
import { readableIncoming, readableOutgoing } from './readable.server';

export type Liaison = typeof liaisonStatements.$inferSelect;

export async function listLiaisons(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group } = await getMeetingBySlug(db, slug);
  const { read: canRead, ...allowed } = liaisonListAbilities(principal, await groupChain(db, group.id));
  const rows = canRead
    ? (
        await db
          .select({ ls: liaisonStatements, numberLabel: documents.numberLabel })
          .from(liaisonStatements)
          .leftJoin(
            documents,
            and(eq(documents.id, liaisonStatements.documentId), await visibleDocumentsSql(db, principal)),
          )
          .where(eq(liaisonStatements.meetingId, meeting.id))
          .orderBy(asc(liaisonStatements.direction), desc(liaisonStatements.createdAt))
      ).map((r) => ({ ...r.ls, numberLabel: r.numberLabel }))
    : [];
  return {
    meeting,
    group,
    canRead,
    outgoing: rows.filter((r) => r.direction === 'out'),
    incoming: rows.filter((r) => r.direction === 'in'),
    allowed,
  };
}

export async function getLiaison(db: Db, principal: Principal | null, id: string) {
  if (!UUID.test(id)) throw notFound();
  const [row] = await db
    .select({ ls: liaisonStatements, meeting: meetings, group: groups })
    .from(liaisonStatements)
    .innerJoin(meetings, eq(meetings.id, liaisonStatements.meetingId))
    .innerJoin(groups, eq(groups.id, liaisonStatements.groupId))
    .where(eq(liaisonStatements.id, id));
  if (!row) throw notFound();
  const name = collabName('liaison', id);
  const editors = row.ls.direction === 'out' ? await invitedEditors(db, name) : [];
  const allowed = liaisonAbilities(principal, await groupChain(db, row.group.id), row.ls, editors);
  if (!allowed.read) throw forbidden();
  const stored = row.ls.direction === 'out' ? await getCollabDocument(db, name) : null;
  const inReplyTo = row.ls.inReplyToId
    ? ((
        await db
          .select({ id: liaisonStatements.id, title: liaisonStatements.title, source: liaisonStatements.source })
          .from(liaisonStatements)
          .where(eq(liaisonStatements.id, row.ls.inReplyToId))
      )[0] ?? null)
    : null;
  const replies = await db
    .select({ id: liaisonStatements.id, title: liaisonStatements.title, state: liaisonStatements.state })
    .from(liaisonStatements)
    .where(eq(liaisonStatements.inReplyToId, id));
  const registered = row.ls.documentId
    ? ((
        await db
          .select({ id: documents.id, numberLabel: documents.numberLabel })
          .from(documents)
          .where(and(eq(documents.id, row.ls.documentId), await visibleDocumentsSql(db, principal)))
      )[0] ?? null)
    : null;
  return {
    ...row,
    name,
    registered,
    text: stored?.text ?? row.ls.body,
    content: (stored?.content ?? null) as PMNode | null,
    inReplyTo,
    replies,
    allowed,
    editors: allowed.inviteEditors ? await listEditors(db, name) : [],
  };
}

type Outgoing = Pick<Liaison, 'id' | 'groupId' | 'addressees'>;

/**
 * What an outgoing statement belongs to in the exchange with other organisations, as far as the viewer may see:
 * the incoming statements it answers, the statements answering it, and the organisations whose thread holds it.
 */
export async function outgoingExchange(db: Db, principal: Principal | null, ls: Outgoing) {
  const links = await db
    .select()
    .from(liaisonAnswers)
    .where(and(eq(liaisonAnswers.fromOutgoingId, ls.id), isNotNull(liaisonAnswers.toIncomingId)));
  const answering = await db.select().from(liaisonAnswers).where(eq(liaisonAnswers.toOutgoingId, ls.id));
  const inReplyTo = await readableIncoming(
    db,
    principal,
    links.map((l) => l.toIncomingId!),
  );
  const answeredBy = [
    ...(await readableIncoming(
      db,
      principal,
      answering.flatMap((a) => a.fromIncomingId ?? []),
    )),
    ...(await readableOutgoing(
      db,
      principal,
      answering.flatMap((a) => a.fromOutgoingId ?? []),
    )),
  ];
  const senders = [...inReplyTo, ...answeredBy].flatMap((s) => (s.kind === 'in' ? [s.senderOrganisation] : []));
  return { inReplyTo, answeredBy, threadWith: await threadOrganisations(db, ls, senders) };
}

/**
 * The organisations to offer a thread with: the senders of the statements it answers or is answered by, and for
 * each addressee the known organisation it belongs to (its own name when none is known).
 */
async function threadOrganisations(db: Db, ls: Outgoing, senders: string[]) {
  const known = await knownOrganisations(db, await groupSubtree(db, ls.groupId));
  const ofAddressee = (name: string) => {
    const owners = known.filter((o) => isAddresseeOf(name, o));
    // The longest match is the most precise: "ITU-T SG21" rather than "ITU-T" when both have written.
    return owners.sort((a, b) => b.length - a.length)[0] ?? name.trim();
  };
  const all = [...senders, ...ls.addressees.map((a) => ofAddressee(a.name))].filter(Boolean);
  const unique = new Map(all.map((o) => [o.toLowerCase(), o] as const));
  return [...unique.values()];
}
