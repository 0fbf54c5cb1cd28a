/**
 * "Answers" links between statements, incoming and outgoing alike, and what follows from them: an outgoing
 * statement that answers incoming ones marks them "reply drafted" when linked and "replied" when it is sent (in the
 * sending transaction). A link that would close a loop (a statement answering itself, or one of its own answers,
 * however far down) is refused with a message.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { incomingLiaisons, liaisonAnswers, liaisonStatements, type IncomingState } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError } from '../../platform/errors';
import { nextState, type IncomingEvent } from './state';

export type StatementRef = { kind: 'in' | 'out'; id: string };

const fromColumns = (r: StatementRef) =>
  r.kind === 'in' ? { fromIncomingId: r.id, fromOutgoingId: null } : { fromIncomingId: null, fromOutgoingId: r.id };
const toColumns = (r: StatementRef) =>
  r.kind === 'in' ? { toIncomingId: r.id, toOutgoingId: null } : { toIncomingId: null, toOutgoingId: r.id };

const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);

/** Whether `from` already answers `to`, directly or through other statements. */
export async function answersTransitively(db: Db, from: string, to: string): Promise<boolean> {
  const result = await db.execute(sql`
    with recursive reach(id) as (
      select coalesce(to_incoming_id, to_outgoing_id) from liaison_answers
        where coalesce(from_incoming_id, from_outgoing_id) = ${from}
      union
      select coalesce(a.to_incoming_id, a.to_outgoing_id) from liaison_answers a
        join reach r on coalesce(a.from_incoming_id, a.from_outgoing_id) = r.id
    )
    select 1 as found from reach where id = ${to} limit 1`);
  return rowsOf(result).length > 0;
}

/** Which of the ids are statements, and of which kind. */
export async function statementKinds(db: Db, ids: string[]): Promise<Map<string, 'in' | 'out'>> {
  const kinds = new Map<string, 'in' | 'out'>();
  if (!ids.length) return kinds;
  for (const r of await db
    .select({ id: incomingLiaisons.id })
    .from(incomingLiaisons)
    .where(inArray(incomingLiaisons.id, ids)))
    kinds.set(r.id, 'in');
  for (const r of await db
    .select({ id: liaisonStatements.id })
    .from(liaisonStatements)
    .where(and(inArray(liaisonStatements.id, ids), eq(liaisonStatements.direction, 'out'))))
    kinds.set(r.id, 'out');
  return kinds;
}

/** Adds "`from` answers `to`" (nothing when it exists); refuses a link that would close a loop. */
export async function addAnswer(db: Db, actorId: string, from: StatementRef, to: StatementRef, field = 'answers') {
  if (from.id === to.id || (await answersTransitively(db, to.id, from.id)))
    throw new DomainError('invalid', 'liaisons.error.cycle', undefined, { [field]: 'liaisons.error.cycle' });
  const [link] = await db
    .insert(liaisonAnswers)
    .values({ ...fromColumns(from), ...toColumns(to), createdBy: actorId })
    .onConflictDoNothing()
    .returning();
  if (link)
    await recordEvent(db, {
      actorId,
      action: 'liaison.answer_link',
      subjectType: from.kind === 'in' ? 'incoming_liaison' : 'liaison',
      subjectId: from.id,
      after: { answers: to },
    });
  return link ?? null;
}

/** Resolves ids posted by a form to statements, refusing unknown ones with the field's message. */
export async function refsOf(db: Db, ids: string[], field: string): Promise<StatementRef[]> {
  const kinds = await statementKinds(db, ids);
  const refs: StatementRef[] = [];
  for (const id of new Set(ids)) {
    const kind = kinds.get(id);
    if (!kind)
      throw new DomainError('invalid', 'liaisons.error.unknownStatement', undefined, {
        [field]: 'liaisons.error.unknownStatement',
      });
    refs.push({ kind, id });
  }
  return refs;
}

