import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { enqueue, QUEUES } from '../../../db/jobs/index';
import { allocationNotices, documents, groups } from '../../../db/schema';
import { accountLocale, translator } from '~/i18n';
import type { Services } from '../../platform/context.server';
import { queueMail, type MailMessage } from '../../platform/mail.server';
import { chairsOf } from '../groups/roles.server';
import { fullLabel } from '../registration/numbering.server';

/** Inside the allocating transaction (beside its notices): makes sure a digest job waits; allocations share it. */
export async function queueAllocationDigest(tx: Db): Promise<void> {
  await enqueue(tx, QUEUES.allocationDigest.name, {});
}

type Notice = typeof allocationNotices.$inferSelect;

/** One mail per chair, listing the documents of the notices allocated to the groups they chair. */
async function digestMails(tx: Db, pending: Notice[], publicUrl: string): Promise<MailMessage[]> {
  const docIds = [...new Set(pending.map((p) => p.documentId))];
  const groupIds = [...new Set(pending.map((p) => p.groupId))];
  const docs = new Map((await tx.select().from(documents).where(inArray(documents.id, docIds))).map((d) => [d.id, d]));
  const groupRows = new Map((await tx.select().from(groups).where(inArray(groups.id, groupIds))).map((g) => [g.id, g]));
  const chairs = await chairsOf(tx, groupIds);
  const perChair = new Map<
    string,
    {
      email: string;
      name: string;
      locale: string | null;
      items: { group: string; groupSlug: string; doc: typeof documents.$inferSelect }[];
    }
  >();
  for (const n of pending) {
    const doc = docs.get(n.documentId);
    const g = groupRows.get(n.groupId);
    if (!doc || !g) continue;
    for (const c of chairs.filter((c) => c.groupId === n.groupId)) {
      const entry = perChair.get(c.userId) ?? { email: c.email, name: c.name, locale: c.locale, items: [] };
      entry.items.push({ group: g.code, groupSlug: g.slug, doc });
      perChair.set(c.userId, entry);
    }
  }
  return [...perChair.values()].map((chair) => {
    const slugs = [...new Set(chair.items.map((i) => i.groupSlug))];
    const lines = chair.items.map((i) => `- [${i.group}] ${fullLabel(i.doc) ?? ''}: ${i.doc.title}`);
    const dashboards = slugs.map((s) => `${publicUrl}/groups/${s}/dashboard`);
    const t = translator(accountLocale(chair.locale));
    return {
      to: chair.email,
      subject: t('numbering.mail.digest.subject', { count: chair.items.length }),
      text: `${t('numbering.mail.digest.body', { name: chair.name })}\n\n${lines.join('\n')}\n\n${dashboards.join('\n')}\n`,
    };
  });
}

/**
 * The chairs' digest, run by the digest job. Once the oldest unannounced allocation is `digestDelayMs` old (so a
 * secretariat allocating documents one by one still produces one mail per chair), every pending notice is claimed
 * (FOR UPDATE SKIP LOCKED: two processes never take the same one) and marked sent in the transaction that queues one
 * mail per chair; the mails go out after commit, each on its own. Earlier than that, the job comes back when it is
 * time. Returns how many mails were queued.
 */
export async function sendAllocationDigests(
  services: Pick<Services, 'db' | 'config'>,
  opts: { now?: Date } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  return inTransaction(services.db, async (tx) => {
    const pending = await tx
      .select()
      .from(allocationNotices)
      .where(isNull(allocationNotices.sentAt))
      .orderBy(asc(allocationNotices.createdAt))
      .for('update', { skipLocked: true });
    if (!pending.length) return 0;
    const dueAt = pending[0].createdAt.getTime() + services.config.jobs.digestDelayMs;
    if (dueAt > now.getTime()) {
      await enqueue(tx, QUEUES.allocationDigest.name, {}, { startAfter: Math.ceil((dueAt - now.getTime()) / 1000) });
      return 0;
    }
    const mails = await digestMails(tx, pending, services.config.publicUrl);
    for (const mail of mails) await queueMail(tx, mail);
    for (const n of pending)
      await tx
        .update(allocationNotices)
        .set({ sentAt: now })
        .where(and(eq(allocationNotices.documentId, n.documentId), eq(allocationNotices.groupId, n.groupId)));
    return mails.length;
  });
}
