import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, inTransaction } from '../../../db/client.server';
import { groups, memberships, ROLES, users } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { grantSchema } from './role-grant';
import { DomainError } from '../../platform/errors';
import { groupTree } from './group-tree';
import type { Principal } from './permissions.server';
import { adminAbilities, authorizeGroup } from './policy.server';
import { parseOrThrow } from '../../platform/validation';

/** Groups whose roles this person may grant: a site admin all, a secretariat officer their groups and everything below. */
export async function grantableGroups(db: Db, principal: Principal) {
  const all = await db.select().from(groups).orderBy(asc(groups.position));
  const { chainOf } = groupTree(all);
  const { grantRolesIn } = adminAbilities(principal);
  return all.filter((g) => grantRolesIn(chainOf(g.id)));
}

export async function listRoles(db: Db, groupIds: string[]) {
  if (!groupIds.length) return [];
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      groupId: memberships.groupId,
      groupCode: groups.code,
      role: memberships.role,
      title: memberships.title,
      grantedAt: memberships.grantedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(inArray(memberships.groupId, groupIds))
    .orderBy(asc(groups.position), asc(memberships.role), asc(users.name));
}

export async function grantRole(db: Db, actor: Principal, input: unknown) {
  const parsed = parseOrThrow(grantSchema, input);
  const data = { ...parsed, title: parsed.title || null };
  await authorizeGroup(db, actor, 'grantRoles', { id: data.groupId });
  return inTransaction(db, async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    if (!user) throw new DomainError('invalid', 'admin.unknownUser', undefined, { email: 'admin.unknownUser' });
    await tx
      .insert(memberships)
      .values({ userId: user.id, groupId: data.groupId, role: data.role, title: data.title, grantedBy: actor.id })
      .onConflictDoUpdate({
        target: [memberships.userId, memberships.groupId, memberships.role],
        set: { title: data.title },
      });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'role.granted',
      subjectType: 'user',
      subjectId: user.id,
      groupId: data.groupId,
      after: { role: data.role, title: data.title },
    });
  });
}

export async function revokeRole(db: Db, actor: Principal, input: { userId: string; groupId: string; role: string }) {
  const data = parseOrThrow(
    z.object({ userId: z.string().uuid(), groupId: z.string().uuid(), role: z.enum(ROLES) }),
    input,
  );
  await authorizeGroup(db, actor, 'grantRoles', { id: data.groupId });
  await inTransaction(db, async (tx) => {
    const removed = await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.userId, data.userId),
          eq(memberships.groupId, data.groupId),
          eq(memberships.role, data.role),
        ),
      )
      .returning();
    if (removed.length)
      await recordEvent(tx, {
        actorId: actor.id,
        action: 'role.revoked',
        subjectType: 'user',
        subjectId: data.userId,
        groupId: data.groupId,
        before: { role: data.role },
      });
  });
}

/** The chairs (vice-chairs, co-chairs) of the groups, by name: one row per group and chair, with what a mail to them needs. */
export async function chairsOf(db: Db, groupIds: string[]) {
  if (!groupIds.length) return [];
  return db
    .select({
      groupId: memberships.groupId,
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.groupId, groupIds), eq(memberships.role, 'chair')));
}

export async function listRolesOf(db: Db, userId: string) {
  return db
    .select({ groupSlug: groups.slug, groupCode: groups.code, role: memberships.role, title: memberships.title })
    .from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(groups.position));
}
