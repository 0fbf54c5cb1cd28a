import { describe, expect, it } from 'vitest';
import {
  chosenDeadline,
  daysUntil,
  deadlineDecision,
  deadlineFormFields,
  endOfDay,
  graceEnd,
  isOpen,
  latestAcceptedInstant,
  MAX_GRACE_MINUTES,
  NEAR_DEADLINE_DAYS,
  nearDeadlineWindow,
  replyDatePassed,
  ruleDeadline,
  utcDate,
} from '../../app/features/meetings/deadlines';
import { meetingInput } from '../../app/features/meetings/meeting-input';
import { zonedTimeToInstant } from '../../app/platform/time';

const twelveDays = { deadlineDaysBefore: 12, deadlineTime: '23:59' };

describe('meeting deadlines', () => {
  it('applies the group rule (12 calendar days before, 23:59 local) across a DST change', () => {
    // FG-MV 1st meeting: Riyadh, no DST, 8 March 2023 → 24 Feb 2023 23:59 (UTC+3).
    expect(ruleDeadline(twelveDays, '2023-03-08', 'Asia/Riyadh').toISOString()).toBe('2023-02-24T20:59:00.000Z');
    // A Geneva meeting on 4 April 2026: the deadline (23 March) is before the switch to summer time (29 March).
    expect(ruleDeadline(twelveDays, '2026-04-04', 'Europe/Zurich').toISOString()).toBe('2026-03-23T22:59:00.000Z');
    // New York meeting on 12 March 2026 (DST starts 8 March): deadline 28 Feb, still EST.
    expect(ruleDeadline(twelveDays, '2026-03-12', 'America/New_York').toISOString()).toBe('2026-03-01T04:59:00.000Z');
    // JCA-MV 1st: 9 days before, at noon Geneva time.
    expect(
      ruleDeadline({ deadlineDaysBefore: 9, deadlineTime: '12:00' }, '2025-10-09', 'Europe/Zurich').toISOString(),
    ).toBe('2025-09-30T10:00:00.000Z');
  });

  it('takes the rule, a date set by hand (23:59 unless a time is given) or none, and shows it back in the meeting zone', () => {
    const meeting = { startsOn: '2026-04-04', timeZone: 'Europe/Zurich' };
    expect(chosenDeadline('rule', meeting, twelveDays, { date: '', time: '' })?.toISOString()).toBe(
      '2026-03-23T22:59:00.000Z',
    );
    expect(chosenDeadline('custom', meeting, twelveDays, { date: '2026-03-30', time: '' })?.toISOString()).toBe(
      '2026-03-30T21:59:00.000Z',
    );
    expect(chosenDeadline('custom', meeting, twelveDays, { date: '2026-03-30', time: '08:00' })?.toISOString()).toBe(
      '2026-03-30T06:00:00.000Z',
    );
    expect(chosenDeadline('none', meeting, twelveDays, { date: '2026-03-30', time: '' })).toBeNull();
    const stored = {
      inputDeadline: new Date('2026-03-30T21:59:00Z'),
      takesContributions: true,
      acceptsLate: false,
      timeZone: 'Europe/Zurich',
      deadlineOverridden: true,
    };
    expect(deadlineFormFields(stored)).toEqual({
      deadlineMode: 'custom',
      deadlineDate: '2026-03-30',
      deadlineTime: '23:59',
    });
    expect(deadlineFormFields({ ...stored, takesContributions: false }).deadlineMode).toBe('none');
  });

  it('accepts input until the deadline, late only where the meeting or the secretariat allows it', () => {
    const m = { inputDeadline: new Date('2026-10-25T22:59:00Z'), acceptsLate: false, takesContributions: true };
    expect(deadlineDecision(m, new Date('2026-10-25T22:59:00Z'), false)).toEqual({
      ok: true,
      late: false,
      rule: 'on_time',
    });
    expect(deadlineDecision(m, new Date('2026-10-25T23:00:00Z'), false)).toEqual({ ok: false, reason: 'deadline' });
    expect(deadlineDecision({ ...m, acceptsLate: true }, new Date('2026-10-25T23:00:00Z'), false)).toEqual({
      ok: true,
      late: true,
      rule: 'late',
    });
    expect(deadlineDecision(m, new Date('2026-10-26T10:00:00Z'), true)).toEqual({ ok: true, late: true, rule: 'late' });
    expect(deadlineDecision({ ...m, takesContributions: false }, new Date('2026-10-01T00:00:00Z'), true)).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(deadlineDecision({ ...m, inputDeadline: null }, new Date('2030-01-01T00:00:00Z'), false)).toEqual({
      ok: true,
      late: false,
      rule: 'open',
    });
  });
});

