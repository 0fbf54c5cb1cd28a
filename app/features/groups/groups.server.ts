import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { groups, meetings, memberships, users } from '../../../db/schema';
import { notFound } from '../../platform/errors';
import { groupTree } from './group-tree';

export type Group = typeof groups.$inferSelect;
export interface GroupNode extends Group {
  children: GroupNode[];
}

/** All groups as a forest: top-level groups with their WGs, working parties and Questions below them. */
export async function listGroupTree(db: Db): Promise<GroupNode[]> {
  const all = await db.select().from(groups).orderBy(asc(groups.position), asc(groups.code));
  const nodes = new Map(all.map((g) => [g.id, { ...g, children: [] as GroupNode[] }]));
  const roots: GroupNode[] = [];
  for (const node of nodes.values())
    (node.parentId && nodes.get(node.parentId) ? nodes.get(node.parentId)!.children : roots).push(node);
  return roots;
}

/** Every group of the forest, each before the groups below it. */
const flatten = (nodes: GroupNode[]): GroupNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

export async function getGroupBySlug(db: Db, slug: string) {
  const [group] = await db.select().from(groups).where(eq(groups.slug, slug));
  if (!group) throw notFound();
  return group;
}

/** A group page: the group, its parent, the tree below it, its chairs and secretariat, its and its parents' meetings. */
export async function getGroupPage(db: Db, slug: string) {
  const group = await getGroupBySlug(db, slug);
  const nodes = flatten(await listGroupTree(db));
  const node = nodes.find((n) => n.id === group.id)!;
  const [parent] = group.parentId ? await db.select().from(groups).where(eq(groups.id, group.parentId)) : [];
  const leadership = await db
    .select({
      name: users.name,
      organisation: users.organisation,
      country: users.country,
      role: memberships.role,
      title: memberships.title,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.groupId, group.id), inArray(memberships.role, ['chair', 'secretariat'])))
    .orderBy(asc(memberships.role), asc(users.name));
  // A WG or Question meets at its parents' meetings: those are its meetings too.
  const chain = groupTree(nodes).chainOf(group.id);
  const groupMeetings = await db
    .select({ meeting: meetings, groupCode: groups.code })
    .from(meetings)
    .innerJoin(groups, eq(groups.id, meetings.groupId))
    .where(inArray(meetings.groupId, chain))
    .orderBy(asc(meetings.startsOn));
  return { group, parent: parent ?? null, children: node.children, leadership, meetings: groupMeetings };
}
