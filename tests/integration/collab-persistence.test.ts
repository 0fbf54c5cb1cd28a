/**
 * How collaborative documents are stored, against a real database: stores append, several writers never lose each
 * other's edits, compaction keeps the content and only the rows it merged, and the derived copy readers get is
 * rebuilt from the stored updates once it has fallen behind them for good.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaItems, collabDocuments, collabUpdates, meetings } from '../../db/schema';
import {
  collabName,
  ensureCollabDocument,
  getCollabDocument,
} from '../../app/features/collaboration/collaboration.server';
import { FIELD, jsonFromState, jsonToText, type PMNode } from '../../app/features/collaboration/content.server';
import {
  appendUpdates,
  compactUpdates,
  loadStoredState,
  writeDerivedCopy,
} from '../../app/features/collaboration/persistence.server';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { demoData } from '../support/demo';

let database: TestDatabase;
let meeting: typeof meetings.$inferSelect;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  const { meetingIds } = await demoData(database.db);
  [meeting] = await database.db.select().from(meetings).where(eq(meetings.id, meetingIds['jca-mv-demo']));
});
afterAll(() => database?.destroy());

const paragraphs = (...lines: string[]): PMNode => ({
  type: 'doc',
  content: lines.map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l }] })),
});

/** A writer holding its own copy of the document, as a portal process does: it edits and appends what changed. */
async function writer(name: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadStoredState(database.db, name))!);
  return {
    doc,
    async append(line: string) {
      const before = Y.encodeStateVector(doc);
      const p = new Y.XmlElement('paragraph');
      const t = new Y.XmlText();
      t.insert(0, line);
      p.insert(0, [t]);
      doc.getXmlFragment(FIELD).push([p]);
      await appendUpdates(database.db, name, [Y.encodeStateAsUpdate(doc, before)]);
    },
  };
}

async function newDocument(kind: 'liaison' | 'agenda', initial: PMNode, id: string = crypto.randomUUID()) {
  const name = collabName(kind, id);
  await ensureCollabDocument(database.db, { name, kind, meetingId: meeting.id, groupId: meeting.groupId, initial });
  return name;
}

const rows = async (name: string) =>
  database.db.select().from(collabUpdates).where(eq(collabUpdates.documentName, name));
const textOf = async (name: string) => jsonToText(jsonFromState(await loadStoredState(database.db, name)));

describe('storing', () => {
  it('appends each store as one row and leaves the derived copy alone', async () => {
    const name = await newDocument('liaison', paragraphs('Opening'));
    const a = await writer(name);
    await a.append('First edit');
    await a.append('Second edit');
    expect(await rows(name)).toHaveLength(2);
    const [row] = await database.db.select().from(collabDocuments).where(eq(collabDocuments.name, name));
    expect(row.text).toBe('Opening');
    expect(await textOf(name)).toBe('Opening\nFirst edit\nSecond edit');
  });

  it('keeps the edits of two writers that never saw each other', async () => {
    const name = await newDocument('liaison', paragraphs('Opening'));
    const [a, b] = [await writer(name), await writer(name)];
    await Promise.all([a.append('From process one'), b.append('From process two')]);
    const text = await textOf(name);
    expect(text).toContain('From process one');
    expect(text).toContain('From process two');
  });

  it('compacts into the state, deleting only the rows it merged', async () => {
    const name = await newDocument('liaison', paragraphs('Opening'));
    const a = await writer(name);
    await a.append('One');
    await a.append('Two');
    await compactUpdates(database.db, name);
    expect(await rows(name)).toHaveLength(0);
    expect(await textOf(name)).toBe('Opening\nOne\nTwo');
    await a.append('Three');
    expect(await rows(name)).toHaveLength(1);
    expect(await textOf(name)).toBe('Opening\nOne\nTwo\nThree');
  });
});

describe('the derived copy readers get', () => {
  it('is left while it settles, and rebuilt from the stored updates once it has fallen behind for good', async () => {
    const name = await newDocument('liaison', paragraphs('Opening'));
    await (await writer(name)).append('Written just before a crash');
    expect((await getCollabDocument(database.db, name))!.text).toBe('Opening');
    await database.db
      .update(collabDocuments)
      .set({ updatedAt: new Date(Date.now() - 60_000) })
      .where(eq(collabDocuments.name, name));
    const rebuilt = (await getCollabDocument(database.db, name))!;
    expect(rebuilt.text).toBe('Opening\nWritten just before a crash');
    expect(rebuilt.content).toMatchObject({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] });
  });

  it('keeps an agenda’s items in step when it is written', async () => {
    const name = await newDocument('agenda', paragraphs('Draft agenda'), meeting.id);
    const list: PMNode = {
      type: 'orderedList',
      attrs: { start: 1 },
      content: ['Opening', 'Closing'].map((t) => ({
        type: 'listItem',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
      })),
    };
    await writeDerivedCopy(database.db, name, { type: 'doc', content: [...paragraphs('Draft agenda').content!, list] });
    const items = await database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    expect(items.map((i) => [i.label, i.title]).sort()).toEqual([
      ['1', 'Opening'],
      ['2', 'Closing'],
    ]);
  });
});
