/** The demo groups from DOMAIN.md (the ITU circulars in shared/seeds), parents before their sub-groups. */
import type { Db } from '../../../db/client.server';
import { groups, type GroupKind } from '../../../db/schema';

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

export const GROUPS: GroupSeed[] = [
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
      'Created by TSAG in December 2022 to analyse the technical requirements of the metaverse ' +
      'and identify the enabling technologies, from multimedia and network optimization to ' +
      'digital currencies, IoT, digital twins and environmental sustainability. Chair: Shin-Gak ' +
      'Kang (ETRI, Korea). Vice-chairs: Andrey Nunes (Brazil), Hideo Imanaka (NICT, Japan), Per ' +
      'Fröjdh (Ericsson, Sweden), Shane He (Nokia, Finland), Vincent Affleck (United Kingdom), ' +
      'Wang Yuntao (China). Open to all; deliverables are agreed by consensus; working language ' +
      'English.',
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
      'Established after TSAG (26-30 May 2025) to coordinate metaverse-related standardization ' +
      'within ITU-T and to be the focal point for liaison with external metaverse SDOs, ' +
      'consortia and forums. Co-chairs: Muath AlRumayh (CST, Saudi Arabia) and Shin-Gak Kang ' +
      '(ETRI, Korea). Works mostly by correspondence, with about three face-to-face meetings a ' +
      'year co-located with study-group meetings.',
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

/** Inserts the demo groups; returns their ids by slug. */
export async function seedGroups(db: Db): Promise<Record<string, string>> {
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
  return groupIds;
}
