/** What every part of submitting and changing a document works with: the services, the acting member, the row. */
import type { documents } from '../../../db/schema';
import type { Services, SessionUser } from '../../platform/context.server';
import type { Principal } from '../groups/permissions.server';

export type SubmissionServices = Pick<Services, 'db' | 'storage' | 'mail' | 'config'>;
export interface Actor {
  user: SessionUser;
  principal: Principal;
}
export type DocumentRow = typeof documents.$inferSelect;

export const TITLE_MAX = 500;
