/**
 * The participants list of a meeting for its secretariat and chairs (filters, counts per mode and organisation, CSV),
 * and the organisations attending for members. None of it reads the passport table: no list or export carries it.
 */
import { and, asc, count, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { users } from '../../../db/schema';
import {
  DELEGATIONS,
  PARTICIPANT_STATUSES,
  PARTICIPATION_MODES,
  meetingParticipants,
  visaRequests,
} from '../../../db/schema/participation';
import type { Principal } from '../groups/permissions.server';
import { authorizeParticipation } from './policy.server';

export interface ParticipantFilters {
  status?: string;
  mode?: string;
  delegation?: string;
  organisation?: string;
}

const oneOf = <T extends string>(list: readonly T[], v: string | undefined) =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The filters as the list understands them (unknown values are ignored: the list shows everything). */
export function readFilters(params: URLSearchParams): ParticipantFilters {
  return {
    status: oneOf(PARTICIPANT_STATUSES, params.get('status') ?? undefined),
    mode: oneOf(PARTICIPATION_MODES, params.get('mode') ?? undefined),
    delegation: oneOf(DELEGATIONS, params.get('delegation') ?? undefined),
    organisation: params.get('organisation')?.trim().slice(0, 200) || undefined,
  };
}

function where(meetingId: string, f: ParticipantFilters): SQL {
  const escaped = f.organisation?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return and(
    eq(meetingParticipants.meetingId, meetingId),
    f.status ? eq(meetingParticipants.status, f.status as never) : undefined,
    f.mode ? eq(meetingParticipants.mode, f.mode as never) : undefined,
    f.delegation ? eq(meetingParticipants.delegation, f.delegation as never) : undefined,
    escaped ? ilike(meetingParticipants.organisation, `%${escaped}%`) : undefined,
  )!;
}

/** The participant columns lists and exports show (never passport data). */
const listColumns = {
  id: meetingParticipants.id,
  name: users.name,
  email: users.email,
  organisation: meetingParticipants.organisation,
  delegation: meetingParticipants.delegation,
  role: meetingParticipants.role,
  mode: meetingParticipants.mode,
  needs: meetingParticipants.needs,
  needsNote: meetingParticipants.needsNote,
  status: meetingParticipants.status,
  createdAt: meetingParticipants.createdAt,
  visaStatus: visaRequests.status,
};

async function rows(db: Db, meetingId: string, f: ParticipantFilters) {
  return db
    .select(listColumns)
    .from(meetingParticipants)
    .innerJoin(users, eq(users.id, meetingParticipants.userId))
    .leftJoin(visaRequests, eq(visaRequests.participantId, meetingParticipants.id))
    .where(where(meetingId, f))
    .orderBy(asc(meetingParticipants.organisation), asc(users.name));
}

/** Counts of registered participants per mode and per organisation, and of registrations per status. */
export async function participantCounts(db: Db, meetingId: string) {
  const registered = and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.status, 'registered'));
  const [byMode, byStatus, byOrganisation] = await Promise.all([
    db
      .select({ mode: meetingParticipants.mode, n: count() })
      .from(meetingParticipants)
      .where(registered)
      .groupBy(meetingParticipants.mode),
    db
      .select({ status: meetingParticipants.status, n: count() })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meetingId))
      .groupBy(meetingParticipants.status),
    attendingOrganisations(db, meetingId),
  ]);
  return {
    byMode: Object.fromEntries(PARTICIPATION_MODES.map((m) => [m, byMode.find((r) => r.mode === m)?.n ?? 0])),
    byStatus: Object.fromEntries(
      PARTICIPANT_STATUSES.map((s) => [s, byStatus.find((r) => r.status === s)?.n ?? 0]),
    ) as Record<(typeof PARTICIPANT_STATUSES)[number], number>,
    byOrganisation,
  };
}

/** The participants page: rows as filtered, counts, and what the viewer may do. */
export async function participantsPage(db: Db, principal: Principal | null, slug: string, f: ParticipantFilters) {
  const { meeting, group, may } = await authorizeParticipation(db, principal, 'viewList', slug);
  const [list, counts] = await Promise.all([rows(db, meeting.id, f), participantCounts(db, meeting.id)]);
  return { meeting, group, may, rows: list, counts };
}

/** Registered participants per organisation (registered only), most first. */
export async function attendingOrganisations(
  db: Db,
  meetingId: string,
): Promise<{ organisation: string; count: number }[]> {
  return db
    .select({ organisation: meetingParticipants.organisation, count: count() })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.status, 'registered')))
    .groupBy(meetingParticipants.organisation)
    .orderBy(sql`count(*) desc`, asc(meetingParticipants.organisation));
}

const csvCell = (v: string) => {
  // A cell that a spreadsheet would read as a formula is quoted and prefixed.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const CSV_COLUMNS = [
  'Name',
  'E-mail',
  'Organisation',
  'Delegation',
  'Role',
  'Mode',
  'Needs',
  'Needs note',
  'Status',
  'Registered at',
  'Visa letter',
] as const;

/** The participants list as CSV (UTF-8 with BOM, for spreadsheets), as filtered. No passport data. */
export async function participantsCsv(db: Db, principal: Principal | null, slug: string, f: ParticipantFilters) {
  const { meeting } = await authorizeParticipation(db, principal, 'viewList', slug);
  const list = await rows(db, meeting.id, f);
  const lines = [
    CSV_COLUMNS.join(','),
    ...list.map((r) =>
      [
        r.name,
        r.email,
        r.organisation,
        r.delegation,
        r.role,
        r.mode,
        r.needs.join(' '),
        r.needsNote,
        r.status,
        r.createdAt.toISOString(),
        r.visaStatus ?? '',
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
  return { meeting, csv: `\uFEFF${lines.join('\r\n')}\r\n` };
}
