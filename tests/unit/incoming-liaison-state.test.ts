/** The life of an incoming liaison statement and the reminder due on a given day. */
import { describe, expect, it } from 'vitest';
import { daysUntil } from '../../app/features/meetings/deadlines';
import { dueThreshold, isOverdue, nextState } from '../../app/features/liaisons/state';

describe('incoming statement states', () => {
  it('moves new → assigned → reply drafted → replied, or to no action from any open state, never back from a closed one', () => {
    expect(nextState('new', 'assign')).toBe('assigned');
    expect(nextState('assigned', 'draft')).toBe('drafted');
    expect(nextState('drafted', 'reply')).toBe('replied');
    expect(nextState('new', 'draft')).toBeNull();
    expect(nextState('assigned', 'no_action')).toBe('no_action');
    for (const closed of ['replied', 'no_action'] as const)
      for (const event of ['assign', 'draft', 'reply', 'no_action'] as const)
        expect(nextState(closed, event)).toBeNull();
  });

  it('is overdue once the day after its deadline has come, while still open', () => {
    expect(daysUntil('2031-04-10', '2031-03-11')).toBe(30);
    expect(isOverdue({ state: 'assigned', replyDeadline: '2031-04-10' }, '2031-04-10')).toBe(false);
    expect(isOverdue({ state: 'assigned', replyDeadline: '2031-04-10' }, '2031-04-11')).toBe(true);
    expect(isOverdue({ state: 'replied', replyDeadline: '2031-04-10' }, '2031-05-01')).toBe(false);
  });

  it('reminds at the smallest threshold reached: one mail for a statement registered late, none before or after', () => {
    expect(dueThreshold(40, [30, 14, 3])).toBeNull();
    expect(dueThreshold(30, [30, 14, 3])).toBe(30);
    expect(dueThreshold(10, [30, 14, 3])).toBe(14);
    expect(dueThreshold(0, [30, 14, 3])).toBe(3);
    expect(dueThreshold(-1, [30, 14, 3])).toBeNull();
  });
});
