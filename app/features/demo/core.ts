import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client.server';
import { groups, meetings, memberships, users, type GroupKind, type Role } from '../../../db/schema';
import { hashPassword } from '../accounts/auth.server';
import { addDays } from '../../platform/time';
import { endOfDay, ruleDeadline } from '../meetings/deadlines';

/** Groups, meetings and demo accounts from DOMAIN.md (the ITU circulars in shared/seeds). */

interface GroupSeed {
  slug: string;
  code: string;
  name: string;
  kind: GroupKind;
  parent?: string;
  description?: string;
  mailbox?: string;
  open?: boolean;
  access?: 'public' | 'members';
  daysBefore?: number;
}

const GROUPS: GroupSeed[] = [
  {
    slug: 'fg-mv',
    code: 'FG-MV',
    name: 'ITU-T Focus Group on metaverse',
    kind: 'focus_group',
    mailbox: 'tsbfgmv@itu.int',
    open: true,
    access: 'public',
    daysBefore: 12,
    description:
      'Created by TSAG in December 2022 to analyse the technical requirements of the metaverse and identify the enabling technologies, from multimedia and network optimization to digital currencies, IoT, digital twins and environmental sustainability. Chair: Shin-Gak Kang (ETRI, Korea). Vice-chairs: Andrey Nunes (Brazil), Hideo Imanaka (NICT, Japan), Per Fröjdh (Ericsson, Sweden), Shane He (Nokia, Finland), Vincent Affleck (United Kingdom), Wang Yuntao (China). Open to all; deliverables are agreed by consensus; working language English.',
  },
  {
    slug: 'fg-mv-tg-collab',
    code: 'TG Collaboration',
    name: 'Task Group "Collaboration"',
    kind: 'task_group',
    parent: 'fg-mv',
  },
  { slug: 'fg-mv-wg1', code: 'WG1', name: 'General', kind: 'working_group', parent: 'fg-mv' },
  { slug: 'fg-mv-wg2', code: 'WG2', name: 'Applications and services', kind: 'working_group', parent: 'fg-mv' },
  { slug: 'fg-mv-wg3', code: 'WG3', name: 'Architecture and infrastructure', kind: 'working_group', parent: 'fg-mv' },
  { slug: 'fg-mv-wg4', code: 'WG4', name: 'Virtual/real world integration', kind: 'working_group', parent: 'fg-mv' },
  { slug: 'fg-mv-wg5', code: 'WG5', name: 'Interoperability', kind: 'working_group', parent: 'fg-mv' },
  { slug: 'fg-mv-wg6', code: 'WG6', name: 'Security, data and PII protection', kind: 'working_group', parent: 'fg-mv' },
  {
    slug: 'fg-mv-wg7',
    code: 'WG7',
    name: 'Economic, regulatory and competition aspects',
    kind: 'working_group',
    parent: 'fg-mv',
  },
  {
    slug: 'fg-mv-wg8',
    code: 'WG8',
    name: 'Sustainability, accessibility and inclusion',
    kind: 'working_group',
    parent: 'fg-mv',
  },
  {
    slug: 'jca-mv',
    code: 'JCA-MV',
    name: 'Joint Coordination Activity on metaverse standardization',
    kind: 'jca',
    mailbox: 'tsbjcamv@itu.int',
    open: true,
    access: 'public',
    daysBefore: 9,
    description:
      'Established after TSAG (26-30 May 2025) to coordinate metaverse-related standardization within ITU-T and to be the focal point for liaison with external metaverse SDOs, consortia and forums. Co-chairs: Muath AlRumayh (CST, Saudi Arabia) and Shin-Gak Kang (ETRI, Korea). Works mostly by correspondence, with about three face-to-face meetings a year co-located with study-group meetings.',
  },
  {
    slug: 'sg20',
    code: 'SG20',
    name: 'Study Group 20: Internet of things (IoT) and smart cities and communities (SC&C)',
    kind: 'study_group',
    mailbox: 'tsbsg20@itu.int',
    access: 'members',
    daysBefore: 13,
    description: 'Study Group 20 works on IoT and its applications, and on smart cities and communities.',
  },
  {
    slug: 'sg20-wp1',
    code: 'WP1/20',
    name: 'Working Party 1: IoT and SC&C architectures, protocols and QoS/QoE',
    kind: 'working_party',
    parent: 'sg20',
  },
  {
    slug: 'sg20-wp2',
    code: 'WP2/20',
    name: 'Working Party 2: IoT and SC&C services and applications, security and evaluation',
    kind: 'working_party',
    parent: 'sg20',
  },
  {
    slug: 'sg20-q1',
    code: 'Q1/20',
    name: 'End to end connectivity, networks, interoperability, infrastructures and Big Data aspects related to IoT and SC&C',
    kind: 'question',
    parent: 'sg20-wp1',
  },
  {
    slug: 'sg20-q2',
    code: 'Q2/20',
    name: 'Requirements, capabilities and use cases across verticals',
    kind: 'question',
    parent: 'sg20-wp1',
  },
  {
    slug: 'sg20-q3',
    code: 'Q3/20',
    name: 'Architectures, management, protocols and quality of service',
    kind: 'question',
    parent: 'sg20-wp1',
  },
  {
    slug: 'sg20-q4',
    code: 'Q4/20',
    name: 'e/Smart services, applications and supporting platforms',
    kind: 'question',
    parent: 'sg20-wp2',
  },
  {
    slug: 'sg20-q5',
    code: 'Q5/20',
    name: 'Research and emerging technologies, terminology and definitions',
    kind: 'question',
    parent: 'sg20-wp2',
  },
  {
    slug: 'sg20-q6',
    code: 'Q6/20',
    name: 'Security, privacy, trust and identification for IoT and SC&C',
    kind: 'question',
    parent: 'sg20-wp2',
  },
  {
    slug: 'sg20-q7',
    code: 'Q7/20',
    name: 'Evaluation and assessment of smart sustainable cities and communities',
    kind: 'question',
    parent: 'sg20-wp2',
  },
  {
    slug: 'jca-iot-scc',
    code: 'JCA-IoT and SC&C',
    name: 'Joint Coordination Activity on Internet of Things and Smart Cities and Communities',
    kind: 'jca',
    parent: 'sg20',
    access: 'public',
  },
  {
    slug: 'mv-assembly',
    code: 'Metaverse Assembly for Cities',
    name: 'Metaverse Assembly for Cities',
    kind: 'event_series',
    mailbox: 'virtualworlds@itu.int',
    open: true,
    access: 'public',
    description:
      'Events for cities on the metaverse, organized by ITU with partners. Meetings without numbered contributions.',
  },
];

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

