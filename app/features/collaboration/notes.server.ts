/**
 * Chair's notes: one short collaborative text per agenda item ("notes:<agendaItemId>"), written by the chairs and
 * the secretariat of the meeting's group during the meeting (notesSubject in the collaboration policy) and shown
 * beside the item on the agenda and in the meeting room. The meeting report takes them in under their item.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { agendaItems, collabDocuments, meetings } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, notFound } from '../../platform/errors';
import { groupChain, type Principal } from '../groups/permissions.server';
import { collabName, ensureCollabDocument, UUID } from './collaboration.server';
import { type PMNode } from './content.server';
import { collabAccess, notesSubject, type CollabAccess } from './policy.server';

export const notesName = (agendaItemId: string) => collabName('notes', agendaItemId);

export interface ItemNotes {
  name: string;
  text: string;
  content: PMNode | null;
}

/** What the principal may do with the notes of a meeting's items: read, write or nothing (one answer per meeting). */
export async function notesAccess(
  db: Db,
  principal: Principal | null,
  meeting: { groupId: string },
  chain?: string[],
): Promise<CollabAccess | null> {
  return collabAccess(principal, notesSubject(chain ?? (await groupChain(db, meeting.groupId))));
}

/** The stored notes of these items (only those written so far), by item id. */
export async function notesOfItems(db: Db, itemIds: string[]): Promise<Map<string, ItemNotes>> {
  if (!itemIds.length) return new Map();
  const rows = await db
    .select({ name: collabDocuments.name, text: collabDocuments.text, content: collabDocuments.content })
    .from(collabDocuments)
    .where(
      and(
        eq(collabDocuments.kind, 'notes'),
        inArray(
          collabDocuments.name,
          itemIds.map((id) => notesName(id)),
        ),
      ),
    );
  return new Map(
    rows.map((r) => [
      r.name.slice('notes:'.length),
      { name: r.name, text: r.text, content: r.content as PMNode | null },
    ]),
  );
}

/**
 * The notes of one agenda item as the principal may see them (for the meeting room's current item): null when
 * the principal may not read them or the item does not exist; `text` empty when nothing was written yet.
 */
export async function itemNotes(db: Db, principal: Principal | null, agendaItemId: string) {
  if (!UUID.test(agendaItemId)) return null;
  const [item] = await db
    .select({ id: agendaItems.id, groupId: meetings.groupId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(eq(agendaItems.id, agendaItemId));
  if (!item) return null;
  const access = await notesAccess(db, principal, item);
  if (!access) return null;
  const notes = (await notesOfItems(db, [item.id])).get(item.id);
  return {
    name: notesName(item.id),
    exists: !!notes,
    text: notes?.text ?? '',
    content: notes?.content ?? null,
    canEdit: access === 'edit',
  };
}

/**
 * Opens the notes of an agenda item for writing: creates its collaborative text on first use (an empty
 * paragraph). Only the chairs and secretariat of the meeting's group; anyone else is refused (notes.chairsOnly).
 */
export async function openItemNotes(db: Db, principal: Principal | null, meetingId: string, agendaItemId: unknown) {
  const id = String(agendaItemId ?? '');
  if (!UUID.test(id)) throw notFound();
  const [item] = await db
    .select({ id: agendaItems.id, meetingId: agendaItems.meetingId, groupId: meetings.groupId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(agendaItems.id, id), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw notFound();
  if (!principal || (await notesAccess(db, principal, item)) !== 'edit')
    throw new DomainError('forbidden', 'notes.chairsOnly');
  const name = notesName(item.id);
  await inTransaction(db, async (tx) => {
    const [exists] = await tx
      .select({ name: collabDocuments.name })
      .from(collabDocuments)
      .where(eq(collabDocuments.name, name));
    if (exists) return;
    await ensureCollabDocument(tx, { name, kind: 'notes', meetingId: item.meetingId, groupId: item.groupId });
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'notes.create',
      subjectType: 'collab_document',
      subjectId: name,
      meetingId: item.meetingId,
      groupId: item.groupId,
      after: { agendaItemId: item.id },
    });
  });
  return name;
}

/** The notes beside a meeting's agenda items as the principal may see them, and whether they write notes. */
export async function agendaNotesView(
  db: Db,
  principal: Principal | null,
  meeting: { groupId: string },
  itemIds: string[],
) {
  const access = await notesAccess(db, principal, meeting);
  if (!access) return { canWrite: false, byItem: {} as Record<string, ItemNotes> };
  return { canWrite: access === 'edit', byItem: Object.fromEntries(await notesOfItems(db, itemIds)) };
}
