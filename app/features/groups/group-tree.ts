/** The group tree from a list of groups: any group's chain (itself and the groups above) and subtree (itself and below). */
export interface GroupLink {
  id: string;
  parentId: string | null;
}

export interface GroupTree {
  /** The group and its ancestors, nearest first. */
  chainOf(id: string): string[];
  /** The group and every group below it, the group first, then level by level. */
  subtreeOf(id: string): string[];
}

export function groupTree(all: readonly GroupLink[]): GroupTree {
  const parentOf = new Map(all.map((g) => [g.id, g.parentId]));
  const childrenOf = new Map<string, string[]>();
  for (const g of all) if (g.parentId) childrenOf.set(g.parentId, [...(childrenOf.get(g.parentId) ?? []), g.id]);
  return {
    chainOf(id) {
      const chain: string[] = [];
      for (let g: string | null | undefined = id; g && !chain.includes(g); g = parentOf.get(g)) chain.push(g);
      return chain;
    },
    subtreeOf(id) {
      const ids = [id];
      for (let i = 0; i < ids.length; i++)
        for (const child of childrenOf.get(ids[i]) ?? []) if (!ids.includes(child)) ids.push(child);
      return ids;
    },
  };
}
