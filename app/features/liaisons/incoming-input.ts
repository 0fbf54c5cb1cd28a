/**
 * The forms of incoming statements, one zod schema each for the browser and the server: registering one (the
 * secretariat), assigning it, closing it with no action, and a group's reminder thresholds. Addressed groups are
 * one per line, "sg20 | action" (the group's URL name or code, then for action / comment / information).
 */
import { z } from 'zod';
import { ADDRESSEE_PURPOSES, type AddresseePurpose } from '../../../db/schema/collaboration';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) =>
  DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AddressedGroup {
  group: string;
  purpose: AddresseePurpose;
}

/** "sg20 | action" lines; a missing purpose reads as "action". */
export function parseAddressedGroups(v: unknown): { group: string; purpose: string }[] {
  if (Array.isArray(v)) return v as AddressedGroup[];
  return String(v ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [group = '', purpose = 'action'] = l.split('|').map((s) => s.trim());
      return { group, purpose: purpose.toLowerCase() || 'action' };
    });
}

const addressedGroups = z
  .preprocess(parseAddressedGroups, z.array(z.object({ group: z.string(), purpose: z.string() })))
  .transform((list, ctx) => {
    if (!list.length) {
      ctx.addIssue({ code: 'custom', message: 'liaisons.error.noGroups' });
      return z.NEVER;
    }
    if (list.length > 30) ctx.addIssue({ code: 'custom', message: 'submissions.tooLong' });
    for (const a of list)
      if (!(ADDRESSEE_PURPOSES as readonly string[]).includes(a.purpose)) {
        ctx.addIssue({ code: 'custom', message: 'liaisons.error.purpose' });
        return z.NEVER;
      }
    return list as AddressedGroup[];
  });

const optionalDate = z
  .string()
  .trim()
  .refine((d) => d === '' || validDate(d), 'liaisons.error.date')
  .default('');

/** A list of ids as a form posts it (one value, several, or none). */
const idList = z
  .preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()))
  .refine((ids) => ids.every((id) => UUID.test(id)), 'liaisons.error.unknownStatement')
  .default([]);

export const incomingFields = z
  .object({
    title: z.string().trim().min(1, 'error.field.required').max(300, 'submissions.tooLong'),
    reference: z.string().trim().max(100, 'submissions.tooLong').default(''),
    senderOrganisation: z.string().trim().min(1, 'error.field.required').max(100, 'submissions.tooLong'),
    senderGroup: z.string().trim().max(200, 'submissions.tooLong').default(''),
    receivedOn: z.string().trim().refine(validDate, 'liaisons.error.date'),
    replyDeadline: optionalDate,
    addressees: addressedGroups,
    summary: z.string().max(100_000, 'submissions.tooLong').default(''),
    answers: idList,
  })
  .superRefine((f, ctx) => {
    if (f.replyDeadline && validDate(f.receivedOn) && f.replyDeadline < f.receivedOn)
      ctx.addIssue({ code: 'custom', path: ['replyDeadline'], message: 'liaisons.error.deadlineBeforeReceived' });
    if (f.replyDeadline === '' && Array.isArray(f.addressees) && f.addressees.some((a) => a.purpose === 'action'))
      ctx.addIssue({ code: 'custom', path: ['replyDeadline'], message: 'liaisons.error.deadlineRequired' });
  });

/** Assigning: the WG or Question (a group's id) and the responsible person (an account's e-mail, or a name). */
export const assignFields = z.object({
  assignedGroupId: z
    .string()
    .trim()
    .refine((v) => UUID.test(v), 'liaisons.error.assignedGroup'),
  responsible: z.string().trim().min(1, 'error.field.required').max(300, 'submissions.tooLong'),
  version: z.string().regex(/^\d+$/, 'error.field.required'),
});

export const noActionFields = z.object({
  reason: z.string().trim().min(1, 'liaisons.error.reason').max(2000, 'submissions.tooLong'),
  version: z.string().regex(/^\d+$/, 'error.field.required'),
});

/** A group's reminder thresholds: "30, 14, 3" (days before the reply deadline, 0 to 365, at most six). */
export const reminderFields = z.object({
  days: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const parts = v.split(/[\s,;]+/).filter(Boolean);
      const days = parts.map(Number);
      if (!parts.length || parts.length > 6 || days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) {
        ctx.addIssue({ code: 'custom', message: 'liaisons.error.reminderDays' });
        return z.NEVER;
      }
      return [...new Set(days)].sort((a, b) => b - a);
    }),
});

/** The outgoing form's "answers" boxes: the incoming statements an outgoing one replies to. */
export const answersField = idList;
