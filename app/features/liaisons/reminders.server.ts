/**
 * Reminders before a reply deadline: by e-mail, in each recipient's language, to the responsible person and the
 * chairs of the groups concerned, at thresholds each group sets (default 30, 14 and 3 days before). A daily job calls
 * `sendDueLiaisonReminders`; each threshold is recorded per statement and recipient (a unique row), so it is sent
 * once however often the job runs, and never for a statement replied to or closed. Someone without an e-mail
 * address is skipped with the reason recorded, which the secretariat sees on the statement's page.
 */
import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import {
  groups,
  incomingLiaisonAddressees,
  incomingLiaisons,
  liaisonReminderSettings,
  liaisonReminders,
  users,
} from '../../../db/schema';
import { accountLocale, DEFAULT_LOCALE, translator } from '../../i18n';
import { recordEvent } from '../../platform/audit.server';
import { forbidden } from '../../platform/errors';
import { formatDate } from '../../platform/format';
import { queueMail } from '../../platform/mail.server';
import { addDays } from '../../platform/time';
import { parseOrThrow } from '../../platform/validation';
import { groupChain, type Principal } from '../groups/permissions.server';
import { chairsOf } from '../groups/roles.server';
import { daysUntil, utcDate } from '../meetings/deadlines';
import { groupBySlug } from './incoming.server';
import { reminderFields } from './incoming-input';
import { canRegisterIncoming } from './policy.server';
import { DEFAULT_REMINDER_DAYS, dueThreshold, OPEN_STATES } from './state';

/** The thresholds of each group (those without settings use the defaults). */
export async function reminderDays(db: Db, groupIds: string[]): Promise<Map<string, number[]>> {
  const rows = groupIds.length
    ? await db.select().from(liaisonReminderSettings).where(inArray(liaisonReminderSettings.groupId, groupIds))
    : [];
  return new Map(groupIds.map((id) => [id, rows.find((r) => r.groupId === id)?.days ?? [...DEFAULT_REMINDER_DAYS]]));
}

/** The secretariat sets the group's thresholds ("30, 14, 3"). */
export async function setReminderDays(
  db: Db,
  principal: Principal | null,
  slug: string,
  input: Record<string, unknown>,
) {
  const group = await groupBySlug(db, slug);
  if (!principal || !canRegisterIncoming(principal, await groupChain(db, group.id))) throw forbidden();
  const { days } = parseOrThrow(reminderFields, input);
  return inTransaction(db, async (tx) => {
    const before = (await reminderDays(tx, [group.id])).get(group.id);
    await tx
      .insert(liaisonReminderSettings)
      .values({ groupId: group.id, days, updatedBy: principal.id })
      .onConflictDoUpdate({
        target: liaisonReminderSettings.groupId,
        set: { days, updatedBy: principal.id, updatedAt: new Date() },
      });
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'liaison.reminder_days',
      subjectType: 'group',
      subjectId: group.id,
      groupId: group.id,
      before: { days: before },
      after: { days },
    });
    return days;
  });
}

interface Recipient {
  key: string;
  name: string;
  email: string | null;
  locale: string | null;
}

/** The responsible person and the chairs of the assigned group and of the groups addressed, each once. */
async function recipientsOf(db: Db, ls: typeof incomingLiaisons.$inferSelect, groupIds: string[]) {
  const out = new Map<string, Recipient>();
  if (ls.responsibleUserId) {
    const [u] = await db.select().from(users).where(eq(users.id, ls.responsibleUserId));
    if (u) out.set(u.id, { key: u.id, name: u.name, email: u.email, locale: u.locale });
  } else if (ls.responsibleName) {
    const key = ls.responsibleEmail ? `email:${ls.responsibleEmail.toLowerCase()}` : `name:${ls.responsibleName}`;
    out.set(key, { key, name: ls.responsibleName, email: ls.responsibleEmail, locale: null });
  }
  const chairGroups = [...new Set([...(ls.assignedGroupId ? [ls.assignedGroupId] : []), ...groupIds])];
  for (const c of await chairsOf(db, chairGroups))
    out.set(c.userId, { key: c.userId, name: c.name, email: c.email, locale: c.locale });
  return [...out.values()];
}

