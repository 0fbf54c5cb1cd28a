import { describe, expect, it } from 'vitest';
import {
  chosenDeadline,
  deadlineDecision,
  deadlineFormFields,
  ruleDeadline,
} from '../../app/features/meetings/deadlines';

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
    expect(deadlineDecision(m, new Date('2026-10-25T22:59:00Z'), false)).toEqual({ ok: true, late: false });
    expect(deadlineDecision(m, new Date('2026-10-25T23:00:00Z'), false)).toEqual({ ok: false, reason: 'deadline' });
    expect(deadlineDecision({ ...m, acceptsLate: true }, new Date('2026-10-25T23:00:00Z'), false)).toEqual({
      ok: true,
      late: true,
    });
    expect(deadlineDecision(m, new Date('2026-10-26T10:00:00Z'), true)).toEqual({ ok: true, late: true });
    expect(deadlineDecision({ ...m, takesContributions: false }, new Date('2026-10-01T00:00:00Z'), true)).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(deadlineDecision({ ...m, inputDeadline: null }, new Date('2030-01-01T00:00:00Z'), false)).toEqual({
      ok: true,
      late: false,
    });
  });
});
