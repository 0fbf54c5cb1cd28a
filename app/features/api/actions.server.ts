/**
 * The secretariat's and chairs' actions through the API, each through the same domain function as its page
 * (registration, allocation, decision, publication), which checks the permission and writes the audit event.
 * A document the token's owner may not see answers 404 first, as on the pages.
 */
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/client.server';
import { agendaItems, documentAllocations, documents, groups, meetings } from '../../../db/schema';
import { translate } from '~/i18n';
import { notFound } from '../../platform/errors';
import { withEventDetails } from '../../platform/audit.server';
import { groupSubtree } from '../groups/permissions.server';
import { maySeeDocument } from '../documents/policy.server';
import { registerDocuments } from '../registration/register.server';
import { fullLabel } from '../registration/numbering.server';
import { changeAllocations, documentAllocation } from '../allocation/allocation.server';
import { setDecision } from '../allocation/decisions.server';
import { changePublication } from '../publication/publication.server';
import { invalid } from './problems.server';
import type { ApiActor } from './request.server';
import type { AllocationBody, DecisionBody, PublicationBody, RegisterBody } from './schemas';

/** The document, if the actor may see it; else 404 (as for a document that does not exist). */
async function visibleDocument(db: Db, actor: ApiActor, id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound();
  if (!(await maySeeDocument(db, actor.principal, id))) throw notFound();
  const [row] = await db
    .select({ doc: documents, meetingSlug: meetings.slug, meetingGroupId: meetings.groupId })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(eq(documents.id, id));
  if (!row) throw notFound();
  return row;
}

export async function apiRegister(db: Db, actor: ApiActor, id: string, body: z.output<typeof RegisterBody>) {
  const { doc } = await visibleDocument(db, actor, id);
  const [row] = await registerDocuments({ db }, actor.principal, {
    meetingId: doc.meetingId,
    items: [{ id, version: body.version, part: body.part }],
  });
  return { number: fullLabel(row) ?? '' };
}

export async function apiAllocate(db: Db, actor: ApiActor, id: string, body: z.output<typeof AllocationBody>) {
  const { doc, meetingGroupId } = await visibleDocument(db, actor, id);
  const panel = await documentAllocation(db, actor.principal, id);
  const errors: Record<string, string> = {};
  let add: string[] = [];
  let remove: string[] = [];
  if (body.groups) {
    const subtree = (await groupSubtree(db, meetingGroupId)).filter((g) => g !== meetingGroupId);
    const known = subtree.length
      ? await db
          .select({ id: groups.id, code: groups.code, slug: groups.slug })
          .from(groups)
          .where(inArray(groups.id, subtree))
      : [];
    const wanted = new Set<string>();
    for (const code of body.groups) {
      const g = known.find((k) => k.code === code || k.slug === code);
      if (g) wanted.add(g.id);
      else errors.groups ??= translate('en', 'documents.problem.wg', { value: code });
    }
    const current = new Set(panel.current.map((c) => c.groupId));
    add = [...wanted].filter((g) => !current.has(g));
    remove = [...current].filter((g) => !wanted.has(g));
  }
  let agendaItemId: string | undefined;
  if (body.agendaItem === null) agendaItemId = 'none';
  else if (body.agendaItem !== undefined) {
    const item = panel.agendaItems.find((a) => a.id === body.agendaItem || a.label === body.agendaItem);
    if (item) agendaItemId = item.id;
    else errors.agendaItem = translate('en', 'documents.problem.agenda', { value: body.agendaItem });
  }
  if (Object.keys(errors).length) throw invalid('api.problem', undefined, errors);
  if (add.length || remove.length || agendaItemId !== undefined)
    await changeAllocations(db, actor.principal, {
      documentIds: [id],
      add,
      remove,
      agendaItemId,
      versions: body.version === undefined ? {} : { [id]: body.version },
    });
  return allocationOf(db, doc.id);
}

async function allocationOf(db: Db, id: string) {
  const [doc] = await db.select({ agendaItemId: documents.agendaItemId }).from(documents).where(eq(documents.id, id));
  const allocated = await db
    .select({ code: groups.code })
    .from(documentAllocations)
    .innerJoin(groups, eq(groups.id, documentAllocations.groupId))
    .where(eq(documentAllocations.documentId, id));
  const [item] = doc.agendaItemId
    ? await db
        .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
        .from(agendaItems)
        .where(eq(agendaItems.id, doc.agendaItemId))
    : [];
  return { groups: allocated.map((a) => a.code).sort(), agendaItem: item ?? null };
}

export async function apiDecide(db: Db, actor: ApiActor, id: string, body: z.output<typeof DecisionBody>) {
  const { doc } = await visibleDocument(db, actor, id);
  const row = await withEventDetails(body.note ? { note: body.note } : {}, () =>
    setDecision(db, actor.principal, {
      documentId: id,
      decision: body.decision ?? '',
      note: body.note,
      target: body.target,
      revisedById: body.revisedBy,
      version: body.version ?? doc.version,
    }),
  );
  return { decision: row.decision };
}

export async function apiPublish(db: Db, actor: ApiActor, id: string, body: z.output<typeof PublicationBody>) {
  const { meetingSlug } = await visibleDocument(db, actor, id);
  if (body.published !== undefined)
    await changePublication(db, actor.principal, meetingSlug, {
      action: body.published ? 'publish' : 'unpublish',
      ids: [id],
    });
  if (body.access) await changePublication(db, actor.principal, meetingSlug, { action: body.access, ids: [id] });
  const [doc] = await db
    .select({ publishedAt: documents.publishedAt, access: documents.access })
    .from(documents)
    .where(eq(documents.id, id));
  return { published: doc.publishedAt !== null, access: doc.access };
}
