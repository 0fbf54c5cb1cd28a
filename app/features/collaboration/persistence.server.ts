/**
 * How collaborative documents are stored. A document is its compacted Yjs state (collab_documents.state) plus the
 * updates appended since (collab_updates): a store appends one small row, with no merge and no conversion, so it
 * costs the same whether the text is one line or fifty pages. Compaction folds the appended updates into the state
 * now and then. The derived copy (ProseMirror JSON and plain text, and for an agenda its items) is written when
 * edits settle, and rebuilt from the stored updates when someone reads a copy that fell behind them for good.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../../../db/client.server';
import { collabDocuments, collabUpdates } from '../../../db/schema';
import { syncAgendaItems } from './agenda-items.server';
import { jsonFromState, jsonToText, type PMNode } from './content.server';

const inTx = <T>(db: Db, fn: (tx: Db) => Promise<T>) => db.transaction((tx) => fn(tx as unknown as Db));

async function storedParts(db: Db, name: string) {
  const [[row], updates] = await Promise.all([
    db.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name)),
    db.select({ id: collabUpdates.id, update: collabUpdates.update }).from(collabUpdates).where(eq(collabUpdates.documentName, name)).orderBy(asc(collabUpdates.id)),
  ]);
  return { exists: !!row, state: row?.state ?? null, updates };
}

/** The stored state with every appended update merged in, or null when the document does not exist. */
export async function loadStoredState(db: Db, name: string): Promise<Uint8Array | null> {
  const { exists, state, updates } = await storedParts(db, name);
  if (!exists) return null;
  const parts = [...(state?.length ? [state] : []), ...updates.map((u) => u.update)];
  return parts.length === 1 ? parts[0] : parts.length ? Y.mergeUpdates(parts) : new Uint8Array();
}

/** Appends one update (several processes may append to the same document; merging is order-free). */
export async function appendUpdate(db: Db, name: string, update: Uint8Array) {
  await db.insert(collabUpdates).values({ documentName: name, update });
}

/**
 * Folds the appended updates into the stored state. Deletes exactly the rows it merged: another process may
 * append meanwhile (its row is kept for the next compaction).
 */
export async function compactUpdates(db: Db, name: string) {
  await inTx(db, async (tx) => {
    const [row] = await tx.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name)).for('no key update');
    if (!row) return;
    const updates = await tx.select({ id: collabUpdates.id, update: collabUpdates.update }).from(collabUpdates).where(eq(collabUpdates.documentName, name)).orderBy(asc(collabUpdates.id));
    if (!updates.length) return;
    const merged = Y.mergeUpdates([...(row.state?.length ? [row.state] : []), ...updates.map((u) => u.update)]);
    await tx.update(collabDocuments).set({ state: merged }).where(eq(collabDocuments.name, name));
    await tx.delete(collabUpdates).where(and(eq(collabUpdates.documentName, name), inArray(collabUpdates.id, updates.map((u) => u.id))));
  });
}

const lastUpdateId = (name: string) => sql<number>`(select coalesce(max(${collabUpdates.id}), 0) from ${collabUpdates} where ${collabUpdates.documentName} = ${name})`;

/**
 * Writes the derived copy of what the document holds now (`json`), and for an agenda its items, unless a copy that
 * includes later updates was written meanwhile.
 */
export async function writeDerivedCopy(db: Db, name: string, json: PMNode) {
  await inTx(db, async (tx) => {
    const [row] = await tx.update(collabDocuments)
      .set({ content: json, text: jsonToText(json), derivedThrough: lastUpdateId(name), revision: sql`${collabDocuments.revision} + 1`, updatedAt: new Date() })
      .where(and(eq(collabDocuments.name, name), lte(collabDocuments.derivedThrough, lastUpdateId(name))))
      .returning({ kind: collabDocuments.kind, meetingId: collabDocuments.meetingId });
    if (row?.kind === 'agenda') await syncAgendaItems(tx, row.meetingId, json);
  });
}

/**
 * A derived copy written this recently is left as it is even when updates came after it: the process where the
 * document is open writes the next one within its derivation delay (well under this).
 */
const SETTLING_MS = 15_000;

/**
 * The stored document with its derived copy. A copy behind the stored updates and no longer being kept up (the
 * document closed or its process stopped before deriving) is rebuilt from them here.
 */
export async function storedDocument(db: Db, name: string) {
  const [row] = await db.select({ document: collabDocuments, lastUpdate: lastUpdateId(name) }).from(collabDocuments).where(eq(collabDocuments.name, name));
  if (!row) return null;
  const behind = Number(row.lastUpdate) > row.document.derivedThrough;
  if (!behind || Date.now() - row.document.updatedAt.getTime() < SETTLING_MS) return row.document;
  await writeDerivedCopy(db, name, jsonFromState(await loadStoredState(db, name)));
  const [fresh] = await db.select().from(collabDocuments).where(eq(collabDocuments.name, name));
  return fresh;
}
