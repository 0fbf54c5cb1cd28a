/**
 * Every deadline rule in one place: a meeting's deadlines, and a liaison statement's reply deadline. Instants are
 * compared in UTC, so a deadline set in the meeting's time zone holds across daylight-saving changes; dates and
 * wall-clock times are read and shown in the meeting's zone.
 */
import { addDays, dateInZone, timeInZone, zonedTimeToInstant } from '../../platform/time';

/** A meeting's named deadlines. Contributions is meetings.input_deadline; the others live in meeting_deadlines. */
export const DEADLINE_KINDS = [
  'contributions',
  'reservation',
  'revisions',
  'preregistration',
  'visa',
  'fellowship',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
/** The kinds kept in meeting_deadlines (every kind but contributions). */
export const LISTED_DEADLINE_KINDS = DEADLINE_KINDS.filter((k) => k !== 'contributions') as Exclude<
  DeadlineKind,
  'contributions'
>[];
export type ListedDeadlineKind = (typeof LISTED_DEADLINE_KINDS)[number];
/** Kinds that make sense only before the meeting starts: such a deadline after the first day is refused. */
export const BEFORE_MEETING_KINDS: readonly DeadlineKind[] = [
  'contributions',
  'reservation',
  'preregistration',
  'visa',
  'fellowship',
];

/** The longest grace period a meeting may have: 24 hours. */
export const MAX_GRACE_MINUTES = 24 * 60;

/** True when there is no deadline or `at` is not after it. */
export const isOpen = (deadline: Date | string | null, at: Date): boolean =>
  !deadline || at.getTime() <= new Date(deadline).getTime();

/** A group's default input deadline: so many calendar days before the first day, at a wall-clock time. */
export interface DeadlineRule {
  deadlineDaysBefore: number;
  deadlineTime: string;
}

interface MeetingDeadline {
  inputDeadline: Date | null;
  takesContributions: boolean;
  acceptsLate: boolean;
}

/** The wall-clock time of every deadline set by date only. */
const END_OF_DAY = '23:59';

/** The instant of a date at a wall-clock time in a time zone; without a time, the end of that day (23:59). */
export const endOfDay = (date: string, timeZone: string, time?: string) =>
  zonedTimeToInstant(date, time || END_OF_DAY, timeZone);

/** The group's rule applied to a meeting starting on `startsOn` in `timeZone`. */
export function ruleDeadline(rule: DeadlineRule, startsOn: string, timeZone: string): Date {
  return endOfDay(addDays(startsOn, -rule.deadlineDaysBefore), timeZone, rule.deadlineTime);
}

export const DEADLINE_MODES = ['rule', 'custom', 'none'] as const;
export type DeadlineMode = (typeof DEADLINE_MODES)[number];

/** The input deadline a meeting form asks for: the group's rule, a date (and time) set by hand, or none. */
export function chosenDeadline(
  mode: DeadlineMode,
  meeting: { startsOn: string; timeZone: string },
  rule: DeadlineRule,
  custom: { date: string; time: string },
): Date | null {
  if (mode === 'rule') return ruleDeadline(rule, meeting.startsOn, meeting.timeZone);
  if (mode === 'custom') return endOfDay(custom.date, meeting.timeZone, custom.time);
  return null;
}

/** A stored deadline as the meeting form shows it again: the mode, and the date and time in the meeting's zone. */
export function deadlineFormFields(meeting: MeetingDeadline & { timeZone: string; deadlineOverridden: boolean }) {
  const d = meeting.inputDeadline;
  return {
    deadlineDate: d ? dateInZone(d, meeting.timeZone) : '',
    deadlineTime: d ? timeInZone(d, meeting.timeZone) : '',
    deadlineMode: (!meeting.takesContributions
      ? 'none'
      : meeting.deadlineOverridden
        ? 'custom'
        : 'rule') as DeadlineMode,
  };
}

/** Which rule let a submission in: before the deadline, within the hidden grace period, on the late list, or late. */
export const DEADLINE_RULES = ['on_time', 'grace', 'late_list', 'late', 'open'] as const;
export type DeadlineRuleApplied = (typeof DEADLINE_RULES)[number];

export type DeadlineDecision =
  { ok: true; late: boolean; rule: DeadlineRuleApplied } | { ok: false; reason: 'deadline' | 'closed' };

export interface DeadlineContext {
  /** The deadline judged against: the input deadline, or the revisions deadline for a revision. */
  deadline?: Date | string | null;
  /** Minutes after the deadline still counted as on time (graceMinutesOf). */
  graceMinutes?: number;
  /** Until when this submitter is on the meeting's late list (null: not on it). */
  lateUntil?: Date | string | null;
}

const MINUTE_MS = 60_000;

/** The end of the grace period after `deadline` (the grace held between none and MAX_GRACE_MINUTES). */
export function graceEnd(deadline: Date | string, graceMinutes = 0): Date {
  const grace = Math.min(Math.max(graceMinutes, 0), MAX_GRACE_MINUTES);
  return new Date(new Date(deadline).getTime() + grace * MINUTE_MS);
}

/**
 * The last instant a submitter's input is accepted other than as a plain late document: the end of the grace period,
 * or the end of their time on the late list if later.
 */
export function latestAcceptedInstant(
  deadline: Date | string,
  ctx: Pick<DeadlineContext, 'graceMinutes' | 'lateUntil'>,
): Date {
  const onTime = graceEnd(deadline, ctx.graceMinutes);
  const listed = ctx.lateUntil ? new Date(ctx.lateUntil) : null;
  return listed && listed.getTime() > onTime.getTime() ? listed : onTime;
}

/**
 * Whether a submission whose request began at `began` is accepted, whether it is late, and which rule applied.
 * The instant is the one the request arrived at (before its body was read), so an upload begun before the deadline
 * is never cut off by the clock. In order: no deadline (open); before it (on time); within the grace period (on time);
 * before the submitter's end time on the late list (accepted, marked late); otherwise late where the meeting accepts late
 * documents or the secretariat submits, else refused.
 */
export function deadlineDecision(
  meeting: MeetingDeadline,
  began: Date,
  isSecretariat: boolean,
  ctx: DeadlineContext = {},
): DeadlineDecision {
  if (!meeting.takesContributions) return { ok: false, reason: 'closed' };
  const deadline = ctx.deadline === undefined ? meeting.inputDeadline : ctx.deadline;
  if (!deadline) return { ok: true, late: false, rule: 'open' };
  if (isOpen(deadline, began)) return { ok: true, late: false, rule: 'on_time' };
  if (isOpen(graceEnd(deadline, ctx.graceMinutes), began)) return { ok: true, late: false, rule: 'grace' };
  if (isOpen(latestAcceptedInstant(deadline, ctx), began)) return { ok: true, late: true, rule: 'late_list' };
  if (isSecretariat || meeting.acceptsLate) return { ok: true, late: true, rule: 'late' };
  return { ok: false, reason: 'deadline' };
}

/*
 * A liaison statement's reply deadline. An incoming statement registered for a group (incoming_liaisons) has a
 * calendar date, the last day a reply is wanted, judged in UTC calendar days. A statement drafted or registered at a
 * meeting (liaison_statements) has the instant the meeting's day ends (endOfDay), judged as an instant like any other.
 */

const DAY_MS = 86_400_000;

/** The calendar date of an instant in UTC: the day reply deadlines given as dates are judged on. */
export const utcDate = (at: Date) => at.toISOString().slice(0, 10);

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): 0 on the day itself, negative once past. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** Whether a reply deadline given as a date has passed on `today`: a reply on the day itself is in time. */
export const replyDatePassed = (deadline: string, today: string) => daysUntil(deadline, today) < 0;

/** A reply deadline this many days ahead or fewer is near (flagged on the group's page and the secretariat's home). */
export const NEAR_DEADLINE_DAYS = 14;

/** The reply deadlines near at `now`: not passed (isOpen) and at most NEAR_DEADLINE_DAYS ahead. */
export const nearDeadlineWindow = (now: Date) => ({
  from: now,
  until: new Date(now.getTime() + NEAR_DEADLINE_DAYS * DAY_MS),
});
