import { describe, expect, it } from 'vitest';
import { authorize, can, type Principal } from '../../app/features/groups/permissions.server';

const FGMV = 'fg-mv',
  WG2 = 'wg2',
  WG3 = 'wg3',
  SG20 = 'sg20';
const wg2 = [WG2, FGMV],
  wg3 = [WG3, FGMV],
  fgmv = [FGMV],
  sg20 = [SG20];
const who = (roles: Principal['roles'], isAdmin = false): Principal => ({ id: 'u1', isAdmin, roles });

describe('who may do what', () => {
  const secretariat = who([{ groupId: FGMV, role: 'secretariat' }]);
  const chairWg2 = who([
    { groupId: WG2, role: 'chair' },
    { groupId: FGMV, role: 'member' },
  ]);
  const member = who([{ groupId: FGMV, role: 'member' }]);

  it('scopes a chair to their own group', () => {
    expect(can(chairWg2, 'document.allocate', { groupChain: wg2 })).toBe(true);
    expect(can(chairWg2, 'document.allocate', { groupChain: wg3 })).toBe(false);
    expect(can(chairWg2, 'document.allocate', { groupChain: fgmv })).toBe(false);
  });

  it('lets the secretariat of a group manage everything below it, not other groups', () => {
    expect(can(secretariat, 'document.manage', { groupChain: wg3 })).toBe(true);
    expect(can(secretariat, 'meeting.manage', { groupChain: fgmv })).toBe(true);
    expect(can(secretariat, 'meeting.manage', { groupChain: sg20 })).toBe(false);
  });

  it('keeps members-only documents from anonymous visitors and non-members', () => {
    expect(can(null, 'document.read', { groupChain: fgmv, access: 'public' })).toBe(true);
    expect(can(null, 'document.read', { groupChain: fgmv, access: 'members' })).toBe(false);
    expect(can(member, 'document.read', { groupChain: sg20, access: 'members' })).toBe(false);
    expect(can(member, 'document.read', { groupChain: wg2, access: 'members' })).toBe(true);
    expect(can(who([]), 'document.read', { groupChain: sg20, access: 'members', ownerIds: ['u1'] })).toBe(true);
  });

  it('lets anyone signed in submit to an open group, only members to a closed one', () => {
    expect(can(who([]), 'document.submit', { groupChain: fgmv, openParticipation: true })).toBe(true);
    expect(can(who([]), 'document.submit', { groupChain: sg20, openParticipation: false })).toBe(false);
    expect(can(null, 'document.submit', { groupChain: fgmv, openParticipation: true })).toBe(false);
  });

  it('says "sign in" to anonymous visitors and "forbidden" to others when a policy refuses', () => {
    expect(() => authorize(null, true)).toThrow(expect.objectContaining({ code: 'unauthenticated', status: 401 }));
    expect(() => authorize(member, false)).toThrow(expect.objectContaining({ code: 'forbidden', status: 403 }));
    expect(() => authorize(member, true)).not.toThrow();
  });

  it('lets a site admin do everything', () => {
    expect(can(who([], true), 'liaison.approve', { groupChain: sg20 })).toBe(true);
  });
});
