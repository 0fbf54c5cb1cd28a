import { and, asc, eq, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { agendaItems, documentAllocations, documents, groups, meetings, users } from '../../../db/schema';
import { fullLabel } from '../registration/numbering.server';
import type { Principal } from '../groups/permissions.server';
import { documentAbilities, peopleDisclosure, visibleDocumentsSql } from '../documents/policy.server';
import { registerDocuments } from '../registration/register.server';
import type { Services } from '../../platform/context.server';
import { notFound } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { registerOneForm } from './allocation-input';

/**
 * The registration/allocation/decision panel of a document page: where the document is allocated, its agenda item
 * and decision, and what the viewer may do (allocate, decide, register, add the file of a reserved number).
 * The caller has already checked that the viewer may see the document (getDocumentView).
 */
export async function documentWorkflow(db: Db, principal: Principal | null, documentId: string) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) return null;
  const [meeting] = await db
    .select({ slug: meetings.slug, groupId: meetings.groupId, timeZone: meetings.timeZone })
    .from(meetings)
    .where(eq(meetings.id, doc.meetingId));
  const allocations = await db
    .select({
      groupId: groups.id,
      code: groups.code,
      name: groups.name,
      slug: groups.slug,
      allocatedAt: documentAllocations.allocatedAt,
    })
    .from(documentAllocations)
    .innerJoin(groups, eq(groups.id, documentAllocations.groupId))
    .where(eq(documentAllocations.documentId, doc.id))
    .orderBy(asc(groups.position));
  const [item] = doc.agendaItemId
    ? await db
        .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
        .from(agendaItems)
        .where(eq(agendaItems.id, doc.agendaItemId))
    : [];
  const [decider] = doc.decidedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, doc.decidedBy))
    : [];
  const may = await documentAbilities(db, principal, doc);
  const people = await peopleDisclosure(db, principal, doc);
  // The documents its decision names and those whose decisions name it, as far as the viewer may see them.
  const linked = await db
    .select()
    .from(documents)
    .where(
      and(
        or(
          doc.decisionTargetId ? eq(documents.id, doc.decisionTargetId) : undefined,
          eq(documents.decisionTargetId, doc.id),
        ),
        await visibleDocumentsSql(db, principal),
      ),
    )
    .orderBy(asc(documents.number), asc(documents.revision));
  const target = linked.find((d) => d.id === doc.decisionTargetId);
  const numbered = doc.state === 'registered' || doc.state === 'reserved';
  return {
    documentId: doc.id,
    version: doc.version,
    state: doc.state,
    label: fullLabel(doc),
    registeredAt: doc.registeredAt,
    meetingSlug: meeting.slug,
    timeZone: meeting.timeZone,
    allocations,
    agendaItem: item ?? null,
    decision: doc.decision,
    decidedAt: doc.decidedAt,
    decidedBy: people.actorNames ? (decider?.name ?? null) : null,
    decisionNote: doc.decision ? doc.decisionNote : null,
    decisionTarget: target ? { id: target.id, label: fullLabel(target) ?? target.title } : null,
    /** Other documents whose decision names this one ("FGMV-I-012 was merged into this document"). */
    pointedFrom: linked
      .filter((d) => d.decisionTargetId === doc.id && d.decision)
      .map((d) => ({ id: d.id, label: fullLabel(d) ?? d.title, decision: d.decision! })),
    may: {
      register: may.manage && doc.state === 'submitted',
      fill: doc.state === 'reserved' && may.fillReserved,
      allocate: numbered && may.allocate,
      decide: doc.state === 'registered' && may.decide,
      queue: may.manage,
    },
  };
}

/** The panel's "Register" button: registers the document in its meeting, if it is still as the page showed it. */
export async function registerFromPanel(
  services: Pick<Services, 'db'>,
  principal: Principal | null,
  documentId: string,
  input: unknown,
) {
  const { version } = parseOrThrow(registerOneForm, input);
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) throw notFound();
  const [doc] = await services.db
    .select({ meetingId: documents.meetingId })
    .from(documents)
    .where(eq(documents.id, documentId));
  if (!doc) throw notFound();
  return registerDocuments(services, principal, { meetingId: doc.meetingId, items: [{ id: documentId, version }] });
}

export type DocumentWorkflow = NonNullable<Awaited<ReturnType<typeof documentWorkflow>>>;
