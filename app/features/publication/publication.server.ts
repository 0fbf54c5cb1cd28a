import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, inTransaction } from '../../../db/client.server';
import { auditEvents, documents } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { LISTED, parseSince } from './document-view-sql.server';
import { documentNumber } from './document-view';
import { DomainError } from '../../platform/errors';
import { getMeetingBySlug } from '../meetings/meetings.server';
import type { Principal } from '../groups/permissions.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { authorizeMeeting } from '../meetings/policy.server';

/**
 * Publication: the secretariat decides when a registered document appears in the meeting list, and whether it
 * is public or for members. Every change is an audit event, from which the "changes since" view is built.
 */

/** Registered (and withdrawn) documents of a meeting with their publication state, for the secretariat. */
/** Registered documents the secretariat has not yet published (the publication page's filter, the home's count). */
export const UNPUBLISHED = and(eq(documents.state, 'registered'), isNull(documents.publishedAt))!;

export async function publicationList(
  db: Db,
  principal: Principal | null,
  slug: string,
  filter: { unpublished?: boolean } = {},
) {
  const { meeting, group } = await authorizeMeeting(db, principal, 'manageDocuments', { slug });
  const rows = await db
    .select({
      id: documents.id,
      numberLabel: documents.numberLabel,
      revision: documents.revision,
      relation: documents.relation,
      relationNumber: documents.relationNumber,
      title: documents.title,
      state: documents.state,
      access: documents.access,
      publishedAt: documents.publishedAt,
      registeredAt: documents.registeredAt,
      version: documents.version,
      type: documents.type,
    })
    .from(documents)
    .where(and(eq(documents.meetingId, meeting.id), LISTED, filter.unpublished ? UNPUBLISHED : undefined))
    .orderBy(
      asc(documents.type),
      asc(documents.part),
      sql`${documents.number} asc nulls last`,
      asc(documents.relation),
      asc(documents.relationNumber),
      asc(documents.revision),
    );
  return { meeting, group, rows: rows.map((r) => ({ ...r, number: documentNumber(r) })) };
}

/** Every document of the publication list under its URL filter, for an action on "all matching". */
export async function publicationIds(db: Db, principal: Principal | null, slug: string, filter: URLSearchParams) {
  const { rows } = await publicationList(db, principal, slug, { unpublished: filter.get('show') === 'unpublished' });
  return rows.map((r) => r.id);
}

export const PUBLICATION_ACTIONS = ['publish', 'unpublish', 'public', 'members'] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

const changeSchema = z.object({
  action: z.enum(PUBLICATION_ACTIONS, { message: 'publication.unknownAction' }),
  ids: z.array(z.string().uuid()).min(1, 'publication.nothingSelected').max(10_000),
});

/** Publishes, withdraws from the list, or sets access of the given documents of the meeting, in one transaction. */
export async function changePublication(
  db: Db,
  principal: Principal | null,
  slug: string,
  input: { action: string; ids: string[] },
) {
  const { meeting, group } = await authorizeMeeting(db, principal, 'manageDocuments', { slug });
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) {
    const key =
      parsed.error.issues[0]?.message === 'publication.unknownAction'
        ? 'publication.unknownAction'
        : 'publication.nothingSelected';
    throw new DomainError('invalid', key);
  }
  const { action, ids } = parsed.data;
  const now = new Date();
  return inTransaction(db, async (tx) => {
    const rows = await tx
      .select({
        id: documents.id,
        publishedAt: documents.publishedAt,
        access: documents.access,
        groupId: documents.groupId,
      })
      .from(documents)
      .where(
        and(
          eq(documents.meetingId, meeting.id),
          inArray(documents.id, ids),
          inArray(documents.state, ['registered', 'withdrawn']),
        ),
      )
      .for('update');
    if (rows.length !== new Set(ids).size) throw new DomainError('conflict', 'publication.stale');
    let changed = 0;
    for (const r of rows) {
      let patch: Partial<typeof documents.$inferInsert> | null = null;
      let event = '';
      if (action === 'publish' && !r.publishedAt) {
        patch = { publishedAt: now };
        event = 'document.published';
      }
      if (action === 'unpublish' && r.publishedAt) {
        patch = { publishedAt: null };
        event = 'document.unpublished';
      }
      if ((action === 'public' || action === 'members') && r.access !== action) {
        patch = { access: action };
        event = 'document.access_changed';
      }
      if (!patch) continue;
      await tx
        .update(documents)
        .set({ ...patch, updatedAt: now, version: sql`${documents.version} + 1` })
        .where(eq(documents.id, r.id));
      await recordEvent(tx, {
        actorId: principal!.id,
        action: event,
        subjectType: 'document',
        subjectId: r.id,
        groupId: group.id,
        meetingId: meeting.id,
        documentId: r.id,
        before: { publishedAt: r.publishedAt, access: r.access },
        after: {
          publishedAt: patch.publishedAt === undefined ? r.publishedAt : patch.publishedAt,
          access: patch.access ?? r.access,
        },
      });
      changed++;
    }
    return { changed };
  });
}