export const DEMO_ACCOUNTS: {
  key: string;
  role: string;
  email: string;
  name: string;
  organisation: string;
  country: string;
  admin?: boolean;
  roles: [string, Role, string?][];
}[] = [
  {
    key: 'admin',
    role: 'Site admin',
    email: 'admin@example.org',
    name: 'Ada Admin',
    organisation: 'Plenary',
    country: 'Switzerland',
    admin: true,
    roles: [],
  },
  {
    key: 'secretariat',
    role: 'FG-MV secretariat officer',
    email: 'tsb.fgmv@example.org',
    name: 'Sofia Secretariat',
    organisation: 'ITU/TSB',
    country: 'Switzerland',
    roles: [
      ['fg-mv', 'secretariat', 'Secretariat'],
      ['jca-mv', 'secretariat', 'Secretariat'],
    ],
  },
  {
    key: 'chairWg2',
    role: 'FG-MV WG2 chair',
    email: 'chair.wg2@example.org',
    name: 'Chen Wei',
    organisation: 'CAICT',
    country: 'China',
    roles: [
      ['fg-mv-wg2', 'chair', 'Chair'],
      ['fg-mv', 'member'],
    ],
  },
  {
    key: 'chairWg3',
    role: 'FG-MV WG3 chair',
    email: 'chair.wg3@example.org',
    name: 'Lena Lindqvist',
    organisation: 'Ericsson',
    country: 'Sweden',
    roles: [
      ['fg-mv-wg3', 'chair', 'Chair'],
      ['fg-mv', 'member'],
    ],
  },
  {
    key: 'cochairJca',
    role: 'JCA-MV co-chair',
    email: 'cochair.jcamv@example.org',
    name: 'Omar Al-Farsi',
    organisation: 'CST',
    country: 'Saudi Arabia',
    roles: [['jca-mv', 'chair', 'Co-chair']],
  },
  {
    key: 'member1',
    role: 'Member (ETRI)',
    email: 'member.etri@example.org',
    name: 'Kim Min-jun',
    organisation: 'ETRI',
    country: 'Korea (Rep. of)',
    roles: [
      ['fg-mv', 'member'],
      ['jca-mv', 'member'],
    ],
  },
  {
    key: 'member2',
    role: 'Member (Nokia)',
    email: 'member.nokia@example.org',
    name: 'Aino Virtanen',
    organisation: 'Nokia',
    country: 'Finland',
    roles: [
      ['fg-mv', 'member'],
      ['sg20', 'member'],
    ],
  },
];

export interface SeededCore {
  groupIds: Record<string, string>;
  meetingIds: Record<string, string>;
  userIds: Record<string, string>;
  accounts: { role: string; email: string; password: string }[];
}

/** Inserts the demo groups, meetings and accounts. `today` decides the two upcoming demo meetings' dates. */
export async function seedCore(
  db: Db,
  opts: { today?: string; passwords?: Record<string, string> } = {},
): Promise<SeededCore> {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const groupIds: Record<string, string> = {};
  for (const [position, g] of GROUPS.entries()) {
    const [row] = await db
      .insert(groups)
      .values({
        slug: g.slug,
        code: g.code,
        name: g.name,
        kind: g.kind,
        parentId: g.parent ? groupIds[g.parent] : null,
        description: g.description ?? '',
        mailbox: g.mailbox ?? null,
        openParticipation: g.open ?? false,
        defaultAccess: g.access ?? 'members',
        deadlineDaysBefore: g.daysBefore ?? 12,
        position,
      })
      .returning({ id: groups.id });
    groupIds[g.slug] = row.id;
  }

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

  const userIds: Record<string, string> = {};
  const accounts: SeededCore['accounts'] = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = opts.passwords?.[a.key] ?? randomBytes(9).toString('base64url');
    const [row] = await db
      .insert(users)
      .values({
        email: a.email,
        name: a.name,
        organisation: a.organisation,
        country: a.country,
        isAdmin: a.admin ?? false,
        passwordHash: await hashPassword(password),
      })
      .returning({ id: users.id });
    userIds[a.key] = row.id;
    accounts.push({ role: a.role, email: a.email, password });
    for (const [slug, role, title] of a.roles) {
      await db.insert(memberships).values({ userId: row.id, groupId: groupIds[slug], role, title: title ?? null });
    }
  }
  return { groupIds, meetingIds, userIds, accounts };
}
