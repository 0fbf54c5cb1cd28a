import { describe, expect, it } from 'vitest';
import { groupTree } from '../../app/features/groups/group-tree';
import type { Principal } from '../../app/features/groups/permissions.server';
import { adminAbilities, homeSections } from '../../app/features/groups/policy.server';
import {
  isLiaisonStep,
  LIAISON_STEPS,
  liaisonAbilities,
  takesLiaisonStep,
} from '../../app/features/collaboration/policy.server';
import { publishedReader } from '../../app/features/documents/policy.server';

// FG-MV with WG2 (and Q1 below it) and WG3; SG20 apart.
const GROUPS = [
  { id: 'fg-mv', parentId: null },
  { id: 'wg2', parentId: 'fg-mv' },
  { id: 'wg3', parentId: 'fg-mv' },
  { id: 'q1', parentId: 'wg2' },
  { id: 'sg20', parentId: null },
];
const tree = groupTree(GROUPS);
const who = (roles: Principal['roles'], isAdmin = false): Principal => ({ id: 'u1', isAdmin, roles });
const secretariat = who([{ groupId: 'fg-mv', role: 'secretariat' }]);
const chairWg2 = who([
  { groupId: 'wg2', role: 'chair' },
  { groupId: 'fg-mv', role: 'member' },
]);
const member = who([{ groupId: 'fg-mv', role: 'member' }]);
const admin = who([], true);

describe('the group tree', () => {
  it('gives a group with the groups above it, nearest first, and with every group below it', () => {
    expect(tree.chainOf('q1')).toEqual(['q1', 'wg2', 'fg-mv']);
    expect(tree.chainOf('sg20')).toEqual(['sg20']);
    expect(tree.subtreeOf('fg-mv')).toEqual(['fg-mv', 'wg2', 'wg3', 'q1']);
    expect(tree.subtreeOf('wg3')).toEqual(['wg3']);
  });

  it('stops at a loop in the data instead of walking forever', () => {
    const loop = groupTree([
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ]);
    expect(loop.chainOf('a')).toEqual(['a', 'b']);
    expect(loop.subtreeOf('a')).toEqual(['a', 'b']);
  });
});

describe('the admin area', () => {
  it('is open to site admins and to the secretariat of any group; site pages only to site admins', () => {
    expect(adminAbilities(admin)).toMatchObject({ site: true, area: true });
    expect(adminAbilities(secretariat)).toMatchObject({ site: false, area: true });
    expect(adminAbilities(chairWg2)).toMatchObject({ site: false, area: false });
    expect(adminAbilities(member)).toMatchObject({ site: false, area: false });
    expect(adminAbilities(null)).toMatchObject({ site: false, area: false });
  });

  it('lets the secretariat grant roles in its groups and below, a site admin everywhere', () => {
    const grantable = (p: Principal) => GROUPS.filter((g) => adminAbilities(p).grantRolesIn(tree.chainOf(g.id)));
    expect(grantable(secretariat).map((g) => g.id)).toEqual(['fg-mv', 'wg2', 'wg3', 'q1']);
    expect(grantable(admin)).toHaveLength(GROUPS.length);
    expect(grantable(chairWg2)).toEqual([]);
  });
});

describe('the home page’s sections', () => {
  it('follow the roles held by name: a chair’s groups, the secretariat’s groups and all below', () => {
    expect(homeSections(chairWg2, tree)).toEqual({ chaired: ['wg2'], serves: false, managed: [] });
    expect(homeSections(secretariat, tree)).toEqual({
      chaired: [],
      serves: true,
      managed: ['fg-mv', 'wg2', 'wg3', 'q1'],
    });
    expect(homeSections(admin, tree)).toEqual({ chaired: [], serves: false, managed: [] });
    expect(homeSections(null, tree)).toEqual({ chaired: [], serves: false, managed: [] });
  });
});

describe('an outgoing liaison statement’s steps', () => {
  const chain = ['wg2', 'fg-mv'];
  const steps = Object.keys(LIAISON_STEPS) as (keyof typeof LIAISON_STEPS)[];

  it('are agreed and reopened by the chairs, approved and sent by the secretariat', () => {
    const taken = (p: Principal) => steps.filter((s) => takesLiaisonStep(p, chain, s));
    expect(taken(chairWg2)).toEqual(['agreed', 'draft']);
    expect(taken(secretariat)).toEqual(['agreed', 'draft', 'approved', 'sent']);
    expect(taken(member)).toEqual([]);
  });

  it('are offered on a statement only from the state each starts from', () => {
    const offered = (p: Principal, state: 'draft' | 'agreed' | 'approved' | 'sent') => {
      const may = liaisonAbilities(p, chain, { state, direction: 'out' });
      return (['agree', 'reopen', 'approve', 'send'] as const).filter((a) => may[a]);
    };
    expect(offered(chairWg2, 'draft')).toEqual(['agree']);
    expect(offered(chairWg2, 'agreed')).toEqual(['reopen']);
    expect(offered(chairWg2, 'approved')).toEqual([]);
    expect(offered(secretariat, 'agreed')).toEqual(['reopen', 'approve']);
    expect(offered(secretariat, 'approved')).toEqual(['send']);
    expect(offered(secretariat, 'sent')).toEqual([]);
  });

  it('are only those four', () => {
    expect(isLiaisonStep('approved')).toBe(true);
    expect(isLiaisonStep('withdrawn')).toBe(false);
    expect(isLiaisonStep('constructor')).toBe(false);
  });
});

describe('the reader of a meeting’s published texts', () => {
  it('is anyone for a public meeting, a member of its group for a members-only one', () => {
    expect(publishedReader({ documentAccess: 'public', groupId: 'fg-mv' })).toBeNull();
    expect(publishedReader({ documentAccess: 'members', groupId: 'fg-mv' })?.roles).toEqual([
      { groupId: 'fg-mv', role: 'member' },
    ]);
  });
});
