/** The demo core: groups, meetings and accounts, which every demo (and most tests) start from. */
import type { Db } from '../../../db/client.server';
import { seedAccounts, type SeededAccount } from './accounts';
import { seedGroups } from './groups';
import { seedMeetings } from './meetings';

export interface SeededCore {
  groupIds: Record<string, string>;
  meetingIds: Record<string, string>;
  userIds: Record<string, string>;
  accounts: SeededAccount[];
}

/** Inserts the demo groups, meetings and accounts. `today` decides the two upcoming demo meetings' dates. */
export async function seedCore(
  db: Db,
  opts: { today?: string; passwords?: Record<string, string> } = {},
): Promise<SeededCore> {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const groupIds = await seedGroups(db);
  const meetingIds = await seedMeetings(db, groupIds, today);
  const { userIds, accounts } = await seedAccounts(db, groupIds, opts.passwords);
  return { groupIds, meetingIds, userIds, accounts };
}
