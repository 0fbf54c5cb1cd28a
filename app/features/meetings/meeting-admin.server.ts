/**
 * Meeting set-up by the secretariat: create and edit a group's meetings. The input deadline comes from the
 * group's rule (so many calendar days before the first day, at a wall-clock time in the meeting's zone)
 * unless the secretariat sets one by hand.
 */
import { eq } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { meetings, type groups } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DEFAULT_REQUIRED_FIELDS } from '../submissions/required-fields';
import type { Meeting } from './meetings.server';
import type { Principal } from '../groups/permissions.server';
import { authorizeGroup } from '../groups/policy.server';
import { authorizeMeeting } from './policy.server';
import {
  chosenDeadline,
  deadlineFormFields,
  LISTED_DEADLINE_KINDS,
  ruleDeadline,
  type DeadlineMode,
  type DeadlineRule,
  type ListedDeadlineKind,
} from './deadlines';
import { deadlineField, meetingInput, type MeetingValues } from './meeting-input';
import {
  graceMinutesOf,
  groupDeadlineRuleMap,
  storedDeadlines,
  writeGracePeriod,
  writeMeetingDeadlines,
} from './meeting-deadlines.server';
import { dateInZone, timeInZone } from '../../platform/time';
import { parseOrThrow } from '../../platform/validation';

type Group = typeof groups.$inferSelect;

/** The meeting's row values from the checked form: the input deadline by the chosen mode. */
function resolve(group: Group, v: MeetingValues) {
  const inputDeadline = chosenDeadline(v.deadlineMode, v, group, { date: v.deadlineDate, time: v.deadlineTime });
  return {
    title: v.title,
    number: v.number,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    startTime: v.startTime || null,
    endTime: v.endTime || null,
    timeZone: v.timeZone,
    locationKind: v.locationKind,
    place: v.place,
    host: v.host,
    inputDeadline,
    deadlineOverridden: v.deadlineMode === 'custom',
    takesContributions: v.deadlineMode !== 'none' || v.documentTypes.length > 0,
    acceptsLate: v.acceptsLate,
    documentTypes: v.documentTypes,
    attachmentFormats: v.attachmentFormats,
    requiredFields: v.requiredFields,
    maxFileMb: v.maxFileMb,
    documentAccess: v.documentAccess,
    notes: v.notes,
    intakeAddress: v.intakeAddress || null,
    language: v.language || null,
  };
}

type Rules = Partial<Record<ListedDeadlineKind, DeadlineRule>>;

/** The listed deadlines from the checked form: the group's rule (none where the group has none), by hand, or none. */
function resolveListed(rules: Rules, v: MeetingValues) {
  const fields = v as unknown as Record<string, string>;
  const out: Partial<Record<ListedDeadlineKind, { at: Date; overridden: boolean } | null>> = {};
  for (const kind of LISTED_DEADLINE_KINDS) {
    const mode = fields[deadlineField(kind, 'Mode')] as DeadlineMode;
    const rule = rules[kind];
    if (mode === 'rule' && !rule) out[kind] = null;
    else {
      const at = chosenDeadline(mode, v, rule ?? { deadlineDaysBefore: 0, deadlineTime: '23:59' }, {
        date: fields[deadlineField(kind, 'Date')],
        time: fields[deadlineField(kind, 'Time')],
      });
      out[kind] = at ? { at, overridden: mode === 'custom' } : null;
    }
  }
  return out;
}

const isoOrNull = (list: ReturnType<typeof resolveListed>) =>
  Object.fromEntries(Object.entries(list).map(([k, x]) => [k, x?.at.toISOString() ?? null]));

/** The listed deadlines as the meeting form shows them again: mode, date and time in the meeting's zone. */
async function listedFormFields(db: Db, meeting: Meeting) {
  const stored = await storedDeadlines(db, meeting.id);
  const out: Record<string, string> = {};
  for (const kind of LISTED_DEADLINE_KINDS) {
    const s = stored.get(kind);
    out[deadlineField(kind, 'Mode')] = !s ? 'none' : s.overridden ? 'custom' : 'rule';
    out[deadlineField(kind, 'Date')] = s ? dateInZone(s.at, meeting.timeZone) : '';
    out[deadlineField(kind, 'Time')] = s ? timeInZone(s.at, meeting.timeZone) : '';
  }
  return out;
}

