import { describe, expect, it } from 'vitest';
import { addDays, dateInZone, defaultDeadline, zonedTimeToInstant } from '../../app/platform/time';

describe('meeting deadlines in the meeting time zone', () => {
  it('puts 23:59 Geneva time at the right UTC instant in summer and in winter', () => {
    expect(zonedTimeToInstant('2025-09-30', '23:59', 'Europe/Zurich').toISOString()).toBe('2025-09-30T21:59:00.000Z');
    expect(zonedTimeToInstant('2026-01-15', '23:59', 'Europe/Zurich').toISOString()).toBe('2026-01-15T22:59:00.000Z');
  });

  it('computes the default rule (12 calendar days before, 23:59 local) across a DST change', () => {
    // FG-MV 1st meeting: Riyadh, no DST, 8 March 2023 → 24 Feb 2023 23:59 (UTC+3).
    expect(defaultDeadline('2023-03-08', 'Asia/Riyadh', 12).toISOString()).toBe('2023-02-24T20:59:00.000Z');
    // A Geneva meeting on 4 April 2026: the deadline (23 March) is before the switch to summer time (29 March).
    expect(defaultDeadline('2026-04-04', 'Europe/Zurich', 12).toISOString()).toBe('2026-03-23T22:59:00.000Z');
    // New York meeting on 12 March 2026 (DST starts 8 March): deadline 28 Feb, still EST.
    expect(defaultDeadline('2026-03-12', 'America/New_York', 12).toISOString()).toBe('2026-03-01T04:59:00.000Z');
  });

  it('handles wall-clock times on the day clocks change', () => {
    // 29 March 2026 in Geneva: 12:00 is already summer time (UTC+2).
    expect(zonedTimeToInstant('2026-03-29', '12:00', 'Europe/Zurich').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    // 25 October 2026: 12:00 is back on winter time (UTC+1).
    expect(zonedTimeToInstant('2026-10-25', '12:00', 'Europe/Zurich').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('adds calendar days over month and year ends, and tells the local date of an instant', () => {
    expect(addDays('2023-03-08', -12)).toBe('2023-02-24');
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(dateInZone(new Date('2025-09-30T22:30:00Z'), 'Europe/Zurich')).toBe('2025-10-01');
    expect(dateInZone(new Date('2025-09-30T22:30:00Z'), 'America/New_York')).toBe('2025-09-30');
  });
});
