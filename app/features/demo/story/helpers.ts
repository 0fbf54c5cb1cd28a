/** Building blocks of the demo story: acting as a demo account, generated .docx files, collaborative texts. */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../../db/client.server';
import { collabDocuments, meetingAgendas, users, type DocumentType } from '../../../../db/schema';
import type { Storage } from '../../../../storage';
import { recordEvent } from '../../../platform/audit.server';
import type { Services, SessionUser } from '../../../platform/context.server';
import { collabName, ensureCollabDocument } from '../../collaboration/collaboration.server';
import { jsonToText, stateFromJson, type PMNode } from '../../collaboration/content.server';
import { syncAgendaItems } from '../../collaboration/agenda-items.server';
import { templateJson } from '../../collaboration/agendas.server';
import { loadPrincipal, type Principal } from '../../groups/permissions.server';
import { buildTemplate, type TemplateValues } from '../../submissions/templates.server';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the story passes around: the transaction, the file store, and services for functions that take them. */
export interface StoryContext {
  db: Db;
  storage: Storage;
  services: Services;
}

export interface DemoActor {
  principal: Principal;
  user: SessionUser;
}

export async function actAs(db: Db, userId: string): Promise<DemoActor> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  const user: SessionUser = {
    id: u.id,
    email: u.email,
    name: u.name,
    organisation: u.organisation,
    country: u.country,
    isAdmin: u.isAdmin,
  } as SessionUser;
  return { user, principal: await loadPrincipal(db, u) };
}

/** A contribution's .docx in the group's template layout, filled in, stored under uploads/ as a member's upload is. */
export async function storeContributionDocx(storage: Storage, values: TemplateValues) {
  const bytes = await buildTemplate(values);
  const put = await storage.put(
    `uploads/${new Date().toISOString().slice(0, 7).replace('-', '/')}/${randomUUID()}`,
    Readable.from([bytes]),
    { contentType: DOCX_TYPE },
  );
  return {
    contentType: DOCX_TYPE,
    size: put.size,
    sha256: put.sha256,
    crc32: put.crc32,
    storageKey: put.key,
  };
}

export type AgendaOutline = (string | [string, string[]])[];

/** Starts a meeting's draft agenda with the given items, as a chair would by typing it (synced to agenda_items). */
export async function startAgenda(
  db: Db,
  actorId: string,
  meeting: { id: string; groupId: string; title: string },
  outline: AgendaOutline,
) {
  const json = templateJson(meeting.title, outline);
  await db.insert(meetingAgendas).values({ meetingId: meeting.id, createdBy: actorId });
  await ensureCollabDocument(db, {
    name: collabName('agenda', meeting.id),
    kind: 'agenda',
    meetingId: meeting.id,
    groupId: meeting.groupId,
    initial: json,
  });
  await syncAgendaItems(db, meeting.id, json);
  await recordEvent(db, {
    actorId,
    action: 'agenda.create',
    subjectType: 'agenda',
    subjectId: meeting.id,
    meetingId: meeting.id,
    groupId: meeting.groupId,
    after: { template: false },
  });
}

/** A text of paragraphs as a collaborative document body. */
export const paragraphs = (text: string[]): PMNode => ({
  type: 'doc',
  content: text.map((t) => ({ type: 'paragraph', content: t ? [{ type: 'text', text: t }] : undefined })),
});

/** Writes the body of a collaborative text nobody has open yet (a statement just created by the story). */
export async function setCollabBody(db: Db, kind: 'liaison' | 'agenda', id: string, json: PMNode) {
  await db
    .update(collabDocuments)
    .set({ state: stateFromJson(json), content: json, text: jsonToText(json), updatedAt: new Date() })
    .where(eq(collabDocuments.name, collabName(kind, id)));
}

export type { DocumentType };