/** How far ahead the daily run looks for reply deadlines: a day beyond the largest threshold a group may set. */
const REMINDER_HORIZON_DAYS = 366;

export interface ReminderRun {
  sent: number;
  skipped: number;
}

/**
 * Sends the reminders due at `now` (a UTC calendar day): for each open statement with a reply deadline, the
 * smallest threshold of its groups that the days left have reached, to each recipient not yet reminded at that
 * threshold. The mails go after commit (the mail queue).
 */
export async function sendDueLiaisonReminders(
  db: Db,
  now = new Date(),
  opts: { publicUrl?: string } = {},
): Promise<ReminderRun> {
  const today = utcDate(now);
  const horizon = addDays(today, REMINDER_HORIZON_DAYS);
  const candidates = await db
    .select()
    .from(incomingLiaisons)
    .where(
      and(
        inArray(incomingLiaisons.state, [...OPEN_STATES]),
        isNotNull(incomingLiaisons.replyDeadline),
        gte(incomingLiaisons.replyDeadline, today),
        lte(incomingLiaisons.replyDeadline, horizon),
      ),
    );
  const run: ReminderRun = { sent: 0, skipped: 0 };
  for (const candidate of candidates) {
    await inTransaction(db, async (tx) => {
      // Locked and read again: a reply sent meanwhile closes it, and two runs never remind twice.
      const [ls] = await tx.select().from(incomingLiaisons).where(eq(incomingLiaisons.id, candidate.id)).for('update');
      if (!ls || !OPEN_STATES.includes(ls.state) || !ls.replyDeadline) return;
      const addressed = await tx
        .select({ groupId: incomingLiaisonAddressees.groupId, code: groups.code })
        .from(incomingLiaisonAddressees)
        .innerJoin(groups, eq(groups.id, incomingLiaisonAddressees.groupId))
        .where(eq(incomingLiaisonAddressees.incomingId, ls.id));
      const groupIds = addressed.map((a) => a.groupId);
      const thresholds = [...(await reminderDays(tx, groupIds)).values()].flat();
      const daysLeft = daysUntil(ls.replyDeadline, today);
      const threshold = dueThreshold(daysLeft, thresholds);
      if (threshold === null) return;
      const recipients = await recipientsOf(tx, ls, groupIds);
      if (!recipients.length) recipients.push({ key: 'nobody', name: '—', email: null, locale: null });
      let fresh = 0;
      for (const r of recipients) {
        const reason = r.key === 'nobody' ? 'nobody' : r.email ? null : 'noAddress';
        const [recorded] = await tx
          .insert(liaisonReminders)
          .values({
            incomingId: ls.id,
            thresholdDays: threshold,
            recipientKey: r.key,
            recipientName: r.name,
            email: r.email,
            status: reason ? 'skipped' : 'sent',
            reason,
            at: now,
          })
          .onConflictDoNothing()
          .returning();
        if (!recorded) continue;
        fresh++;
        if (reason) {
          run.skipped++;
          continue;
        }
        const locale = r.locale ? accountLocale(r.locale) : DEFAULT_LOCALE;
        const t = translator(locale);
        const values = {
          title: ls.title,
          sender: [ls.senderOrganisation, ls.senderGroup].filter(Boolean).join(' '),
          deadline: formatDate(ls.replyDeadline, locale),
          days: daysLeft,
          groups: addressed.map((a) => a.code).join(', '),
        };
        await queueMail(tx, {
          to: r.email!,
          subject: t('liaisons.mail.reminder.subject', values),
          text: `${t('liaisons.mail.reminder.body', { ...values, name: r.name })}\n\n${opts.publicUrl ?? ''}/liaisons/incoming/${ls.id}\n`,
        });
        run.sent++;
      }
      if (fresh)
        await recordEvent(tx, {
          actorId: null,
          action: 'incoming_liaison.remind',
          subjectType: 'incoming_liaison',
          subjectId: ls.id,
          after: { threshold, daysLeft },
        });
    });
  }
  return run;
}
