/**
 * The participation forms' schemas (registration, visa-support request, settings, decisions): checked in the browser
 * and on the server alike. Messages are catalogue keys. Fields arrive as a form posts them (strings, ticked boxes
 * as one string or a list).
 */
import { z } from 'zod';
import { DELEGATE_ROLES, DELEGATIONS, PARTICIPANT_NEEDS, PARTICIPATION_MODES } from '../../../db/schema/participation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field left out of the form reads as `fallback`. */
const given = <T extends z.ZodTypeAny>(schema: T, fallback: unknown = '') =>
  z.preprocess((v) => (v === undefined || v === null ? fallback : v), schema);
/** Ticked boxes of one name: none, one (a string) or several; an empty placeholder value is dropped. */
const ticked = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== '')), z.array(item));
const yes = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
const text = (max: number) => given(z.string().trim().max(max, 'participation.error.tooLong'));
const required = (max: number) =>
  given(z.string().trim().min(1, 'error.field.required').max(max, 'participation.error.tooLong'));

export const registrationInput = z.object({
  mode: given(z.enum(PARTICIPATION_MODES, { message: 'participation.error.mode' })),
  organisation: required(200),
  delegation: given(z.enum(DELEGATIONS, { message: 'error.field.required' })),
  role: given(z.enum(DELEGATE_ROLES, { message: 'error.field.required' })),
  needs: ticked(z.enum(PARTICIPANT_NEEDS)),
  needsNote: text(1000),
});

/** Passport numbers: letters and digits, 5 to 20 of them (spaces and hyphens as typed are dropped). */
export const PASSPORT_NUMBER = /^[A-Z0-9]{5,20}$/;

export const visaInput = z
  .object({
    nameInPassport: required(200),
    nationality: required(100),
    passportNumber: given(
      z
        .string()
        .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
        .pipe(z.string().regex(PASSPORT_NUMBER, 'participation.visa.error.passportNumber')),
    ),
    birthDate: given(z.string().regex(DATE, 'participation.error.date')),
    stayFrom: given(z.string().regex(DATE, 'participation.error.date')),
    stayTo: given(z.string().regex(DATE, 'participation.error.date')),
    consulate: required(300),
  })
  .superRefine((v, ctx) => {
    if (DATE.test(v.stayFrom) && DATE.test(v.stayTo) && v.stayTo < v.stayFrom)
      ctx.addIssue({ code: 'custom', path: ['stayTo'], message: 'participation.visa.error.stayOrder' });
  });
export type VisaValues = z.output<typeof visaInput>;

export const settingsInput = z
  .object({
    modes: ticked(z.enum(PARTICIPATION_MODES)),
    closed: yes,
    organisationsPublic: yes,
    remoteLink: given(
      z.string().trim().max(500, 'participation.error.tooLong').url('participation.error.url').or(z.literal('')),
    ),
    signatoryName: text(200),
    signatoryTitle: text(200),
    hostCountry: text(100),
    hostCity: text(100),
    visaRetentionDays: z.preprocess(
      (v) => (v === undefined || v === '' ? 90 : typeof v === 'string' ? Number(v.trim() || NaN) : v),
      z
        .number({ message: 'participation.error.retention' })
        .int('participation.error.retention')
        .min(1, 'participation.error.retention')
        .max(730, 'participation.error.retention'),
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.modes.length) ctx.addIssue({ code: 'custom', path: ['modes'], message: 'participation.error.modes' });
  });

/** The secretariat's answer to a pending registration or a visa request: a refusal needs its reason. */
export const decisionInput = z
  .object({
    id: given(z.string().uuid('error.notFound')),
    decision: given(z.enum(['approve', 'refuse'], { message: 'error.field.required' })),
    reason: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'refuse' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'participation.error.reason' });
  });
