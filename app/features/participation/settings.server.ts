/** A meeting's participation settings (modes, closing, remote link, visa-letter signatory, retention). */
import { eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import type { meetings } from '../../../db/schema';
import { meetingParticipation, type ParticipationMode } from '../../../db/schema/participation';
import { recordEvent } from '../../platform/audit.server';
import { parseOrThrow } from '../../platform/validation';
import type { Principal } from '../groups/permissions.server';
import { settingsInput } from './participation-input';
import { authorizeParticipation } from './policy.server';

export type ParticipationSettings = Omit<typeof meetingParticipation.$inferSelect, 'updatedAt'>;

type MeetingLike = Pick<typeof meetings.$inferSelect, 'id' | 'locationKind' | 'place' | 'host'>;

/** What a meeting without settings of its own offers: the modes its place allows, 90 days' retention. */
export function defaultSettings(meeting: MeetingLike): ParticipationSettings {
  const modes: ParticipationMode[] =
    meeting.locationKind === 'virtual'
      ? ['remote']
      : meeting.locationKind === 'physical'
        ? ['in_person']
        : ['in_person', 'remote'];
  return {
    meetingId: meeting.id,
    modes,
    closed: false,
    organisationsPublic: false,
    remoteLink: '',
    signatoryName: '',
    signatoryTitle: '',
    hostCountry: '',
    hostCity: meeting.place,
    visaRetentionDays: 90,
  };
}

export async function participationSettings(db: Db, meeting: MeetingLike): Promise<ParticipationSettings> {
  const [row] = await db.select().from(meetingParticipation).where(eq(meetingParticipation.meetingId, meeting.id));
  if (!row) return defaultSettings(meeting);
  const { updatedAt: _updatedAt, ...settings } = row;
  return settings;
}

/** The settings page's data (secretariat). */
export async function settingsForm(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group } = await authorizeParticipation(db, principal, 'manage', slug);
  return { meeting, group, settings: await participationSettings(db, meeting) };
}

/** Saves the settings from the posted form, with an audit event of what changed. */
export async function updateSettings(db: Db, principal: Principal | null, slug: string, input: unknown) {
  const { meeting, group, principal: who } = await authorizeParticipation(db, principal, 'manage', slug);
  const values = parseOrThrow(settingsInput, input);
  const before = await participationSettings(db, meeting);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(meetingParticipation)
      .values({ ...values, meetingId: meeting.id, updatedAt: new Date() })
      .onConflictDoUpdate({ target: meetingParticipation.meetingId, set: { ...values, updatedAt: new Date() } })
      .returning();
    const { meetingId: _m, ...old } = before;
    await recordEvent(tx, {
      actorId: who.id,
      action: 'participation.settings',
      subjectType: 'meeting',
      subjectId: meeting.id,
      groupId: group.id,
      meetingId: meeting.id,
      before: old,
      after: values,
    });
    return row;
  });
}
