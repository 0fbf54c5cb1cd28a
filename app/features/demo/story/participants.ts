/**
 * The demo's registrations for the upcoming FG-MV demo meeting: participants in person and remotely from several
 * organisations, the organisations made public to members, a signatory for visa letters, and one visa-support request
 * waiting for the secretariat (with fictitious passport data). Rows are written as the participation functions write
 * them, without queueing the participants' mails (the demo accounts have no mailboxes).
 */
import { eq } from 'drizzle-orm';
import { auditEvents, meetings } from '../../../../db/schema';
import {
  meetingParticipants,
  meetingParticipation,
  visaPassports,
  visaRequests,
  type DelegateRole,
  type Delegation,
  type ParticipantNeed,
  type ParticipationMode,
} from '../../../../db/schema/participation';
import { addDays } from '../../../platform/time';
import type { SeededCore } from '../core';
import type { StoryContext } from './helpers';

const PARTICIPANTS: {
  by: 'member1' | 'member2' | 'chairWg2' | 'chairWg3';
  mode: ParticipationMode;
  organisation: string;
  delegation: Delegation;
  role: DelegateRole;
  needs: ParticipantNeed[];
  needsNote: string;
  hoursAgo: number;
}[] = [
  {
    by: 'chairWg2',
    mode: 'in_person',
    organisation: 'CAICT',
    delegation: 'sector_member',
    role: 'head',
    needs: ['interpretation'],
    needsNote: 'Chinese',
    hoursAgo: 70,
  },
  {
    by: 'member1',
    mode: 'in_person',
    organisation: 'ETRI',
    delegation: 'sector_member',
    role: 'delegate',
    needs: [],
    needsNote: '',
    hoursAgo: 52,
  },
  {
    by: 'chairWg3',
    mode: 'in_person',
    organisation: 'Ericsson',
    delegation: 'sector_member',
    role: 'head',
    needs: ['accessibility'],
    needsNote: 'Step-free access to the meeting rooms',
    hoursAgo: 30,
  },
  {
    by: 'member2',
    mode: 'remote',
    organisation: 'Nokia',
    delegation: 'sector_member',
    role: 'observer',
    needs: [],
    needsNote: '',
    hoursAgo: 6,
  },
];

export async function seedParticipants({ db }: StoryContext, core: SeededCore) {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.slug, 'fg-mv-demo'));
  const now = Date.now();
  await db.insert(meetingParticipation).values({
    meetingId: meeting.id,
    modes: ['in_person', 'remote'],
    organisationsPublic: true,
    remoteLink: 'https://meet.example.org/fg-mv-demo',
    signatoryName: 'Sofia Secretariat',
    signatoryTitle: 'Counsellor, ITU-T Focus Group on metaverse',
    hostCity: 'Geneva',
    hostCountry: 'Switzerland',
  });
  const ids: Record<string, string> = {};
  for (const p of PARTICIPANTS) {
    const { by, hoursAgo, ...values } = p;
    const at = new Date(now - hoursAgo * 3_600_000);
    const [row] = await db
      .insert(meetingParticipants)
      .values({
        ...values,
        meetingId: meeting.id,
        userId: core.userIds[by],
        status: 'registered',
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: meetingParticipants.id });
    ids[by] = row.id;
    await db.insert(auditEvents).values({
      at,
      actorId: core.userIds[by],
      action: 'participation.registered',
      subjectType: 'participant',
      subjectId: row.id,
      groupId: meeting.groupId,
      meetingId: meeting.id,
      after: { ...values, status: 'registered' },
    });
  }
  const requestedAt = new Date(now - 20 * 3_600_000);
  const [request] = await db
    .insert(visaRequests)
    .values({
      participantId: ids.chairWg2,
      meetingId: meeting.id,
      userId: core.userIds.chairWg2,
      createdAt: requestedAt,
    })
    .returning();
  await db.insert(visaPassports).values({
    requestId: request.id,
    nameInPassport: 'CHEN WEI',
    nationality: 'China',
    passportNumber: 'EX0012345',
    birthDate: '1981-03-14',
    stayFrom: addDays(meeting.startsOn, -1),
    stayTo: addDays(meeting.endsOn, 1),
    consulate: 'Consulate General of Switzerland in Shanghai (fictitious data)',
  });
  await db.insert(auditEvents).values({
    at: requestedAt,
    actorId: core.userIds.chairWg2,
    action: 'participation.visa.requested',
    subjectType: 'visa_request',
    subjectId: request.id,
    groupId: meeting.groupId,
    meetingId: meeting.id,
    after: { status: 'requested', participantId: ids.chairWg2 },
  });
}