/** Audit actions shown in the "changes since" view, with the key of their label. */
const CHANGE_ACTIONS: Record<string, string> = {
  'document.published': 'changes.action.published',
  'document.unpublished': 'changes.action.unpublished',
  'document.access_changed': 'changes.action.access',
  'document.decided': 'changes.action.decision',
  'document.registered': 'changes.action.registered',
  'document.withdrawn': 'changes.action.withdrawn',
  'document.file_replaced': 'changes.action.updated',
  'document.stamped': 'changes.action.updated',
  'document.revised_by': 'changes.action.updated',
};
export const CHANGES_LIMIT = 1000;

export interface Change {
  id: number;
  at: Date;
  action: string;
  label: string;
  vars: Record<string, string>;
  documentId: string;
  number: string;
  title: string;
}

/**
 * Changes to the meeting's documents since an instant, newest first, only for documents the principal may see
 * in the list (so members-only and unpublished documents stay hidden from those who may not see them).
 */
export async function changesSince(db: Db, principal: Principal | null, slug: string, sinceText: string | undefined) {
  const { meeting, group } = await getMeetingBySlug(db, slug);
  const fallback = new Date(Date.now() - 7 * 86_400_000);
  const since = sinceText ? parseSince(sinceText, meeting.timeZone) : fallback;
  if (!since)
    return {
      meeting,
      group,
      since: null,
      problem: { key: 'documents.problem.since' as const, vars: { value: sinceText! } },
      changes: [] as Change[],
    };
  const visible = await visibleDocumentsSql(db, principal);
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      after: auditEvents.after,
      documentId: documents.id,
      numberLabel: documents.numberLabel,
      revision: documents.revision,
      relation: documents.relation,
      relationNumber: documents.relationNumber,
      title: documents.title,
      decision: documents.decision,
      access: documents.access,
    })
    .from(auditEvents)
    .innerJoin(documents, eq(documents.id, auditEvents.documentId))
    .where(
      and(
        eq(documents.meetingId, meeting.id),
        gte(auditEvents.at, since),
        inArray(auditEvents.action, Object.keys(CHANGE_ACTIONS)),
        LISTED,
        visible,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(CHANGES_LIMIT);
  const changes = rows.map((r): Change => {
    const after = (r.after ?? {}) as Record<string, unknown>;
    let label = CHANGE_ACTIONS[r.action];
    const number = documentNumber(r);
    const vars: Record<string, string> = { number };
    if (r.action === 'document.published' && r.revision > 0) label = 'changes.action.revised';
    if (r.action === 'document.decided') vars.decision = String(after.decision ?? r.decision ?? '');
    if (r.action === 'document.access_changed') vars.access = String(after.access ?? r.access);
    return { id: r.id, at: r.at, action: r.action, label, vars, documentId: r.documentId, number, title: r.title };
  });
  return { meeting, group, since, problem: null, changes };
}
