import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { allocationNotices, documents, groups, meetings, memberships, users } from '../../../db/schema';
import { translate } from '~/i18n';
import type { Services } from '../../platform/context.server';
import { fullLabel } from '../registration/numbering.server';

/** Tells each submitter the numbers their documents got: one mail per submitter, whatever the number of documents. */
export async function notifySubmitters(services: Pick<Services, 'db' | 'mail' | 'config'>, documentIds: string[]) {
  if (!documentIds.length) return 0;
  const rows = await services.db.select({
    id: documents.id, title: documents.title, numberLabel: documents.numberLabel, revision: documents.revision, relation: documents.relation, relationNumber: documents.relationNumber,
    state: documents.state, registeredBy: documents.registeredBy, email: users.email, name: users.name, submittedBy: documents.submittedBy, meetingTitle: meetings.title,
  }).from(documents).innerJoin(users, eq(users.id, documents.submittedBy)).innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(and(inArray(documents.id, documentIds), eq(documents.state, 'registered')));
  const bySubmitter = new Map<string, typeof rows>();
  // Someone who registers their own document (the secretariat's reservations) needs no mail.
  for (const r of rows) if (r.submittedBy !== r.registeredBy) bySubmitter.set(r.email, [...(bySubmitter.get(r.email) ?? []), r]);
  for (const [email, docs] of bySubmitter) {
    const lines = docs.map((d) => `- ${fullLabel(d)}: ${d.title} (${d.meetingTitle})\n  ${services.config.publicUrl}/documents/${d.id}`);
    await services.mail.send({
      to: email,
      subject: docs.length === 1 ? translate('en', 'numbering.mail.registered.subject1', { number: fullLabel(docs[0]) ?? '' }) : translate('en', 'numbering.mail.registered.subjectN', { count: docs.length }),
      text: `${translate('en', 'numbering.mail.registered.body', { name: docs[0].name })}\n\n${lines.join('\n')}\n`,
    });
  }
  return bySubmitter.size;
}

/**
 * Sends the chairs' digest: for each chair, one mail listing every document newly allocated to the groups they chair
 * and not yet announced. Notices are claimed with FOR UPDATE SKIP LOCKED, so two portal processes never send the same one.
 */
export async function sendAllocationDigests(services: Pick<Services, 'db' | 'mail' | 'config'>): Promise<number> {
  return inTransaction(services.db, async (tx) => {
    const pending = await tx.select().from(allocationNotices).where(isNull(allocationNotices.sentAt)).orderBy(asc(allocationNotices.createdAt)).for('update', { skipLocked: true });
    if (!pending.length) return 0;
    const docIds = [...new Set(pending.map((p) => p.documentId))];
    const groupIds = [...new Set(pending.map((p) => p.groupId))];
    const docs = new Map((await tx.select().from(documents).where(inArray(documents.id, docIds))).map((d) => [d.id, d]));
    const groupRows = new Map((await tx.select().from(groups).where(inArray(groups.id, groupIds))).map((g) => [g.id, g]));
    const chairs = await tx.select({ groupId: memberships.groupId, userId: users.id, email: users.email, name: users.name }).from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId)).where(and(inArray(memberships.groupId, groupIds), eq(memberships.role, 'chair')));
    const perChair = new Map<string, { email: string; name: string; items: { group: string; groupSlug: string; doc: typeof documents.$inferSelect }[] }>();
    for (const n of pending) {
      const doc = docs.get(n.documentId); const g = groupRows.get(n.groupId);
      if (!doc || !g) continue;
      for (const c of chairs.filter((c) => c.groupId === n.groupId)) {
        const entry = perChair.get(c.userId) ?? { email: c.email, name: c.name, items: [] };
        entry.items.push({ group: g.code, groupSlug: g.slug, doc });
        perChair.set(c.userId, entry);
      }
    }
    for (const chair of perChair.values()) {
      const slugs = [...new Set(chair.items.map((i) => i.groupSlug))];
      const lines = chair.items.map((i) => `- [${i.group}] ${fullLabel(i.doc) ?? ''}: ${i.doc.title}`);
      await services.mail.send({
        to: chair.email,
        subject: translate('en', 'numbering.mail.digest.subject', { count: chair.items.length }),
        text: `${translate('en', 'numbering.mail.digest.body', { name: chair.name })}\n\n${lines.join('\n')}\n\n${slugs.map((s) => `${services.config.publicUrl}/groups/${s}/dashboard`).join('\n')}\n`,
      });
    }
    const now = new Date();
    for (const n of pending) await tx.update(allocationNotices).set({ sentAt: now }).where(and(eq(allocationNotices.documentId, n.documentId), eq(allocationNotices.groupId, n.groupId)));
    return perChair.size;
  });
}

let timer: NodeJS.Timeout | null = null;

/**
 * Sends the digest a little later (PLENARY_DIGEST_DELAY_MS, default 10 minutes), so a secretariat allocating
 * documents one by one still produces one mail per chair. Several calls within the delay share one send.
 */
export function scheduleAllocationDigest(services: Pick<Services, 'db' | 'mail' | 'config'>) {
  const delay = Number(process.env.PLENARY_DIGEST_DELAY_MS ?? 10 * 60 * 1000);
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    sendAllocationDigests(services).catch((err) => console.error('allocation digest failed:', (err as Error).message));
  }, delay);
  timer.unref();
}

export type { Db };
