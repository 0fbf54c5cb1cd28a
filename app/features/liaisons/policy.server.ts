/**
 * Who may do what with incoming statements. The secretariat of every group a statement is addressed to registers
 * it; the chairs of those groups (or of the WG or Question it is assigned to) assign it, mark the reply drafted
 * and close it with no action; the responsible person may mark the reply drafted too; the groups' members read it.
 * The skipped reminders are shown to the secretariat.
 */
import { can, type Principal } from '../groups/permissions.server';

export interface IncomingSubject {
  /** For each group the statement is addressed to: the group and the groups above it. */
  addresseeChains: string[][];
  /** The assigned WG or Question and the groups above it (empty when not assigned). */
  assignedChain: string[];
  responsibleUserId: string | null;
}

export function incomingAbilities(principal: Principal | null, s: IncomingSubject) {
  const chains = [...s.addresseeChains, ...(s.assignedChain.length ? [s.assignedChain] : [])];
  const any = (action: 'collab.read' | 'collab.edit' | 'liaison.approve') =>
    chains.some((groupChain) => can(principal, action, { groupChain }));
  const manage = any('collab.edit');
  const responsible = !!principal && principal.id === s.responsibleUserId;
  return {
    read: any('collab.read') || responsible,
    manage,
    markDrafted: manage || responsible,
    secretariat: any('liaison.approve'),
  };
}

/** Registering statements addressed to the group, and setting its reminder thresholds: its secretariat. */
export const canRegisterIncoming = (principal: Principal | null, groupChain: string[]) =>
  can(principal, 'liaison.approve', { groupChain });

/** Seeing the statements addressed to a group: its members (and everyone above them). */
export const canReadGroupLiaisons = (principal: Principal | null, groupChain: string[]) =>
  can(principal, 'collab.read', { groupChain });
