/** The demo accounts: one per role, with their memberships in the demo groups. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client.server';
import { memberships, users, type Role } from '../../../db/schema';
import { hashPassword } from '../accounts/auth.server';

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

/** A seeded account as shown to whoever runs the demo: its role, e-mail and password. */
export interface SeededAccount {
  role: string;
  email: string;
  password: string;
}

/** Inserts the demo accounts (random passwords unless given by key) and their memberships of the seeded groups. */
export async function seedAccounts(
  db: Db,
  groupIds: Record<string, string>,
  passwords: Record<string, string> = {},
): Promise<{ userIds: Record<string, string>; accounts: SeededAccount[] }> {
  const userIds: Record<string, string> = {};
  const accounts: SeededAccount[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = passwords[a.key] ?? randomBytes(9).toString('base64url');
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
  return { userIds, accounts };
}
