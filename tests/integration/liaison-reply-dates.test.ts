/** A statement's reply deadline is shown as the day it falls on where the meeting is, not in UTC. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaisonStatements, meetings } from '../../db/schema';
import { nearDeadlines } from '../../app/features/liaisons/liaison-deadlines.server';
import { endOfDay } from '../../app/features/meetings/deadlines';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { demoData } from '../support/demo';

let database: TestDatabase;
afterAll(() => database?.destroy());
beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
});

describe('reply deadlines near', () => {
  it('give the date in the meeting’s time zone, west and east of UTC', async () => {
    const { db } = database;
    const seeded = await demoData(db);
    const meetingId = seeded.meetingIds['jca-mv-demo'];
    const groupId = seeded.groupIds['jca-mv'];
    const now = new Date('2031-01-25T12:00:00Z');
    for (const timeZone of ['America/New_York', 'Asia/Tokyo']) {
      await db.update(meetings).set({ timeZone }).where(eq(meetings.id, meetingId));
      // 23:59 on 1 February in New York is 2 February in UTC; in Tokyo it is still 1 February.
      const [ls] = await db
        .insert(liaisonStatements)
        .values({
          meetingId,
          groupId,
          direction: 'out',
          state: 'draft',
          title: `Reply due in ${timeZone}`,
          replyDeadline: endOfDay('2031-02-01', timeZone),
        })
        .returning();
      const near = await nearDeadlines(db, [groupId], now);
      expect(near.find((l) => l.id === ls.id)?.replyDate, timeZone).toBe('2031-02-01');
    }
  });
});
