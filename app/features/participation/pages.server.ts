/** What the participation pages show: one call per page, each through the participation policy. */
import type { Db } from '../../../db/client.server';
import type { groups, meetings } from '../../../db/schema';
import type { Principal } from '../groups/permissions.server';
import { isOpen } from '../meetings/deadlines';
import { deadlineAt } from '../meetings/meeting-deadlines.server';
import { attendingOrganisations } from './participants.server';
import { authorizeParticipation, participationAbilities } from './policy.server';
import { ownRegistration, registrationClosedReason } from './registration.server';
import { participationSettings } from './settings.server';
import { visaRequestWithPassport } from './visa.server';

/** The person's registration page: the form or their registration, the deadlines, what they may see. */
export async function attendPage(db: Db, principal: Principal | null, slug: string, now = new Date()) {
  const { meeting, group, may, principal: who } = await authorizeParticipation(db, principal, 'register', slug);
  const [settings, own, preregistration, visa, closed] = await Promise.all([
    participationSettings(db, meeting),
    ownRegistration(db, meeting.id, who.id),
    deadlineAt(db, meeting.id, 'preregistration'),
    deadlineAt(db, meeting.id, 'visa'),
    registrationClosedReason(db, meeting, now),
  ]);
  const registered = own?.participant.status === 'registered';
  const organisations =
    settings.organisationsPublic && (may.viewOrganisations || registered)
      ? await attendingOrganisations(db, meeting.id)
      : null;
  return {
    meeting,
    group,
    may,
    modes: settings.modes,
    retentionDays: settings.visaRetentionDays,
    // The remote link only for a registered remote participant (and the secretariat, who set it).
    remoteLink: (registered && own?.participant.mode === 'remote') || may.manage ? settings.remoteLink : '',
    own,
    deadlines: { preregistration, visa },
    afterDeadline: !isOpen(preregistration, now),
    visaOpen: isOpen(visa, now),
    closed,
    organisations,
  };
}

/** The visa-request page: the person's registration, and their request with its passport data if they made one. */
export async function visaPage(db: Db, principal: Principal | null, slug: string, now = new Date()) {
  const page = await attendPage(db, principal, slug, now);
  const request = page.own?.visa ? await visaRequestWithPassport(db, principal, slug, page.own.visa.id) : null;
  return { ...page, passport: request?.passport ?? null };
}

/**
 * The participation links the meeting page shows the viewer: the participants list (the secretariat and the group's
 * chairs), the organisations attending (members who may register, when the meeting makes them public), and whether
 * the viewer's own registration is active (the link then leads to it).
 */
export async function meetingParticipationLinks(
  db: Db,
  principal: Principal | null,
  meeting: typeof meetings.$inferSelect,
  group: Pick<typeof groups.$inferSelect, 'id' | 'openParticipation'>,
) {
  const may = await participationAbilities(db, principal, group);
  const organisations =
    may.viewOrganisations && may.register && (await participationSettings(db, meeting)).organisationsPublic;
  const own = principal && may.register ? await ownRegistration(db, meeting.id, principal.id) : null;
  const status = own?.participant.status;
  return { participants: may.viewList, organisations, registered: status === 'registered' || status === 'pending' };
}
