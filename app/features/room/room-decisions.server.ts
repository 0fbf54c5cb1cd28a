/** The decisions recorded on the documents presented in a meeting room, as its live document and its pages carry them. */
import { and, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents } from '../../../db/schema';
import { fullLabel } from '../registration/numbering.server';
import type { LiveDecision, RoomState } from './room-doc';

type DecidedRow = Pick<
  typeof documents.$inferSelect,
  'id' | 'meetingId' | 'decision' | 'decisionTargetId' | 'decidedAt' | 'updatedAt'
>;

/** The decisions as the live document carries them, with the number of the document each points to. */
export async function liveDecisions(db: Db, rows: DecidedRow[]): Promise<[string, LiveDecision][]> {
  const targetIds = [...new Set(rows.map((r) => r.decisionTargetId).filter((x): x is string => !!x))];
  const targets = targetIds.length ? await db.select().from(documents).where(inArray(documents.id, targetIds)) : [];
  const labelOf = new Map(targets.map((t) => [t.id, fullLabel(t) ?? t.title]));
  return rows.map((r) => [
    r.id,
    {
      decision: r.decision,
      target: r.decisionTargetId ? { id: r.decisionTargetId, label: labelOf.get(r.decisionTargetId) ?? '' } : null,
      at: (r.decidedAt ?? r.updatedAt).toISOString(),
    },
  ]);
}

/** The decisions recorded on the documents the room presents now or presented in its history, by document id. */
export async function roomDecisions(db: Db, state: RoomState): Promise<Record<string, LiveDecision>> {
  const ids = [...new Set(state.history.flatMap((e) => (e.document ? [e.document.id] : [])))];
  if (!ids.length) return {};
  const decided = await db
    .select()
    .from(documents)
    .where(and(inArray(documents.id, ids), isNotNull(documents.decision)));
  return Object.fromEntries(await liveDecisions(db, decided));
}