describe('grace period and late list across a daylight-saving change (Geneva)', () => {
  const zone = 'Europe/Zurich';
  const closed = { acceptsLate: false, takesContributions: true };

  it('counts the grace period in real minutes on the night summer time begins', () => {
    // 29 March 2026: at 02:00 the clocks jump to 03:00. Deadline 01:30 CET = 00:30 UTC, 60 minutes' grace.
    const deadline = zonedTimeToInstant('2026-03-29', '01:30', zone);
    expect(deadline.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    const m = { ...closed, inputDeadline: deadline };
    const grace = { graceMinutes: 60 };
    // 03:15 on the wall clock is only 45 minutes after the deadline: still on time, within the grace period.
    const wall0315 = zonedTimeToInstant('2026-03-29', '03:15', zone);
    expect(deadlineDecision(m, wall0315, false, grace)).toEqual({ ok: true, late: false, rule: 'grace' });
    expect(deadlineDecision(m, zonedTimeToInstant('2026-03-29', '03:30', zone), false, grace)).toEqual({
      ok: true,
      late: false,
      rule: 'grace',
    });
    expect(deadlineDecision(m, zonedTimeToInstant('2026-03-29', '03:31', zone), false, grace)).toEqual({
      ok: false,
      reason: 'deadline',
    });
    // The instant the request began decides: an upload begun a second before the deadline is on time, however long it takes.
    expect(deadlineDecision(m, new Date(deadline.getTime() - 1000), false, grace)).toEqual({
      ok: true,
      late: false,
      rule: 'on_time',
    });
  });

  it('gives the late list its end time in the meeting zone on the night summer time ends', () => {
    // 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET. Deadline 24 October 23:59 CEST.
    const deadline = zonedTimeToInstant('2026-10-24', '23:59', zone);
    expect(deadline.toISOString()).toBe('2026-10-24T21:59:00.000Z');
    const until = zonedTimeToInstant('2026-10-25', '12:00', zone);
    expect(until.toISOString()).toBe('2026-10-25T11:00:00.000Z'); // CET after the change
    const m = { ...closed, inputDeadline: deadline };
    const grace = { graceMinutes: 30 };
    const at = (time: string) => zonedTimeToInstant('2026-10-25', time, zone);
    // Within the grace period nobody needs the list.
    expect(deadlineDecision(m, new Date('2026-10-24T22:29:00Z'), false, { ...grace, lateUntil: until })).toMatchObject({
      rule: 'grace',
      late: false,
    });
    expect(deadlineDecision(m, at('11:59'), false, { ...grace, lateUntil: until })).toEqual({
      ok: true,
      late: true,
      rule: 'late_list',
    });
    expect(deadlineDecision(m, at('12:00'), false, { ...grace, lateUntil: until })).toMatchObject({
      rule: 'late_list',
    });
    // After the end time the listed person is like anyone else: refused where the meeting takes no late input...
    expect(deadlineDecision(m, at('12:01'), false, { ...grace, lateUntil: until })).toEqual({
      ok: false,
      reason: 'deadline',
    });
    // ...marked late where it does, and the secretariat may always add late documents.
    expect(deadlineDecision({ ...m, acceptsLate: true }, at('12:01'), false, { ...grace, lateUntil: until })).toEqual({
      ok: true,
      late: true,
      rule: 'late',
    });
    expect(deadlineDecision(m, at('12:01'), true, grace)).toMatchObject({ ok: true, rule: 'late' });
    // Someone not on the list gets nothing from it.
    expect(deadlineDecision(m, at('11:59'), false, grace)).toEqual({ ok: false, reason: 'deadline' });
  });

  it('judges revisions by their own deadline, and a grace period never beyond 24 hours', () => {
    const input = zonedTimeToInstant('2026-03-20', '23:59', zone);
    const revisions = zonedTimeToInstant('2026-04-02', '12:00', zone);
    const m = { ...closed, inputDeadline: input };
    const began = zonedTimeToInstant('2026-04-01', '09:00', zone);
    expect(deadlineDecision(m, began, false)).toEqual({ ok: false, reason: 'deadline' });
    expect(deadlineDecision(m, began, false, { deadline: revisions })).toMatchObject({ ok: true, rule: 'on_time' });
    expect(deadlineDecision(m, began, false, { deadline: null })).toMatchObject({ ok: true, rule: 'open' });
    const huge = { graceMinutes: 10 * MAX_GRACE_MINUTES };
    expect(deadlineDecision(m, new Date(input.getTime() + MAX_GRACE_MINUTES * 60_000), false, huge)).toMatchObject({
      rule: 'grace',
    });
    expect(deadlineDecision(m, new Date(input.getTime() + (MAX_GRACE_MINUTES + 1) * 60_000), false, huge)).toEqual({
      ok: false,
      reason: 'deadline',
    });
  });

  it('keeps open what has no deadline', () => {
    expect(isOpen(null, new Date())).toBe(true);
    const d = new Date('2026-03-29T00:30:00Z');
    expect(isOpen(d, d)).toBe(true);
    expect(isOpen(d, new Date(d.getTime() + 1))).toBe(false);
  });

  it('keeps the input deadline open at its very instant, and closes it the millisecond after', () => {
    const inputDeadline = zonedTimeToInstant('2026-10-24', '23:59', zone);
    expect(isOpen(inputDeadline, inputDeadline)).toBe(true);
    expect(isOpen(inputDeadline.toISOString(), inputDeadline)).toBe(true);
    expect(isOpen(inputDeadline, new Date(inputDeadline.getTime() + 1))).toBe(false);
    expect(isOpen(null, new Date('2099-01-01T00:00:00Z'))).toBe(true);
    const m = { ...closed, inputDeadline };
    expect(deadlineDecision(m, new Date(inputDeadline.getTime() + 1), false)).toEqual({
      ok: false,
      reason: 'deadline',
    });
  });

  it('ends the grace period in real minutes, never beyond 24 hours nor before the deadline', () => {
    // The night summer time ends: 120 minutes' grace after 01:30 CEST end at 02:30 CET, an hour later on the wall.
    const deadline = zonedTimeToInstant('2026-10-25', '01:30', zone);
    expect(deadline.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(graceEnd(deadline, 120)).toEqual(zonedTimeToInstant('2026-10-25', '02:30', zone));
    expect(graceEnd(deadline, 120).toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(graceEnd(deadline).getTime()).toBe(deadline.getTime());
    expect(graceEnd(deadline, -30).getTime()).toBe(deadline.getTime());
    expect(graceEnd(deadline, 10 * MAX_GRACE_MINUTES).getTime()).toBe(deadline.getTime() + MAX_GRACE_MINUTES * 60_000);
    const m = { ...closed, inputDeadline: deadline };
    const end = graceEnd(deadline, 100);
    expect(deadlineDecision(m, end, false, { graceMinutes: 100 })).toMatchObject({ ok: true, rule: 'grace' });
    expect(deadlineDecision(m, new Date(end.getTime() + 1), false, { graceMinutes: 100 })).toEqual({
      ok: false,
      reason: 'deadline',
    });
  });

  it('accepts input until the end of the grace period or of the late list, whichever is later', () => {
    const deadline = zonedTimeToInstant('2026-03-28', '23:59', zone);
    const onTime = graceEnd(deadline, 60);
    expect(latestAcceptedInstant(deadline, {})).toEqual(deadline);
    expect(latestAcceptedInstant(deadline, { graceMinutes: 60 })).toEqual(onTime);
    // A late-list end before the grace period ends gives nothing more.
    const early = new Date(onTime.getTime() - 60_000);
    expect(latestAcceptedInstant(deadline, { graceMinutes: 60, lateUntil: early })).toEqual(onTime);
    // The late list across the change to summer time: 29 March 12:00 CEST is 10:00 UTC.
    const until = zonedTimeToInstant('2026-03-29', '12:00', zone);
    expect(until.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(latestAcceptedInstant(deadline, { graceMinutes: 60, lateUntil: until })).toEqual(until);
    expect(latestAcceptedInstant(deadline, { lateUntil: until.toISOString() })).toEqual(until);
    // The decision accepts exactly until that instant, and marks late only what the late list let in.
    const m = { ...closed, inputDeadline: deadline };
    const ctx = { graceMinutes: 60, lateUntil: until };
    const last = latestAcceptedInstant(deadline, ctx);
    expect(deadlineDecision(m, last, false, ctx)).toEqual({ ok: true, late: true, rule: 'late_list' });
    expect(deadlineDecision(m, new Date(last.getTime() + 1), false, ctx)).toEqual({ ok: false, reason: 'deadline' });
    expect(deadlineDecision(m, onTime, false, ctx)).toEqual({ ok: true, late: false, rule: 'grace' });
  });

  it('ends a day set by date only at 23:59 in the zone, on either side of a change of time', () => {
    expect(endOfDay('2026-03-28', zone).toISOString()).toBe('2026-03-28T22:59:00.000Z'); // CET
    expect(endOfDay('2026-03-29', zone).toISOString()).toBe('2026-03-29T21:59:00.000Z'); // CEST
    expect(endOfDay('2026-10-25', zone).toISOString()).toBe('2026-10-25T22:59:00.000Z'); // CET again
    expect(endOfDay('2026-10-25', zone, '').toISOString()).toBe('2026-10-25T22:59:00.000Z');
    expect(endOfDay('2026-10-25', zone, '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(endOfDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-09T03:59:00.000Z'); // EDT
  });
});

describe('reply deadlines of liaison statements', () => {
  it('counts the days to a reply date, the day itself in time', () => {
    expect(daysUntil('2031-04-10', '2031-03-11')).toBe(30);
    expect(daysUntil('2031-04-10', '2031-04-10')).toBe(0);
    expect(daysUntil('2031-04-10', '2031-04-11')).toBe(-1);
    // Across a change of time the days stay whole (dates carry no zone).
    expect(daysUntil('2026-03-30', '2026-03-28')).toBe(2);
    expect(replyDatePassed('2031-04-10', '2031-04-10')).toBe(false);
    expect(replyDatePassed('2031-04-10', '2031-04-11')).toBe(true);
    expect(utcDate(new Date('2031-04-10T23:59:59Z'))).toBe('2031-04-10');
    expect(utcDate(new Date('2031-04-11T00:00:00Z'))).toBe('2031-04-11');
  });

  it('calls near a reply deadline not yet passed and at most two weeks ahead', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const { from, until } = nearDeadlineWindow(now);
    expect(from).toEqual(now);
    expect(isOpen(now, from)).toBe(true);
    expect(until.getTime() - now.getTime()).toBe(NEAR_DEADLINE_DAYS * 86_400_000);
  });
});

describe('the meeting form refuses impossible deadlines with the reason', () => {
  const base = {
    title: 'SG20 Geneva',
    startsOn: '2026-04-14',
    endsOn: '2026-04-24',
    timeZone: 'Europe/Zurich',
    deadlineMode: 'rule',
  };
  const issues = (input: Record<string, unknown>) => {
    const r = meetingInput.safeParse({ ...base, ...input });
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('refuses a grace period over 24 hours, and one that is not a whole number of minutes', () => {
    expect(issues({ graceMinutes: '1440' })).toEqual({});
    expect(issues({ graceMinutes: '1441' })).toEqual({ graceMinutes: 'deadlines.grace.tooLong' });
    expect(issues({ graceMinutes: '-5' })).toEqual({ graceMinutes: 'deadlines.grace.invalid' });
    expect(issues({ graceMinutes: 'half an hour' })).toEqual({ graceMinutes: 'deadlines.grace.invalid' });
  });

  it('refuses a deadline after the meeting opens where that makes no sense, but not for revisions', () => {
    expect(issues({ visaMode: 'custom', visaDate: '2026-04-15' })).toEqual({ visaDate: 'deadlines.afterStart' });
    expect(issues({ deadlineMode: 'custom', deadlineDate: '2026-04-14', deadlineTime: '09:00' })).toEqual({
      deadlineDate: 'deadlines.afterStart',
    });
    expect(issues({ preregistrationMode: 'custom', preregistrationDate: '2026-04-13' })).toEqual({});
    expect(issues({ revisionsMode: 'custom', revisionsDate: '2026-04-20', revisionsTime: '18:00' })).toEqual({});
    expect(issues({ fellowshipMode: 'custom' })).toEqual({ fellowshipDate: 'error.field.required' });
  });

  it('refuses dates that do not exist', () => {
    expect(issues({ reservationMode: 'custom', reservationDate: '2026-02-30' })).toEqual({
      reservationDate: 'submissions.meeting.date',
    });
    expect(issues({ startsOn: '2026-13-01', endsOn: '' })).toMatchObject({ startsOn: 'submissions.meeting.date' });
  });
});
