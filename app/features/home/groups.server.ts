/** The group tree as the home sections need it: each group's chain (itself and the groups above), from one query. */
import type { Db } from '../../../db/client.server';
import { groups } from '../../../db/schema';

export interface GroupIndex {
  chainOf(id: string): string[];
  /** The group and every group below it. */
  subtreeOf(id: string): string[];
  byId: Map<string, { id: string; slug: string; code: string; name: string; parentId: string | null }>;
}

export async function groupIndex(db: Db): Promise<GroupIndex> {
  const all = await db
    .select({ id: groups.id, slug: groups.slug, code: groups.code, name: groups.name, parentId: groups.parentId })
    .from(groups);
  const byId = new Map(all.map((g) => [g.id, g]));
  return {
    byId,
    chainOf: (id) => {
      const chain: string[] = [];
      for (let g: string | null | undefined = id; g && !chain.includes(g); g = byId.get(g)?.parentId) chain.push(g);
      return chain;
    },
    subtreeOf: (id) => {
      const ids = [id];
      for (let i = 0; i < ids.length; i++) for (const g of all) if (g.parentId === ids[i]) ids.push(g.id);
      return ids;
    },
  };
}
