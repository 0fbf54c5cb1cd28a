/**
 * Collaborative documents as the pages see them: their names, creation, what they hold (from the live document when
 * the collaboration server has it open, else from the store), and named versions with a readable diff between two
 * of them and restore.
 */
import { diffArrays } from 'diff';
import { and, desc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { type Db, inTransaction } from '../../../db/client.server';
import { collabDocuments, collabSnapshots, type CollabKind } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { jsonFromState, jsonToText, replaceContent, stateFromJson, type PMNode } from './content.server';
import { appendUpdates, loadStoredState, storedDocument, writeDerivedCopy } from './persistence.server';

export const collabName = (kind: CollabKind, id: string) => `${kind}:${id}`;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function parseCollabName(name: string): { kind: CollabKind; id: string } | null {
  const m = /^(agenda|liaison|notes|report):(.+)$/.exec(name);
  if (!m || !UUID.test(m[2])) return null;
  return { kind: m[1] as CollabKind, id: m[2].toLowerCase() };
}

/** Creates the stored document (once) with initial content. */
export async function ensureCollabDocument(
  db: Db,
  input: { name: string; kind: CollabKind; meetingId: string; groupId: string; initial?: PMNode },
) {
  const json = input.initial ?? { type: 'doc', content: [{ type: 'paragraph' }] };
  await db
    .insert(collabDocuments)
    .values({
      name: input.name,
      kind: input.kind,
      meetingId: input.meetingId,
      groupId: input.groupId,
      state: stateFromJson(json),
      content: json,
      text: jsonToText(json),
    })
    .onConflictDoNothing();
}

/** The stored document, its derived copy (JSON and text) including every stored edit. */
export const getCollabDocument = storedDocument;

/** Live access to documents open in the collaboration server (set on the services by attachCollaboration). */
export interface CollabLive {
  /** Runs fn on the live document (loading it if needed), then stores it and its derived copy. */
  withDocument(name: string, fn: (doc: Y.Doc) => void): Promise<void>;
  /** The current state when the document is open in this process, else null. */
  currentState(name: string): Promise<Uint8Array | null>;
  /** Re-checks permissions of open connections now (after role or state changes). */
  recheck(): Promise<void>;
  /** Stores every loaded document and its derived copy now. */
  flush(): Promise<void>;
}

export async function currentState(db: Db, live: CollabLive | undefined, name: string) {
  return (live ? await live.currentState(name) : null) ?? (await loadStoredState(db, name));
}

// ---------------------------------------------------------------- named versions

export async function createSnapshot(
  db: Db,
  live: CollabLive | undefined,
  input: { name: string; label: string; userId: string },
) {
  const label = input.label.trim().slice(0, 200);
  if (!label)
    throw new DomainError('invalid', 'collab.snapshot.labelRequired', undefined, { label: 'error.field.required' });
  const [target] = await db
    .select({ meetingId: collabDocuments.meetingId, groupId: collabDocuments.groupId })
    .from(collabDocuments)
    .where(eq(collabDocuments.name, input.name));
  if (!target) throw notFound();
  const state = (await currentState(db, live, input.name)) ?? new Uint8Array();
  const json = jsonFromState(state);
  return inTransaction(db, async (tx) => {
    const [snap] = await tx
      .insert(collabSnapshots)
      .values({
        documentName: input.name,
        label,
        state,
        content: json,
        text: jsonToText(json),
        createdBy: input.userId,
      })
      .returning({ id: collabSnapshots.id, label: collabSnapshots.label });
    await recordEvent(tx, {
      actorId: input.userId,
      action: 'collab.snapshot',
      subjectType: 'collab_document',
      subjectId: input.name,
      meetingId: target.meetingId,
      groupId: target.groupId,
      after: { snapshotId: snap.id, label },
    });
    return snap;
  });
}

export async function listSnapshots(db: Db, name: string) {
  return db
    .select({ id: collabSnapshots.id, label: collabSnapshots.label, createdAt: collabSnapshots.createdAt })
    .from(collabSnapshots)
    .where(eq(collabSnapshots.documentName, name))
    .orderBy(desc(collabSnapshots.createdAt));
}

export async function getSnapshot(db: Db, name: string, id: string) {
  if (!UUID.test(id)) throw notFound();
  const [snap] = await db
    .select()
    .from(collabSnapshots)
    .where(and(eq(collabSnapshots.documentName, name), eq(collabSnapshots.id, id)));
  if (!snap) throw notFound();
  return snap;
}

export interface DiffLine {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Beyond this many changed lines two texts are shown as wholly replaced rather than compared line by line. */
const MAX_DIFF_EDITS = 5000;

/** A line diff: what was removed and added going from a to b. */
export function diffText(a: string, b: string): DiffLine[] {
  const x = a ? a.split('\n') : [];
  const y = b ? b.split('\n') : [];
  const changes = diffArrays(x, y, { maxEditLength: MAX_DIFF_EDITS }) ?? [
    { value: x, removed: true, added: false, count: x.length },
    { value: y, added: true, removed: false, count: y.length },
  ];
  return changes.flatMap((c) =>
    c.value.map((text): DiffLine => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text })),
  );
}