/** Defaults for a new meeting of the group, and the group's deadline rule for display. */
export async function newMeetingForm(db: Db, principal: Principal | null, groupSlug: string) {
  const { group } = await authorizeGroup(db, principal, 'createMeetings', { slug: groupSlug });
  return {
    group,
    rules: await groupDeadlineRuleMap(db, group.id),
    defaults: {
      timeZone: 'Europe/Zurich',
      documentAccess: group.defaultAccess,
      maxFileMb: 50,
      attachmentFormats: ['pdf', 'pptx', 'xlsx', 'zip'],
      documentTypes: ['contribution'],
      requiredFields: DEFAULT_REQUIRED_FIELDS,
    },
  };
}

/** Creates a meeting from the meeting form (posted, or its fields as an object), checked once the sender may. */
export async function createMeeting(db: Db, principal: Principal, groupSlug: string, input: unknown) {
  const { group } = await authorizeGroup(db, principal, 'createMeetings', { slug: groupSlug });
  const checked = parseOrThrow(meetingInput, input);
  const values = resolve(group, checked);
  const listed = resolveListed(await groupDeadlineRuleMap(db, group.id), checked);
  const base = `${group.slug}-${values.startsOn}`;
  return inTransaction(db, async (tx) => {
    let slug = base;
    for (let i = 2; (await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug))).length; i++)
      slug = `${base}-${i}`;
    const [row] = await tx
      .insert(meetings)
      .values({ ...values, groupId: group.id, slug })
      .returning();
    await writeMeetingDeadlines(tx, row.id, listed);
    await writeGracePeriod(tx, row.id, checked.graceMinutes);
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'meeting.created',
      subjectType: 'meeting',
      subjectId: row.id,
      groupId: group.id,
      meetingId: row.id,
      after: { ...values, deadlines: isoOrNull(listed), graceMinutes: checked.graceMinutes },
    });
    return row;
  });
}

export async function editMeetingForm(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group } = await authorizeMeeting(db, principal, 'manage', { slug });
  return {
    meeting,
    group,
    ...deadlineFormFields(meeting),
    ...(await listedFormFields(db, meeting)),
    graceMinutes: await graceMinutesOf(db, meeting.id),
    rules: await groupDeadlineRuleMap(db, group.id),
    ruleNow: ruleDeadline(group, meeting.startsOn, meeting.timeZone),
  };
}

export async function updateMeeting(db: Db, principal: Principal, slug: string, input: unknown): Promise<Meeting> {
  const { meeting, group } = await authorizeMeeting(db, principal, 'manage', { slug });
  const checked = parseOrThrow(meetingInput, input);
  const values = resolve(group, checked);
  const listed = resolveListed(await groupDeadlineRuleMap(db, group.id), checked);
  const stored = await storedDeadlines(db, meeting.id);
  const graceBefore = await graceMinutesOf(db, meeting.id);
  return inTransaction(db, async (tx) => {
    const [row] = await tx.update(meetings).set(values).where(eq(meetings.id, meeting.id)).returning();
    await writeMeetingDeadlines(tx, meeting.id, listed);
    await writeGracePeriod(tx, meeting.id, checked.graceMinutes);
    const before = {
      ...Object.fromEntries(Object.keys(values).map((k) => [k, meeting[k as keyof Meeting]])),
      deadlines: Object.fromEntries(LISTED_DEADLINE_KINDS.map((k) => [k, stored.get(k)?.at.toISOString() ?? null])),
      graceMinutes: graceBefore,
    };
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'meeting.updated',
      subjectType: 'meeting',
      subjectId: meeting.id,
      groupId: group.id,
      meetingId: meeting.id,
      before,
      after: { ...values, deadlines: isoOrNull(listed), graceMinutes: checked.graceMinutes },
    });
    return row;
  });
}
