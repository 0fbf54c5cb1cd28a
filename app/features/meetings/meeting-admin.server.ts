/**
 * Meeting set-up by the secretariat: create and edit a group's meetings. The input deadline comes from the
 * group's rule (so many calendar days before the first day, at a wall-clock time in the meeting's zone)
 * unless the secretariat sets one by hand.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.server';
import { DOCUMENT_TYPES, LOCATION_KINDS, meetings, type groups } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError } from '../../platform/errors';
import { ATTACHMENT_FORMATS } from '../submissions/file-checks.server';
import { DEFAULT_REQUIRED_FIELDS, REQUIRABLE_FIELDS } from '../submissions/required-fields';
import type { Meeting } from './meetings.server';
import type { Principal } from '../groups/permissions.server';
import { authorizeGroup } from '../groups/policy.server';
import { authorizeMeeting } from './policy.server';
import { chosenDeadline, DEADLINE_MODES, deadlineFormFields, ruleDeadline } from './deadlines';
import { isValidTimeZone } from '../../platform/time';
import { parseOrThrow } from '../../platform/validation';

type Group = typeof groups.$inferSelect;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const schema = z.object({
  title: z.string().trim().min(1, 'error.field.required').max(200, 'submissions.tooLong'),
  number: z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, 'submissions.meeting.number')
    .transform((v) => (v ? Number(v) : null)),
  startsOn: z.string().regex(DATE, 'submissions.meeting.date'),
  endsOn: z.string().regex(DATE, 'submissions.meeting.date'),
  startTime: z.string().regex(TIME, 'submissions.meeting.time').or(z.literal('')),
  endTime: z.string().regex(TIME, 'submissions.meeting.time').or(z.literal('')),
  timeZone: z.string().refine(isValidTimeZone, 'submissions.meeting.timeZone'),
  locationKind: z.enum(LOCATION_KINDS),
  place: z.string().trim().max(300, 'submissions.tooLong'),
  host: z.string().trim().max(300, 'submissions.tooLong'),
  deadlineMode: z.enum(DEADLINE_MODES),
  deadlineDate: z.string().regex(DATE, 'submissions.meeting.date').or(z.literal('')),
  deadlineTime: z.string().regex(TIME, 'submissions.meeting.time').or(z.literal('')),
  acceptsLate: z.boolean(),
  documentTypes: z.array(z.enum(DOCUMENT_TYPES)),
  attachmentFormats: z.array(z.enum(ATTACHMENT_FORMATS)),
  requiredFields: z.array(z.enum(REQUIRABLE_FIELDS)),
  maxFileMb: z.coerce
    .number({ message: 'submissions.meeting.maxFileMb' })
    .int('submissions.meeting.maxFileMb')
    .min(1, 'submissions.meeting.maxFileMb')
    .max(2048, 'submissions.meeting.maxFileMb'),
  documentAccess: z.enum(['public', 'members']),
  notes: z.string().max(5000, 'submissions.tooLong'),
});

export type MeetingInput = z.input<typeof schema>;

/** The form's fields (repeated checkboxes as arrays) as a MeetingInput. */
export function meetingInputFromFields(f: Record<string, string[]>): MeetingInput {
  const one = (k: string) => f[k]?.[0] ?? '';
  return {
    title: one('title'),
    number: one('number'),
    startsOn: one('startsOn'),
    endsOn: one('endsOn') || one('startsOn'),
    startTime: one('startTime'),
    endTime: one('endTime'),
    timeZone: one('timeZone'),
    locationKind: one('locationKind') as never,
    place: one('place'),
    host: one('host'),
    deadlineMode: (one('deadlineMode') || 'rule') as never,
    deadlineDate: one('deadlineDate'),
    deadlineTime: one('deadlineTime'),
    acceptsLate: one('acceptsLate') === 'on' || one('acceptsLate') === 'true',
    documentTypes: (f.documentTypes ?? []) as never,
    attachmentFormats: (f.attachmentFormats ?? []) as never,
    // The form always posts an empty requiredFields beside the ticked ones; without it, the default holds.
    requiredFields: (f.requiredFields ? f.requiredFields.filter(Boolean) : DEFAULT_REQUIRED_FIELDS) as never,
    maxFileMb: (one('maxFileMb') || '50') as never,
    documentAccess: (one('documentAccess') || 'members') as never,
    notes: one('notes'),
  };
}

function resolve(group: Group, input: MeetingInput) {
  const v = parseOrThrow(schema, input);
  if (v.endsOn < v.startsOn)
    throw new DomainError('invalid', 'error.field.required', undefined, {
      endsOn: 'submissions.meeting.endBeforeStart',
    });
  if (v.deadlineMode === 'custom' && !v.deadlineDate)
    throw new DomainError('invalid', 'error.field.required', undefined, { deadlineDate: 'error.field.required' });
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
  };
}

/** Defaults for a new meeting of the group, and the group's deadline rule for display. */
export async function newMeetingForm(db: Db, principal: Principal | null, groupSlug: string) {
  const { group } = await authorizeGroup(db, principal, 'createMeetings', { slug: groupSlug });
  return {
    group,
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

export async function createMeeting(db: Db, principal: Principal, groupSlug: string, input: MeetingInput) {
  const { group } = await authorizeGroup(db, principal, 'createMeetings', { slug: groupSlug });
  const values = resolve(group, input);
  const base = `${group.slug}-${values.startsOn}`;
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    let slug = base;
    for (let i = 2; (await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug))).length; i++)
      slug = `${base}-${i}`;
    const [row] = await tx
      .insert(meetings)
      .values({ ...values, groupId: group.id, slug })
      .returning();
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'meeting.created',
      subjectType: 'meeting',
      subjectId: row.id,
      groupId: group.id,
      meetingId: row.id,
      after: values,
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
    ruleNow: ruleDeadline(group, meeting.startsOn, meeting.timeZone),
  };
}

export async function updateMeeting(db: Db, principal: Principal, slug: string, input: MeetingInput): Promise<Meeting> {
  const { meeting, group } = await authorizeMeeting(db, principal, 'manage', { slug });
  const values = resolve(group, input);
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const [row] = await tx.update(meetings).set(values).where(eq(meetings.id, meeting.id)).returning();
    const before = Object.fromEntries(Object.keys(values).map((k) => [k, meeting[k as keyof Meeting]]));
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'meeting.updated',
      subjectType: 'meeting',
      subjectId: meeting.id,
      groupId: group.id,
      meetingId: meeting.id,
      before,
      after: values,
    });
    return row;
  });
}
