/**
 * The demo's work in progress: on the upcoming FG-MV demo meeting, submissions waiting for registration, a number
 * reserved without its file, a draft agenda being written, an incoming liaison statement whose reply deadline is
 * near and a draft reply; on JCA-MV's 1st meeting, the draft agenda of its circular.
 */
import { eq } from 'drizzle-orm';
import { auditEvents, documentFiles, documents, meetings } from '../../../../db/schema';
import { addDays } from '../../../platform/time';
import { JCA_MV_TEMPLATE } from '../../collaboration/agendas.server';
import { createLiaison } from '../../liaisons/liaison-drafts.server';
import { registerIncoming } from '../../liaisons/liaison-incoming.server';
import { reserveNumberInTx } from '../../registration/reserved-numbers.server';
import type { SeededCore } from '../core';
import { ORGANISATIONS } from './fg-mv-2-inputs';
import { actAs, paragraphs, setCollabBody, startAgenda, storeContributionDocx, type StoryContext } from './helpers';

const WAITING: { title: string; org: number; wg: number; by: 'member1' | 'member2'; abstract: string }[] = [
  {
    title: 'Use case: metaverse-based emergency response training',
    org: 0,
    wg: 2,
    by: 'member1',
    abstract: 'Describes a training use case for emergency services in a shared virtual city and its requirements.',
  },
  {
    title: 'Requirements for low-latency transport of haptic data',
    org: 2,
    wg: 3,
    by: 'member2',
    abstract: 'Derives transport requirements for haptic data from the WG4 haptics survey.',
  },
  {
    title: 'Proposed revision of the FG-MV working definition of "metaverse"',
    org: 6,
    wg: 1,
    by: 'member1',
    abstract: 'Proposes editorial improvements to the working definition agreed at the 2nd meeting.',
  },
  {
    title: 'Accessibility checklist for virtual meeting spaces',
    org: 9,
    wg: 8,
    by: 'member2',
    abstract: 'Proposes a checklist that organisers of meetings in virtual spaces can use before each event.',
  },
];

export async function seedWorkInProgress(ctx: StoryContext, core: SeededCore, today: string) {
  const { db, storage, services } = ctx;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
  const secretariat = (await actAs(db, core.userIds.secretariat)).principal;
  const chair = (await actAs(db, core.userIds.chairWg2)).principal;

  const now = new Date();
  for (const [i, w] of WAITING.entries()) {
    const o = ORGANISATIONS[w.org];
    const contacts = [{ name: o.contact, organisation: o.name, country: o.country, email: o.email }];
    const file = await storeContributionDocx(storage, {
      groupCode: 'FG-MV',
      groupName: 'ITU-T Focus Group on metaverse',
      questions: `WG${w.wg}`,
      place: meeting.place,
      dates: `${meeting.startsOn} to ${meeting.endsOn}`,
      type: 'input',
      source: o.name,
      title: w.title,
      purpose: 'proposal',
      contacts,
      abstract: w.abstract,
    });
    const submittedAt = new Date(now.getTime() - (WAITING.length - i) * 3_600_000);
    const [doc] = await db
      .insert(documents)
      .values({
        meetingId: meeting.id,
        groupId: meeting.groupId,
        type: 'input',
        state: 'submitted',
        title: w.title,
        source: o.name,
        contacts,
        purpose: 'proposal',
        abstract: w.abstract,
        proposedGroups: [`WG${w.wg}`],
        access: meeting.documentAccess,
        submittedBy: core.userIds[w.by],
        submittedAt,
      })
      .returning();
    await db.insert(documentFiles).values({
      documentId: doc.id,
      role: 'main',
      filename: `${w.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.docx`,
      uploadedBy: core.userIds[w.by],
      ...file,
    });
    await db.insert(auditEvents).values({
      at: submittedAt,
      actorId: core.userIds[w.by],
      action: 'document.submitted',
      subjectType: 'document',
      subjectId: doc.id,
      documentId: doc.id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      after: { title: w.title, late: false },
    });
  }
  await reserveNumberInTx(db, secretariat.id, {
    meetingId: meeting.id,
    type: 'input',
    title: 'Progress report of the Task Group "Collaboration" (number reserved, file to come)',
    source: 'TG Collaboration',
  });

  await startAgenda(db, chair.id, meeting, [
    'Opening of the meeting',
    'Approval of the agenda',
    'Report of the previous meeting',
    'Incoming liaison statements',
    ['Working group sessions', ['WG1 General', 'WG2 Applications and services', 'WG3 Architecture and infrastructure']],
    'Any other business',
  ]);

  const incoming = await registerIncoming({ ...services, db }, secretariat, 'fg-mv-demo', {
    title: 'Coordination on digital twin terminology',
    source: 'Example Digital Twin Consortium (fictitious)',
    addressees: 'ITU-T FG-MV | tsbfgmv@example.org | action',
    replyDeadline: addDays(today, 10),
    questions: 'WG3, WG4',
    contacts: 'Rio Twin | Example Digital Twin Consortium | Sampleland | rio.twin@example.org',
    body: 'The consortium asks FG-MV to comment on its draft glossary of digital twin terms before its next plenary.',
  });
  const draft = await createLiaison(db, secretariat, 'fg-mv-demo', {
    title: 'Reply on digital twin terminology',
    addressees: 'Example Digital Twin Consortium | rio.twin@example.org | comment',
    questions: 'WG3, WG4',
    contacts: 'Chen Wei | CAICT | China | chair.wg2@example.org',
    inReplyToId: incoming.id,
  });
  await setCollabBody(
    db,
    'liaison',
    draft.id,
    paragraphs([
      'FG-MV thanks the consortium for its liaison statement on digital twin terminology.',
      '[WG3 and WG4 to add their comments on the glossary here.]',
    ]),
  );

  const [jca] = await db.select().from(meetings).where(eq(meetings.slug, 'jca-mv-1'));
  await startAgenda(db, core.userIds.cochairJca, jca, JCA_MV_TEMPLATE);
}
