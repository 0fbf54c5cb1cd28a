/**
 * How collaborative documents are stored. A document is its compacted Yjs state (collab_documents.state) plus the
 * updates appended since (collab_updates): a store appends one row holding the updates as they came, with no merge
 * and no conversion, so it costs the same whether the text is one line or fifty pages. Compaction folds the appended
 * updates into the state now and then. The derived copy (ProseMirror JSON and plain text, and for an agenda its
 * items) is written when edits settle, and rebuilt from the stored updates when someone reads a copy that fell
 * behind them for good. Merging and deriving run in the document worker (document-worker.server.ts): here the
 * portal's thread only reads and writes rows.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type Db, inTransaction } from '../../../db/client.server';
import { collabDocuments, collabUpdates } from '../../../db/schema';
import { syncAgendaItems } from './agenda-items.server';
import { jsonToText, type PMNode } from './content.server';
import { encodeBatch, type DerivedContent } from './document-work.server';
import { inDocumentWorker } from './document-worker.server';

/** The state and the appended updates as one merged update (empty when there is nothing). */
async function merged(state: Uint8Array | null, batches: { updates: Uint8Array }[]) {
  if (!batches.length) return state ?? new Uint8Array();
  return inDocumentWorker.mergeUpdates(
    state,
    batches.map((b) => b.updates),
  );
}

const appendedTo = (db: Db, name: string) =>
  db
    .select({ id: collabUpdates.id, updates: collabUpdates.updates })
    .from(collabUpdates)
    .where(eq(collabUpdates.documentName, name))
    .orderBy(asc(collabUpdates.id));

/** The stored state and the batches appended to it, or null when the document does not exist. */
async function storedParts(db: Db, name: string) {
  const [[row], batches] = await Promise.all([
    db.select({ state: collabDocuments.state }).from(collabDocuments).where(eq(collabDocuments.name, name)),
    appendedTo(db, name),
  ]);
  return row ? { state: row.state, batches } : null;
}

/** The stored state with every appended update merged in, or null when the document does not exist. */
export async function loadStoredState(db: Db, name: string): Promise<Uint8Array | null> {
  const stored = await storedParts(db, name);
  return stored ? merged(stored.state, stored.batches) : null;
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
  await inTransaction(db, async (tx) => {
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
      .set({ state: await merged(row.state, batches) })
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
  await writeCopy(db, name, { json: JSON.stringify(json), text: jsonToText(json) }, () => json);
}

/** writeDerivedCopy for a copy derived in the document worker. */
export async function writeDerivedContent(db: Db, name: string, content: DerivedContent) {
  await writeCopy(db, name, content, () => JSON.parse(content.json) as PMNode);
}

async function writeCopy(db: Db, name: string, content: DerivedContent, json: () => PMNode) {
  await inTransaction(db, async (tx) => {
    const [row] = await tx
      .update(collabDocuments)
      .set({
        content: sql`${content.json}::jsonb`,
        text: content.text,
        derivedThrough: lastUpdateId(name),
        revision: sql`${collabDocuments.revision} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(collabDocuments.name, name), lte(collabDocuments.derivedThrough, lastUpdateId(name))))
      .returning({ kind: collabDocuments.kind, meetingId: collabDocuments.meetingId });
    if (row?.kind === 'agenda') await syncAgendaItems(tx, row.meetingId, json());
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
  const stored = await storedParts(db, name);
  if (stored) {
    const batches = stored.batches.map((b) => b.updates);
    await writeDerivedContent(db, name, await inDocumentWorker.deriveContent(stored.state, batches));
  }
  const [fresh] = await db.select().from(collabDocuments).where(eq(collabDocuments.name, name));
  return fresh;
}
