/**
 * The meeting form's schema (create and edit, secretariat): checked in the browser and on the server alike.
 * Fields arrive as a form posts them (strings; a ticked box as "on"; repeated boxes as one string or a list);
 * a field left out takes the value a new meeting has.
 */
import { z } from 'zod';
import { DOCUMENT_TYPES, LOCATION_KINDS } from '../../../db/schema';
import { isValidTimeZone } from '../../platform/time';
import { ATTACHMENT_FORMATS } from '../submissions/file-formats';
import { DEFAULT_REQUIRED_FIELDS, REQUIRABLE_FIELDS } from '../submissions/required-fields';
import {
  BEFORE_MEETING_KINDS,
  DEADLINE_MODES,
  LISTED_DEADLINE_KINDS,
  MAX_GRACE_MINUTES,
  type DeadlineKind,
} from './deadlines';
import { KNOWN_LOCALES } from '../../i18n/locales';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A field left out of the form reads as `fallback`. */
const given = <T extends z.ZodTypeAny>(schema: T, fallback: unknown = '') =>
  z.preprocess((v) => (v === undefined || v === null ? fallback : v), schema);
/** Ticked boxes of one name: none, one (a string) or several; the form's empty placeholder value is dropped. */
const ticked = <T extends z.ZodTypeAny>(item: T, fallback: unknown[] = []) =>
  z.preprocess(
    (v) => (v === undefined ? fallback : (Array.isArray(v) ? v : [v]).filter((x) => x !== '')),
    z.array(item),
  );
const time = given(z.string().regex(TIME, 'submissions.meeting.time').or(z.literal('')));
/** A calendar date that exists (2026-02-30 is refused). */
const realDate = (v: string) => {
  const [y, m, d] = v.split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
};
const date = z.string().regex(DATE, 'submissions.meeting.date').refine(realDate, 'submissions.meeting.date');
const mode = given(z.enum(DEADLINE_MODES, { message: 'error.field.required' }), 'rule');

/** The form's field names of a listed deadline kind: its mode, date and time. */
export const deadlineField = (kind: string, part: 'Mode' | 'Date' | 'Time') => `${kind}${part}`;

export const meetingInput = z
  .object({
    title: given(z.string().trim().min(1, 'error.field.required').max(200, 'submissions.tooLong')),
    number: given(
      z
        .string()
        .trim()
        .regex(/^\d{0,4}$/, 'submissions.meeting.number')
        .transform((v) => (v ? Number(v) : null)),
    ),
    startsOn: given(date),
    /** Empty: the meeting lasts one day. */
    endsOn: given(date.or(z.literal(''))),
    startTime: time,
    endTime: time,
    timeZone: given(z.string().trim().refine(isValidTimeZone, 'submissions.meeting.timeZone')),
    locationKind: given(z.enum(LOCATION_KINDS, { message: 'error.field.required' }), 'physical'),
    place: given(z.string().trim().max(300, 'submissions.tooLong')),
    host: given(z.string().trim().max(300, 'submissions.tooLong')),
    deadlineMode: given(z.enum(DEADLINE_MODES, { message: 'error.field.required' }), 'rule'),
    deadlineDate: given(date.or(z.literal(''))),
    deadlineTime: time,
    reservationMode: mode,
    reservationDate: given(date.or(z.literal(''))),
    reservationTime: time,
    revisionsMode: mode,
    revisionsDate: given(date.or(z.literal(''))),
    revisionsTime: time,
    preregistrationMode: mode,
    preregistrationDate: given(date.or(z.literal(''))),
    preregistrationTime: time,
    visaMode: mode,
    visaDate: given(date.or(z.literal(''))),
    visaTime: time,
    fellowshipMode: mode,
    fellowshipDate: given(date.or(z.literal(''))),
    fellowshipTime: time,
    /** Minutes after each deadline still counted as on time; never shown to members. */
    graceMinutes: z.preprocess(
      (v) => (v === undefined || v === '' ? 0 : typeof v === 'string' ? Number(v.trim() || NaN) : v),
      z
        .number({ message: 'deadlines.grace.invalid' })
        .int('deadlines.grace.invalid')
        .min(0, 'deadlines.grace.invalid')
        .max(MAX_GRACE_MINUTES, 'deadlines.grace.tooLong'),
    ),
    acceptsLate: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
    documentTypes: ticked(z.enum(DOCUMENT_TYPES)),
    attachmentFormats: ticked(z.enum(ATTACHMENT_FORMATS)),
    /** The form always posts an empty value beside the ticked ones: left out entirely, the default holds. */
    requiredFields: ticked(z.enum(REQUIRABLE_FIELDS), DEFAULT_REQUIRED_FIELDS),
    maxFileMb: z.preprocess(
      (v) => (v === undefined || v === '' ? 50 : typeof v === 'string' ? Number(v.trim() || NaN) : v),
      z
        .number({ message: 'submissions.meeting.maxFileMb' })
        .int('submissions.meeting.maxFileMb')
        .min(1, 'submissions.meeting.maxFileMb')
        .max(2048, 'submissions.meeting.maxFileMb'),
    ),
    documentAccess: given(z.enum(['public', 'members'], { message: 'error.field.required' }), 'members'),
    notes: given(z.string().max(5000, 'submissions.tooLong')),
    /** The working language: generated documents' labels are in it; empty means English. */
    language: given(z.enum(KNOWN_LOCALES, { message: 'error.field.required' }).or(z.literal(''))),
    /** Mail to this address becomes submissions to the meeting (the mailbox bridge); empty: the group's mailbox. */
    intakeAddress: given(
      z.string().trim().toLowerCase().max(254, 'error.field.email').email('error.field.email').or(z.literal('')),
    ),
  })
  .superRefine((m, ctx) => {
    if (m.endsOn && m.startsOn && m.endsOn < m.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'submissions.meeting.endBeforeStart' });
    if (m.deadlineMode === 'custom' && !m.deadlineDate)
      ctx.addIssue({ code: 'custom', path: ['deadlineDate'], message: 'error.field.required' });
    // A deadline set by hand: its date is needed, and for kinds that close before the meeting, not after it opens.
    const opens = `${m.startsOn}T${m.startTime || '00:00'}`;
    const check = (kind: DeadlineKind, modeValue: string, dateField: string, d: string, t: string) => {
      if (modeValue !== 'custom') return;
      if (!d) return ctx.addIssue({ code: 'custom', path: [dateField], message: 'error.field.required' });
      if (m.startsOn && BEFORE_MEETING_KINDS.includes(kind) && `${d}T${t || '23:59'}` > opens)
        ctx.addIssue({ code: 'custom', path: [dateField], message: 'deadlines.afterStart' });
    };
    check('contributions', m.deadlineMode, 'deadlineDate', m.deadlineDate, m.deadlineTime);
    const fields = m as unknown as Record<string, string>;
    for (const kind of LISTED_DEADLINE_KINDS)
      check(
        kind,
        fields[deadlineField(kind, 'Mode')],
        deadlineField(kind, 'Date'),
        fields[deadlineField(kind, 'Date')],
        fields[deadlineField(kind, 'Time')],
      );
  })
  .transform((m) => ({ ...m, endsOn: m.endsOn || m.startsOn }));

/** A meeting as the form gives it, checked. */
export type MeetingValues = z.output<typeof meetingInput>;