/** Diff between two snapshots; "current" stands for the document as it is now. */
export async function diffSnapshots(db: Db, live: CollabLive | undefined, name: string, fromId: string, toId: string) {
  const textOf = async (id: string) =>
    id === 'current'
      ? { label: 'current', text: jsonToText(jsonFromState(await currentState(db, live, name))) }
      : await getSnapshot(db, name, id);
  const [a, b] = await Promise.all([textOf(fromId), textOf(toId)]);
  return { from: a.label, to: b.label, lines: diffText(a.text, b.text) };
}

/** Brings the snapshot's content back as a new change (others' connections receive it like any edit; history is kept). */
export async function restoreSnapshot(
  db: Db,
  live: CollabLive | undefined,
  input: { name: string; snapshotId: string; userId: string },
) {
  const snap = await getSnapshot(db, input.name, input.snapshotId);
  const json = jsonFromState(snap.state);
  if (live) {
    await live.withDocument(input.name, (doc) => replaceContent(doc, json));
  } else {
    const doc = new Y.Doc();
    const stored = await loadStoredState(db, input.name);
    if (stored) Y.applyUpdate(doc, stored);
    const before = Y.encodeStateVector(doc);
    replaceContent(doc, json);
    await appendUpdates(db, input.name, [Y.encodeStateAsUpdate(doc, before)]);
    await writeDerivedCopy(db, input.name, json);
    doc.destroy();
  }
  const [target] = await db
    .select({ meetingId: collabDocuments.meetingId, groupId: collabDocuments.groupId })
    .from(collabDocuments)
    .where(eq(collabDocuments.name, input.name));
  await recordEvent(db, {
    actorId: input.userId,
    action: 'collab.restore',
    subjectType: 'collab_document',
    subjectId: input.name,
    meetingId: target?.meetingId,
    groupId: target?.groupId,
    after: { snapshotId: snap.id, label: snap.label },
  });
  return snap;
}

/** What a page's versions panel shows: the named snapshots and, with ?from=…&to=… in the URL, their diff. */
export async function versionsData(db: Db, live: CollabLive | undefined, name: string, url: URL, canRead: boolean) {
  const from = url.searchParams.get('from') || undefined;
  const to = url.searchParams.get('to') || undefined;
  if (!canRead) return { snapshots: [], diff: null, from, to };
  const [snapshots, diff] = await Promise.all([
    listSnapshots(db, name),
    from && to ? diffSnapshots(db, live, name, from, to) : null,
  ]);
  return { snapshots, diff, from, to };
}

/**
 * A page's versions actions (intent "snapshot" or "restore"), refused with 403 unless allowed. Returns what to tell
 * the user, or null when the intent is something else (the page handles it).
 */
export async function versionsAction(
  db: Db,
  live: CollabLive | undefined,
  input: {
    name: string;
    userId: string;
    form: Record<string, unknown>;
    allowed: { snapshot: boolean; restore: boolean };
  },
) {
  const { form, allowed } = input;
  if (form.intent === 'snapshot') {
    if (!allowed.snapshot) throw forbidden();
    const s = await createSnapshot(db, live, {
      name: input.name,
      label: String(form.label ?? ''),
      userId: input.userId,
    });
    return { key: 'collab.snapshot.saved' as const, label: s.label };
  }
  if (form.intent === 'restore') {
    if (!allowed.restore) throw forbidden();
    const s = await restoreSnapshot(db, live, {
      name: input.name,
      snapshotId: String(form.snapshotId ?? ''),
      userId: input.userId,
    });
    return { key: 'collab.snapshot.restored' as const, label: s.label };
  }
  return null;
}
