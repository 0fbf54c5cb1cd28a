/** A meeting under way for the meeting-room tests: JCA-MV, today, with an agenda and registered documents. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.server';
import { agendaItems, documents, meetings } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { createSubmittedDocument } from './documents';

let n = 0;

export interface RoomMeeting {
  meeting: typeof meetings.$inferSelect;
  items: (typeof agendaItems.$inferSelect)[];
  docs: (typeof documents.$inferSelect)[];
}

/** A JCA-MV meeting running today (UTC) with `itemCount` agenda items and `docCount` registered documents. */
export async function roomMeeting(db: Db, seeded: Seeded, opts: { itemCount?: number; docCount?: number } = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const slug = `room-${++n}-${Date.now().toString(36)}`;
  const [meeting] = await db
    .insert(meetings)
    .values({
      groupId: seeded.groupIds['jca-mv'],
      slug,
      title: `JCA-MV room meeting ${n}`,
      startsOn: today,
      endsOn: today,
      timeZone: 'UTC',
      locationKind: 'virtual',
      documentTypes: ['jca'],
    })
    .returning();
  const titles = ['Opening', 'Approval of the agenda', 'Input documents', 'Liaison statements', 'Closing'];
  const items = await db
    .insert(agendaItems)
    .values(
      Array.from({ length: opts.itemCount ?? 5 }, (_, i) => ({
        meetingId: meeting.id,
        label: String(i + 1),
        position: i,
        title: titles[i] ?? `Item ${i + 1}`,
      })),
    )
    .returning();
  const docs: (typeof documents.$inferSelect)[] = [];
  for (let i = 0; i < (opts.docCount ?? 3); i++) {
    const d = await createSubmittedDocument(db, null, {
      meetingId: meeting.id,
      submittedBy: seeded.userIds.member1,
      title: `Metaverse input ${i + 1}`,
    });
    const [row] = await db
      .update(documents)
      .set({
        state: 'registered',
        numberLabel: `JCA-MV-R${n}-${String(i + 1).padStart(3, '0')}`,
        registeredAt: new Date(),
        publishedAt: new Date(),
        agendaItemId: items[Math.min(2, items.length - 1)].id,
      })
      .where(eq(documents.id, d.id))
      .returning();
    docs.push(row);
  }
  return { meeting, items, docs } satisfies RoomMeeting;
}
