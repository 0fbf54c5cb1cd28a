import { eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/client.server';
import { liaisonStatements } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import type { PMNode } from '../collaboration/content.server';
import { registerGeneratedDocument } from '../collaboration/generated-documents.server';
import { liaisonDocx } from './liaison-document.server';
import { liaisonListAbilities } from '../collaboration/policy.server';
import { agendaItemMatching } from '../collaboration/agendas.server';
import type { Services } from '../../platform/context.server';
import { forbidden } from '../../platform/errors';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { groupChain, type Principal } from '../groups/permissions.server';
import { incomingLiaisonFields } from './liaison-input';
import { parseLiaisonFields } from './liaison-form.server';

/** The secretariat registers an incoming statement (numbered ls_in document with a .docx of the text as received). */
export async function registerIncoming(
  services: Services,
  principal: Principal | null,
  slug: string,
  input: Record<string, unknown>,
) {
  const { db, storage } = services;
  const { meeting, group } = await getMeetingBySlug(db, slug);
  if (!principal || !liaisonListAbilities(principal, await groupChain(db, group.id)).register) throw forbidden();
  const f = parseLiaisonFields({ addressees: '', contacts: '', ...input }, meeting.timeZone, incomingLiaisonFields);
  const registered = await inTransaction(db, async (t) => {
    const [ls] = await t
      .insert(liaisonStatements)
      .values({
        ...f,
        inReplyToId: null,
        meetingId: meeting.id,
        groupId: group.id,
        direction: 'in',
        state: 'received',
        createdBy: principal.id,
      })
      .returning();
    const body: PMNode = {
      type: 'doc',
      content: f.body
        .split(/\r?\n/)
        .map((l) => ({ type: 'paragraph', content: l ? [{ type: 'text', text: l }] : undefined })),
    };
    const reg = await registerGeneratedDocument(t, storage, principal.id, {
      meetingId: meeting.id,
      type: 'ls_in',
      part: 'PLEN',
      title: `LS from ${f.source}: ${f.title}`,
      source: f.source,
      contacts: f.contacts,
      agendaItemId: await agendaItemMatching(t, meeting.id, /incoming liaison/i),
      filenameStem: 'LS-in',
      render: (label, registeredAt) => liaisonDocx(ls, meeting, group, body, label, registeredAt),
    });
    await t.update(liaisonStatements).set({ documentId: reg.document.id }).where(eq(liaisonStatements.id, ls.id));
    await recordEvent(t, {
      actorId: principal.id,
      action: 'liaison.register_incoming',
      subjectType: 'liaison',
      subjectId: ls.id,
      meetingId: meeting.id,
      groupId: group.id,
      documentId: reg.document.id,
      after: { title: f.title, source: f.source, numberLabel: reg.numberLabel },
    });
    return { ...ls, documentId: reg.document.id, numberLabel: reg.numberLabel };
  });
  return registered;
}
