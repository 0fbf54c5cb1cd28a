import type { IncomingState as State } from '../../../db/schema/liaisons';
import { useT } from '~/platform/i18n-react';

export const STATE_LABEL = {
  new: 'liaisons.state.new',
  assigned: 'liaisons.state.assigned',
  drafted: 'liaisons.state.drafted',
  replied: 'liaisons.state.replied',
  no_action: 'liaisons.state.no_action',
} as const;

export const FILTER_LABEL = {
  ...STATE_LABEL,
  open: 'liaisons.filter.open',
  all: 'liaisons.filter.all',
} as const;

/** What each recorded event of an incoming statement is called in its history. */
export const EVENT_LABEL: Record<
  string,
  | 'liaisons.event.register'
  | 'liaisons.event.assign'
  | 'liaisons.event.draft'
  | 'liaisons.event.reply'
  | 'liaisons.event.no_action'
  | 'liaisons.event.remind'
  | 'liaisons.event.answer_link'
> = {
  'incoming_liaison.register': 'liaisons.event.register',
  'incoming_liaison.assign': 'liaisons.event.assign',
  'incoming_liaison.draft': 'liaisons.event.draft',
  'incoming_liaison.reply': 'liaisons.event.reply',
  'incoming_liaison.no_action': 'liaisons.event.no_action',
  'incoming_liaison.remind': 'liaisons.event.remind',
  'liaison.answer_link': 'liaisons.event.answer_link',
};

/** An incoming statement's state as a badge. */
export function IncomingState({ state }: { state: State }) {
  const t = useT();
  return <span className={`badge state-in-${state}`}>{t(STATE_LABEL[state])}</span>;
}
