/**
 * The CPU-heavy work on a collaborative document, as plain functions of its stored bytes: folding the appended
 * updates into the state, and deriving the ProseMirror JSON and plain text. Their cost grows with the length of the
 * document, so the portal runs them in its document worker (document-worker.server.ts), which reaches them through
 * the runtime of the server build (runtime.mergeUpdates, runtime.deriveContent).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { jsonToText, yDocToJson } from './content.server';

/**
 * The derived copy of a document: its ProseMirror JSON, serialized where it was derived (the database takes it as
 * it is, so the portal's thread neither copies nor serializes the object), and its plain text.
 */
export interface DerivedContent {
  json: string;
  text: string;
}

/** Several Yjs updates as one value, each prefixed with its length: writing them costs a copy, not a merge. */
export function encodeBatch(updates: Uint8Array[]): Uint8Array {
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

/** The state and the appended batches as one merged update (empty when there is nothing). */
export function mergeUpdates(state: Uint8Array | null, batches: Uint8Array[]): Uint8Array {
  const parts = [...(state?.length ? [state] : []), ...batches.flatMap(decodeBatch)];
  return parts.length === 1 ? parts[0] : parts.length ? Y.mergeUpdates(parts) : new Uint8Array();
}

/** The derived copy of the document the state and the appended batches make. */
export function deriveContent(state: Uint8Array | null, batches: Uint8Array[] = []): DerivedContent {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (state?.length) Y.applyUpdate(doc, state);
    for (const update of batches.flatMap(decodeBatch)) Y.applyUpdate(doc, update);
  });
  const json = yDocToJson(doc);
  doc.destroy();
  return { json: JSON.stringify(json), text: jsonToText(json) };
}
