/**
 * The numbered items of a draft agenda: the top-level ordered list of its text (sub-lists are sub-items; each list
 * item's first line is the title and what follows it the notes), kept in step with agenda_items, the relational copy
 * that allocation uses.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { agendaItems, documents } from '../../../db/schema';
import type { PMNode } from './content.server';

export interface ParsedItem {
  label: string;
  title: string;
  notes: string;
  depth: number;
  parentLabel: string | null;
  position: number;
}

const textOf = (n: PMNode): string =>
  n.type === 'text' ? (n.text ?? '') : (n.content ?? []).map(textOf).join(n.type === 'doc' ? '\n' : '');

/** The numbered items of the agenda text: the first top-level ordered list, nested ordered lists as sub-items. */
export function parseAgendaItems(json: PMNode): ParsedItem[] {
  const list = (json.content ?? []).find((n) => n.type === 'orderedList');
  const out: ParsedItem[] = [];
  const walk = (l: PMNode, prefix: string, depth: number, parentLabel: string | null) => {
    let i = Number(l.attrs?.start ?? 1) || 1;
    for (const li of l.content ?? []) {
      const label = `${prefix}${i++}`;
      const blocks = li.content ?? [];
      const first = blocks[0] && blocks[0].type !== 'orderedList' ? blocks[0] : null;
      const notes = blocks
        .slice(first ? 1 : 0)
        .filter((b) => b.type !== 'orderedList')
        .map((b) => textOf(b))
        .join('\n')
        .trim();
      out.push({ label, title: (first ? textOf(first) : '').trim(), notes, depth, parentLabel, position: out.length });
      for (const sub of blocks.filter((b) => b.type === 'orderedList')) walk(sub, `${label}.`, depth + 1, label);
    }
  };
  if (list) walk(list, '', 0, null);
  return out;
}

/** Keeps agenda_items in step with the text. Ids survive edits: matched by title first, then by number. */
export async function syncAgendaItems(db: Db, meetingId: string, json: PMNode) {
  const parsed = parseAgendaItems(json);
  const existing = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  const free = new Map(existing.map((e) => [e.id, e]));
  const assigned = new Map<number, string>();
  for (const p of parsed) {
    const hit = [...free.values()].find((e) => e.title === p.title && p.title);
    if (hit) {
      assigned.set(p.position, hit.id);
      free.delete(hit.id);
    }
  }
  for (const p of parsed) {
    if (assigned.has(p.position)) continue;
    const hit = [...free.values()].find((e) => e.label === p.label);
    if (hit) {
      assigned.set(p.position, hit.id);
      free.delete(hit.id);
    }
  }
  const idByLabel = new Map<string, string>();
  for (const p of parsed) {
    let id = assigned.get(p.position);
    const parentId = p.parentLabel ? (idByLabel.get(p.parentLabel) ?? null) : null;
    const values = { label: p.label, title: p.title, notes: p.notes, position: p.position, parentId };
    if (id) {
      const e = existing.find((x) => x.id === id)!;
      if (
        e.label !== values.label ||
        e.title !== values.title ||
        e.notes !== values.notes ||
        e.position !== values.position ||
        e.parentId !== values.parentId
      ) {
        await db.update(agendaItems).set(values).where(eq(agendaItems.id, id));
      }
    } else {
      [{ id }] = await db
        .insert(agendaItems)
        .values({ meetingId, ...values })
        .returning({ id: agendaItems.id });
    }
    idByLabel.set(p.label, id!);
  }
  const gone = [...free.keys()];
  if (gone.length) {
    await db.update(documents).set({ agendaItemId: null }).where(inArray(documents.agendaItemId, gone));
    await db.delete(agendaItems).where(inArray(agendaItems.id, gone));
  }
}
