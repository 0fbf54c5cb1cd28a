/** The demo meetings: past ones from the ITU circulars, and two upcoming demo meetings dated from today. */
import type { Db } from '../../../db/client.server';
import { meetings } from '../../../db/schema';
import { addDays } from '../../platform/time';
import { endOfDay, ruleDeadline } from '../meetings/deadlines';
import { GROUPS } from './groups';

interface MeetingSeed {
  slug: string;
  group: string;
  title: string;
  number?: number;
  startsOn: string;
  endsOn: string;
  startTime?: string;
  endTime?: string;
  timeZone: string;
  locationKind: 'physical' | 'virtual' | 'hybrid';
  place: string;
  host?: string;
  deadline?: string;
  takes?: boolean;
  types: string[];
  notes?: string;
}

const MEETINGS: MeetingSeed[] = [
  {
    slug: 'fg-mv-1',
    group: 'fg-mv',
    title: 'FG-MV 1st meeting',
    number: 1,
    startsOn: '2023-03-08',
    endsOn: '2023-03-09',
    timeZone: 'Asia/Riyadh',
    locationKind: 'physical',
    place: 'Riyadh, Saudi Arabia',
    host: 'National Cybersecurity Authority (NCA)',
    deadline: '2023-02-24',
    types: ['input', 'output', 'ls_in'],
  },
  {
    slug: 'fg-mv-2',
    group: 'fg-mv',
    title: 'FG-MV 2nd meeting',
    number: 2,
    startsOn: '2023-07-04',
    endsOn: '2023-07-06',
    timeZone: 'Asia/Shanghai',
    locationKind: 'physical',
    place: 'Shanghai, China',
    host: 'China Academy of Information and Communications Technology (CAICT)',
    deadline: '2023-06-22',
    types: ['input', 'output', 'ls_in'],
    notes:
      'Followed on 7 July 2023 by the 2nd ITU forum "Embracing the metaverse: international standards for all" at the same venue.',
  },
  {
    slug: 'sg20-2020-07',
    group: 'sg20',
    title: 'SG20 meeting (fully virtual)',
    startsOn: '2020-07-06',
    endsOn: '2020-07-16',
    timeZone: 'Europe/Zurich',
    locationKind: 'virtual',
    place: 'e-meeting',
    deadline: '2020-06-23',
    types: ['contribution', 'td', 'ls_in'],
  },
  {
    slug: 'jca-iot-scc-2020-06',
    group: 'jca-iot-scc',
    title: 'JCA-IoT and SC&C meeting (fully virtual)',
    startsOn: '2020-06-26',
    endsOn: '2020-06-26',
    startTime: '11:00',
    endTime: '13:00',
    timeZone: 'Europe/Zurich',
    locationKind: 'virtual',
    place: 'e-meeting',
    types: ['jca'],
  },
  {
    slug: 'jca-mv-1',
    group: 'jca-mv',
    title: 'JCA-MV 1st meeting',
    number: 1,
    startsOn: '2025-10-09',
    endsOn: '2025-10-09',
    startTime: '11:15',
    endTime: '13:15',
    timeZone: 'Europe/Zurich',
    locationKind: 'hybrid',
    place: 'Geneva, Switzerland (co-located with SG21)',
    deadline: '2025-09-30',
    types: ['jca', 'ls_in', 'ls_out', 'agenda'],
  },
  {
    slug: 'mv-assembly-2',
    group: 'mv-assembly',
    title: '2nd Metaverse Assembly for Cities',
    number: 2,
    startsOn: '2026-05-12',
    endsOn: '2026-05-12',
    timeZone: 'Europe/Zurich',
    locationKind: 'physical',
    place: 'Geneva, Switzerland',
    takes: false,
    types: [],
  },
];

/** Inserts the demo meetings of the seeded groups; `today` decides the two upcoming ones' dates. Returns ids by slug. */
export async function seedMeetings(
  db: Db,
  groupIds: Record<string, string>,
  today: string,
): Promise<Record<string, string>> {
  // Two upcoming meetings so that the demo has open deadlines to submit to; not from the circulars, and titled as demos.
  const upcoming: MeetingSeed[] = [
    {
      slug: 'fg-mv-demo',
      group: 'fg-mv',
      title: 'FG-MV meeting (demo)',
      startsOn: addDays(today, 30),
      endsOn: addDays(today, 32),
      timeZone: 'Europe/Zurich',
      locationKind: 'hybrid',
      place: 'Geneva, Switzerland',
      types: ['input', 'output', 'ls_in'],
    },
    {
      slug: 'jca-mv-demo',
      group: 'jca-mv',
      title: 'JCA-MV meeting (demo)',
      startsOn: addDays(today, 45),
      endsOn: addDays(today, 45),
      startTime: '14:30',
      endTime: '17:30',
      timeZone: 'Europe/Zurich',
      locationKind: 'hybrid',
      place: 'Geneva, Switzerland',
      types: ['jca', 'ls_in', 'ls_out', 'agenda'],
    },
  ];
  const meetingIds: Record<string, string> = {};
  for (const m of [...MEETINGS, ...upcoming]) {
    const group = GROUPS.find((g) => g.slug === m.group)!;
    const takes = m.takes ?? true;
    const deadline = !takes
      ? null
      : m.deadline
        ? endOfDay(m.deadline, m.timeZone)
        : m.slug.endsWith('-demo')
          ? ruleDeadline({ deadlineDaysBefore: group.daysBefore ?? 12, deadlineTime: '23:59' }, m.startsOn, m.timeZone)
          : null;
    const [row] = await db
      .insert(meetings)
      .values({
        groupId: groupIds[m.group],
        slug: m.slug,
        title: m.title,
        number: m.number ?? null,
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        startTime: m.startTime ?? null,
        endTime: m.endTime ?? null,
        timeZone: m.timeZone,
        locationKind: m.locationKind,
        place: m.place,
        host: m.host ?? '',
        inputDeadline: deadline,
        takesContributions: takes,
        documentTypes: m.types,
        attachmentFormats: ['pdf', 'pptx', 'xlsx', 'zip'],
        documentAccess: group.access ?? 'members',
        notes: m.notes ?? '',
      })
      .returning({ id: meetings.id });
    meetingIds[m.slug] = row.id;
  }
  return meetingIds;
}
