/**
 * A meeting's named deadlines as stored: contributions is meetings.input_deadline, every other kind a row of
 * meeting_deadlines (none: no such deadline, open). The group's default rules for those kinds are in
 * group_deadline_rules. Grace period and late list are read here for the submission path only.
 */
import { and, asc, eq, gte, type Column } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  groupDeadlineRules,
  lateSubmitters,
  meetingDeadlines as deadlineRows,
  meetingGracePeriods,
  meetings,
  users,
} from '../../../db/schema';
import {
  DEADLINE_KINDS,
  LISTED_DEADLINE_KINDS,
  type DeadlineKind,
  type DeadlineRule,
  type ListedDeadlineKind,
} from './deadlines';

export { isOpen } from './deadlines';

/** Rows whose deadline column is still open at `now`, as isOpen judges it (its very instant included). */
export const deadlineOpenSql = (deadline: Column, now: Date) => gte(deadline, now);

const isKind = (k: string): k is DeadlineKind => (DEADLINE_KINDS as readonly string[]).includes(k);

/** The meeting's grace period in minutes (0: none). Read only where a submission is judged and on the meeting form. */
export async function graceMinutesOf(db: Db, meetingId: string): Promise<number> {
  const [row] = await db
    .select({ minutes: meetingGracePeriods.minutes })
    .from(meetingGracePeriods)
    .where(eq(meetingGracePeriods.meetingId, meetingId));
  return row?.minutes ?? 0;
}

/** Sets the meeting's grace period (0 removes it). */
export async function writeGracePeriod(tx: Db, meetingId: string, minutes: number) {
  if (minutes > 0)
    await tx
      .insert(meetingGracePeriods)
      .values({ meetingId, minutes })
      .onConflictDoUpdate({ target: meetingGracePeriods.meetingId, set: { minutes } });
  else await tx.delete(meetingGracePeriods).where(eq(meetingGracePeriods.meetingId, meetingId));
}

/** Every kind with its instant (null: the meeting has no such deadline). */
export async function meetingDeadlines(db: Db, meetingId: string): Promise<Record<DeadlineKind, Date | null>> {
  const out = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, null])) as Record<DeadlineKind, Date | null>;
  const [m] = await db
    .select({ inputDeadline: meetings.inputDeadline, takesContributions: meetings.takesContributions })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!m) return out;
  out.contributions = m.takesContributions ? m.inputDeadline : null;
  const rows = await db
    .select({ kind: deadlineRows.kind, at: deadlineRows.at })
    .from(deadlineRows)
    .where(eq(deadlineRows.meetingId, meetingId));
  for (const r of rows) if (isKind(r.kind) && r.kind !== 'contributions') out[r.kind] = r.at;
  return out;
}

/** One deadline of a meeting (null: none, open). */
export async function deadlineAt(db: Db, meetingId: string, kind: DeadlineKind): Promise<Date | null> {
  return (await meetingDeadlines(db, meetingId))[kind];
}

/** The listed deadlines with whether each was set by hand (for the meeting form). */
export async function storedDeadlines(db: Db, meetingId: string) {
  const rows = await db.select().from(deadlineRows).where(eq(deadlineRows.meetingId, meetingId));
  return new Map(
    rows
      .filter((r) => isKind(r.kind))
      .map((r) => [r.kind as ListedDeadlineKind, { at: r.at, overridden: r.overridden }]),
  );
}

/** The group's default rule for each listed kind (absent: no default, the kind starts as "none"). */
export async function groupDeadlineRuleMap(
  db: Db,
  groupId: string,
): Promise<Partial<Record<ListedDeadlineKind, DeadlineRule>>> {
  const rows = await db.select().from(groupDeadlineRules).where(eq(groupDeadlineRules.groupId, groupId));
  const out: Partial<Record<ListedDeadlineKind, DeadlineRule>> = {};
  for (const r of rows)
    if ((LISTED_DEADLINE_KINDS as string[]).includes(r.kind))
      out[r.kind as ListedDeadlineKind] = { deadlineDaysBefore: r.daysBefore, deadlineTime: r.time };
  return out;
}

/** Replace a meeting's listed deadlines (inside the caller's transaction). */
export async function writeMeetingDeadlines(
  db: Db,
  meetingId: string,
  list: Partial<Record<ListedDeadlineKind, { at: Date; overridden: boolean } | null>>,
) {
  for (const kind of LISTED_DEADLINE_KINDS) {
    if (!(kind in list)) continue;
    const v = list[kind];
    await db.delete(deadlineRows).where(and(eq(deadlineRows.meetingId, meetingId), eq(deadlineRows.kind, kind)));
    if (v) await db.insert(deadlineRows).values({ meetingId, kind, at: v.at, overridden: v.overridden });
  }
}

/** Until when a person may submit late to a meeting (null: not on its late list). */
export async function lateUntil(db: Db, meetingId: string, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ until: lateSubmitters.until })
    .from(lateSubmitters)
    .where(and(eq(lateSubmitters.meetingId, meetingId), eq(lateSubmitters.userId, userId)));
  return row?.until ?? null;
}

/** The meeting's late list, by name (for the secretariat). */
export async function lateSubmitterList(db: Db, meetingId: string) {
  return db
    .select({
      userId: lateSubmitters.userId,
      name: users.name,
      email: users.email,
      organisation: users.organisation,
      until: lateSubmitters.until,
      grantedAt: lateSubmitters.grantedAt,
    })
    .from(lateSubmitters)
    .innerJoin(users, eq(users.id, lateSubmitters.userId))
    .where(eq(lateSubmitters.meetingId, meetingId))
    .orderBy(asc(users.name));
}
