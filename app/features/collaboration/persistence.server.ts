/**
 * How collaborative documents are stored. A document is its compacted Yjs state (collab_documents.state) plus the
 * updates appended since (collab_updates): a store appends one row holding the updates as they came, with no merge
 * and no conversion, so it costs the same whether the text is one line or fifty pages. Compaction folds the appended updates into the state
 * now and then. The derived copy (ProseMirror JSON and plain text, and for an agenda its items) is written when
 * edits settle, and rebuilt from the stored updates when someone reads a copy that fell behind them for good.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Db } from '../../../db/client.server';
import { collabDocuments, collabUpdates } from '../../../db/schema';
import { syncAgendaItems } from './agenda-items.server';
import { jsonFromState, jsonToText, type PMNode } from './content.server';

const inTx = <T>(db: Db, fn: (tx: Db) => Promise<T>) => db.transaction((tx) => fn(tx as unknown as Db));

/** Several Yjs updates as one value, each prefixed with its length: writing them costs a copy, not a merge. */
function encodeBatch(updates: Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const update of updates) encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function decodeBatch(batch: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(batch);
  const updates: Uint8Array[] = [];
  while (decoding.hasContent(decoder)) updates.push(decoding.readVarUint8Array(decoder));
  return updates;
}

/** The state and the appended updates as one merged update (empty when there is nothing). */
function merged(state: Uint8Array | null, batches: { updates: Uint8Array }[]) {
  const parts = [...(state?.length ? [state] : []), ...batches.flatMap((b) => decodeBatch(b.updates))];
  return parts.length === 1 ? parts[0] : parts.length ? Y.mergeUpdates(parts) : new Uint8Array();
}

const appendedTo = (db: Db, name: string) =>
  db
    .select({ id: collabUpdates.id, updates: collabUpdates.updates })
    .from(collabUpdates)
    .where(eq(collabUpdates.documentName, name))
    .orderBy(asc(collabUpdates.id));

/** The stored state with every appended update merged in, or null when the document does not exist. */
export async function loadStoredState(db: Db, name: string): Promise<Uint8Array | null> {
  const [[row], batches] = await Promise.all([
    db.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name)),
    appendedTo(db, name),
  ]);
  return row ? merged(row.state, batches) : null;
}

/** Appends updates as one row (several processes may append to the same document; merging is order-free). */
export async function appendUpdates(db: Db, name: string, updates: Uint8Array[]) {
  if (updates.length) await db.insert(collabUpdates).values({ documentName: name, updates: encodeBatch(updates) });
}

/**
 * Folds the appended updates into the stored state. Deletes exactly the rows it merged: another process may
 * append meanwhile (its row is kept for the next compaction).
 */
export async function compactUpdates(db: Db, name: string) {
  await inTx(db, async (tx) => {
    const [row] = await tx
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.name, name))
      .for('no key update');
    if (!row) return;
    const batches = await appendedTo(tx, name);
    if (!batches.length) return;
    await tx
      .update(collabDocuments)
      .set({ state: merged(row.state, batches) })
      .where(eq(collabDocuments.name, name));
    await tx.delete(collabUpdates).where(
      and(
        eq(collabUpdates.documentName, name),
        inArray(
          collabUpdates.id,
          batches.map((b) => b.id),
        ),
      ),
    );
  });
}

const lastUpdateId = (name: string) =>
  sql<number>`(select coalesce(max(${collabUpdates.id}), 0) from ${collabUpdates} where ${collabUpdates.documentName} = ${name})`;

/**
 * Writes the derived copy of what the document holds now (`json`), and for an agenda its items, unless a copy that
 * includes later updates was written meanwhile.
 */
export async function writeDerivedCopy(db: Db, name: string, json: PMNode) {
  await inTx(db, async (tx) => {
    const [row] = await tx
      .update(collabDocuments)
      .set({
        content: json,
        text: jsonToText(json),
        derivedThrough: lastUpdateId(name),
        revision: sql`${collabDocuments.revision} + 1`,
        updatedAt: new Date(),
      })
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
  const [row] = await db
    .select({ document: collabDocuments, lastUpdate: lastUpdateId(name) })
    .from(collabDocuments)
    .where(eq(collabDocuments.name, name));
  if (!row) return null;
  const behind = Number(row.lastUpdate) > row.document.derivedThrough;
  if (!behind || Date.now() - row.document.updatedAt.getTime() < SETTLING_MS) return row.document;
  await writeDerivedCopy(db, name, jsonFromState(await loadStoredState(db, name)));
  const [fresh] = await db.select().from(collabDocuments).where(eq(collabDocuments.name, name));
  return fresh;
}