/** Moves an incoming statement by an event, audited; false when the event does not apply to its state. */
export async function moveIncoming(
  db: Db,
  actorId: string | null,
  current: { id: string; state: IncomingState },
  event: IncomingEvent,
  set: Partial<typeof incomingLiaisons.$inferInsert> = {},
  now = new Date(),
): Promise<boolean> {
  const to = nextState(current.state, event);
  if (!to) return false;
  const [row] = await db
    .update(incomingLiaisons)
    .set({ ...set, state: to, updatedAt: now, version: sql`${incomingLiaisons.version} + 1` })
    .where(and(eq(incomingLiaisons.id, current.id), eq(incomingLiaisons.state, current.state)))
    .returning({ id: incomingLiaisons.id });
  if (!row) throw new DomainError('conflict', 'liaisons.error.stale');
  await recordEvent(db, {
    actorId,
    action: `incoming_liaison.${event}`,
    subjectType: 'incoming_liaison',
    subjectId: current.id,
    before: { state: current.state },
    after: { state: to, ...set },
  });
  return true;
}

/**
 * Sets which incoming statements an outgoing one answers (its form's boxes), in the caller's transaction. Newly
 * answered statements that are assigned become "reply drafted".
 */
export async function setOutgoingAnswers(db: Db, actorId: string, outgoingId: string, incomingIds: string[]) {
  const wanted = new Set(incomingIds);
  const existing = await db
    .select({ id: liaisonAnswers.id, to: liaisonAnswers.toIncomingId })
    .from(liaisonAnswers)
    .where(and(eq(liaisonAnswers.fromOutgoingId, outgoingId), isNotNull(liaisonAnswers.toIncomingId)));
  const gone = existing.filter((e) => !wanted.has(e.to!));
  if (gone.length) {
    await db.delete(liaisonAnswers).where(
      inArray(
        liaisonAnswers.id,
        gone.map((g) => g.id),
      ),
    );
    await recordEvent(db, {
      actorId,
      action: 'liaison.answer_unlink',
      subjectType: 'liaison',
      subjectId: outgoingId,
      before: { answers: gone.map((g) => g.to) },
    });
  }
  const have = new Set(existing.map((e) => e.to));
  const added = [...wanted].filter((id) => !have.has(id));
  if (!added.length) return;
  const found = await db.select().from(incomingLiaisons).where(inArray(incomingLiaisons.id, added));
  if (found.length !== added.length)
    throw new DomainError('invalid', 'liaisons.error.unknownStatement', undefined, {
      answersIncoming: 'liaisons.error.unknownStatement',
    });
  for (const incoming of found) {
    await addAnswer(db, actorId, { kind: 'out', id: outgoingId }, { kind: 'in', id: incoming.id }, 'answersIncoming');
    if (incoming.state === 'assigned') await moveIncoming(db, actorId, incoming, 'draft');
  }
}

/** The incoming statements an outgoing one answers. */
export async function answeredIncoming(db: Db, outgoingId: string) {
  return db
    .select({ id: incomingLiaisons.id, title: incomingLiaisons.title, state: incomingLiaisons.state })
    .from(liaisonAnswers)
    .innerJoin(incomingLiaisons, eq(incomingLiaisons.id, liaisonAnswers.toIncomingId))
    .where(eq(liaisonAnswers.fromOutgoingId, outgoingId));
}

/**
 * An outgoing statement is being sent (inside the sending transaction): every incoming statement it answers that
 * is still open becomes "replied". Returns the ids marked.
 */
export async function markRepliedBy(db: Db, actorId: string, outgoingId: string, now = new Date()) {
  const marked: string[] = [];
  for (const incoming of await db
    .select({ id: incomingLiaisons.id, state: incomingLiaisons.state })
    .from(liaisonAnswers)
    .innerJoin(incomingLiaisons, eq(incomingLiaisons.id, liaisonAnswers.toIncomingId))
    .where(eq(liaisonAnswers.fromOutgoingId, outgoingId))
    .for('update', { of: incomingLiaisons })) {
    if (await moveIncoming(db, actorId, incoming, 'reply', {}, now)) marked.push(incoming.id);
  }
  return marked;
}
