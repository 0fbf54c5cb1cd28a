import { describe, expect, it } from 'vitest';
import { addDays, dateInZone, timeInZone, zonedTimeToInstant } from '../../app/platform/time';

describe('meeting deadlines in the meeting time zone', () => {
  it('puts 23:59 Geneva time at the right UTC instant in summer and in winter', () => {
    expect(zonedTimeToInstant('2025-09-30', '23:59', 'Europe/Zurich').toISOString()).toBe('2025-09-30T21:59:00.000Z');
    expect(zonedTimeToInstant('2026-01-15', '23:59', 'Europe/Zurich').toISOString()).toBe('2026-01-15T22:59:00.000Z');
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
    expect(timeInZone(new Date('2025-09-30T21:59:00Z'), 'Europe/Zurich')).toBe('23:59');
  });
});
