/**
 * A group's default deadline rules, edited by its secretariat: for each kind, so many calendar days before a meeting's
 * first day at a wall-clock time in the meeting's zone. Contributions keeps groups.deadline_days_before/deadline_time;
 * the other kinds are rows of group_deadline_rules (none: a new meeting has no such deadline by default).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { inTransaction, type Db } from '../../../db/client.server';
import { groupDeadlineRules, groups } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { parseOrThrow } from '../../platform/validation';
import type { Principal } from '../groups/permissions.server';
import { authorizeGroup } from '../groups/policy.server';
import { DEADLINE_KINDS, LISTED_DEADLINE_KINDS, type DeadlineKind } from './deadlines';
import { groupDeadlineRuleMap } from './meeting-deadlines.server';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const days = z.preprocess(
  (v) => (v === undefined || v === null ? '' : String(v).trim()),
  z
    .string()
    .regex(/^\d{0,3}$/, 'deadlines.rules.daysInvalid')
    .refine((v) => v === '' || Number(v) <= 365, 'deadlines.rules.daysInvalid'),
);
const time = z.preprocess(
  (v) => (v === undefined || v === null ? '' : v),
  z.string().regex(TIME, 'submissions.meeting.time').or(z.literal('')),
);

/** The rules form: `<kind>Days` (empty: no default; required for contributions) and `<kind>Time` (23:59 if empty). */
export const groupRulesInput = z
  .object({
    contributionsDays: days,
    contributionsTime: time,
    reservationDays: days,
    reservationTime: time,
    revisionsDays: days,
    revisionsTime: time,
    preregistrationDays: days,
    preregistrationTime: time,
    visaDays: days,
    visaTime: time,
    fellowshipDays: days,
    fellowshipTime: time,
  })
  .superRefine((v, ctx) => {
    if (v.contributionsDays === '')
      ctx.addIssue({ code: 'custom', path: ['contributionsDays'], message: 'error.field.required' });
  });

export const ruleField = (kind: DeadlineKind, part: 'Days' | 'Time') => `${kind}${part}`;

/** The group and its rules as the form shows them. */
export async function groupRulesForm(db: Db, principal: Principal | null, slug: string) {
  const { group } = await authorizeGroup(db, principal, 'createMeetings', { slug });
  const rules = await groupDeadlineRuleMap(db, group.id);
  const values: Record<string, string> = {
    contributionsDays: String(group.deadlineDaysBefore),
    contributionsTime: group.deadlineTime,
  };
  for (const kind of LISTED_DEADLINE_KINDS) {
    values[ruleField(kind, 'Days')] = rules[kind] ? String(rules[kind].deadlineDaysBefore) : '';
    values[ruleField(kind, 'Time')] = rules[kind]?.deadlineTime ?? '';
  }
  return { group: { slug: group.slug, code: group.code, name: group.name }, values };
}

/** Saves the group's rules (recorded); meetings already set up keep their deadlines. */
export async function saveGroupRules(db: Db, principal: Principal, slug: string, input: unknown) {
  const { group } = await authorizeGroup(db, principal, 'createMeetings', { slug });
  const v = parseOrThrow(groupRulesInput, input) as Record<string, string>;
  const before = await groupRulesForm(db, principal, slug);
  await inTransaction(db, async (tx) => {
    await tx
      .update(groups)
      .set({ deadlineDaysBefore: Number(v.contributionsDays), deadlineTime: v.contributionsTime || '23:59' })
      .where(eq(groups.id, group.id));
    await tx.delete(groupDeadlineRules).where(eq(groupDeadlineRules.groupId, group.id));
    const rows = LISTED_DEADLINE_KINDS.filter((k) => v[ruleField(k, 'Days')] !== '').map((kind) => ({
      groupId: group.id,
      kind,
      daysBefore: Number(v[ruleField(kind, 'Days')]),
      time: v[ruleField(kind, 'Time')] || '23:59',
    }));
    if (rows.length) await tx.insert(groupDeadlineRules).values(rows);
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'group.deadline_rules_updated',
      subjectType: 'group',
      subjectId: group.id,
      groupId: group.id,
      before: before.values,
      after: Object.fromEntries(
        DEADLINE_KINDS.flatMap((k) => [ruleField(k, 'Days'), ruleField(k, 'Time')].map((f) => [f, v[f]])),
      ),
    });
  });
}
