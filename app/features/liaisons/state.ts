/**
 * An incoming statement's states and the one table of what moves it: assigned to a WG or Question (again while not
 * closed), reply drafted, replied (when an outgoing statement answering it is sent), or closed with no action needed.
 */
import { INCOMING_STATES, type IncomingState } from '../../../db/schema/liaisons';
import { replyDatePassed } from '../meetings/deadlines';

export type IncomingEvent = 'assign' | 'draft' | 'reply' | 'no_action';

const MOVES: Record<IncomingEvent, { from: readonly IncomingState[]; to: IncomingState }> = {
  assign: { from: ['new', 'assigned', 'drafted'], to: 'assigned' },
  draft: { from: ['assigned'], to: 'drafted' },
  reply: { from: ['new', 'assigned', 'drafted'], to: 'replied' },
  no_action: { from: ['new', 'assigned', 'drafted'], to: 'no_action' },
};

/** The state the event leads to from `from`, or null when the event does not apply there. */
export function nextState(from: IncomingState, event: IncomingEvent): IncomingState | null {
  const move = MOVES[event];
  return move.from.includes(from) ? move.to : null;
}

/** Statements still waiting for a reply or a decision (reminded, listed as overdue). */
export const OPEN_STATES: readonly IncomingState[] = ['new', 'assigned', 'drafted'];

export const isOpen = (state: IncomingState) => OPEN_STATES.includes(state);

/** Overdue: still open on a day after its reply deadline. */
export const isOverdue = (s: { state: IncomingState; replyDeadline: string | null }, today: string) =>
  isOpen(s.state) && !!s.replyDeadline && replyDatePassed(s.replyDeadline, today);

/** The default reminder thresholds, in days before the reply deadline. */
export const DEFAULT_REMINDER_DAYS = [30, 14, 3] as const;

/**
 * The reminder due today: the smallest threshold the days left have reached (so a statement registered 10 days
 * before its deadline gets the 14-day reminder, not the 30-day one as well); null before the first or once past.
 */
export function dueThreshold(daysLeft: number, thresholds: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  const reached = thresholds.filter((t) => daysLeft <= t);
  return reached.length ? Math.min(...reached) : null;
}

/** The filters of a group's list: the open ones (the default), all, or one state. */
export const STATE_FILTERS = ['open', 'all', ...INCOMING_STATES] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];
