/** The group tree as the home sections need it: each group's chain and subtree, and the groups by id, from one query. */
import type { Db } from '../../../db/client.server';
import { groups } from '../../../db/schema';
import { groupTree, type GroupTree } from '../groups/group-tree';

export interface GroupIndex extends GroupTree {
  byId: Map<string, { id: string; slug: string; code: string; name: string; parentId: string | null }>;
}

export async function groupIndex(db: Db): Promise<GroupIndex> {
  const all = await db
    .select({ id: groups.id, slug: groups.slug, code: groups.code, name: groups.name, parentId: groups.parentId })
    .from(groups);
  return { ...groupTree(all), byId: new Map(all.map((g) => [g.id, g])) };
}
