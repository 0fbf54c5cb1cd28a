/**
 * A submission's metadata: the values read from the posted form (the browser's or another client's), and
 * their validation against the meeting (required fields, accepted types, proposable groups).
 */
import { z } from 'zod';
import { PURPOSES, type Contact, type DocumentType } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import type { Meeting } from '../meetings/meetings.server';
import { MAX_CONTACTS } from './contacts';
import { requiredFieldErrors, requiredFieldsOf } from './required-fields';
import { TITLE_MAX } from './submission-types';
import type { StoredUpload } from './uploads.server';

const text = (max: number) => z.string().trim().max(max, 'submissions.tooLong');
const metaSchema = z.object({
  type: z.string().min(1, 'error.field.required'),
  title: z.string().trim().min(1, 'error.field.required').max(TITLE_MAX, 'submissions.titleTooLong'),
  source: text(1000),
  purpose: z.enum(PURPOSES, { message: 'submissions.purposeRequired' }).or(z.literal('')),
  keywords: text(1000),
  abstract: text(10_000),
  proposedGroups: z.array(z.string()),
  contacts: z
    .array(
      z.object({
        name: text(200),
        organisation: text(200),
        country: text(100),
        email: z.string().trim().max(254, 'error.field.email').email('error.field.email'),
        phone: text(60),
      }),
    )
    .max(MAX_CONTACTS, 'submissions.tooManyContacts'),
});

export interface MetaValues {
  type: string;
  title: string;
  source: string;
  purpose: string;
  keywords: string;
  abstract: string;
  proposedGroups: string[];
  contacts: { name: string; organisation: string; country: string; email: string; phone: string }[];
}

/** The form's values from posted fields (repeated contact fields are aligned by position). */
export function metaFromFields(fields: Record<string, string[]>): MetaValues {
  const one = (k: string) => fields[k]?.[0] ?? '';
  const col = (k: string) => fields[k] ?? [];
  const names = col('contactName');
  const orgs = col('contactOrganisation');
  const countries = col('contactCountry');
  const emails = col('contactEmail');
  const phones = col('contactPhone');
  const n = Math.max(names.length, emails.length);
  const contacts = Array.from({ length: n }, (_, i) => ({
    name: names[i] ?? '',
    organisation: orgs[i] ?? '',
    country: countries[i] ?? '',
    email: emails[i] ?? '',
    phone: phones[i] ?? '',
  })).filter((c) => c.name.trim() || c.email.trim() || c.organisation.trim());
  return {
    type: one('type'),
    title: one('title'),
    source: one('source'),
    purpose: one('purpose'),
    keywords: one('keywords'),
    abstract: one('abstract'),
    proposedGroups: col('proposedGroups'),
    contacts,
  };
}

/** How a multipart request carries a submission: the browser form's fields, or another client's (the JSON API). */
export interface SubmissionFormat {
  /** The part that holds the main file; every other file part is an attachment. */
  mainField: string;
  /** The metadata, from the text parts (throws a DomainError when they cannot be read). */
  values: (fields: Record<string, string[]>) => MetaValues;
  /** Whether uploads of a refused submission stay staged for the next try of the same form (the browser's review step). */
  keepStaged: boolean;
}

export const BROWSER_FORM: SubmissionFormat = { mainField: 'main', values: metaFromFields, keepStaged: true };

/** The received files with the roles the format gives their parts ('main' or an attachment). */
export const withRoles = (files: StoredUpload[], format: SubmissionFormat) =>
  files.map((f) => ({ ...f, field: f.field === format.mainField ? 'main' : 'attachment' }));

export function validateMeta(values: MetaValues, meeting: Meeting, proposable: { code: string }[]) {
  // The fields the meeting requires are checked together with the rest, so every problem is named at once.
  const missing = requiredFieldErrors(values, requiredFieldsOf(meeting), proposable.length > 0);
  let parsed;
  try {
    parsed = parseOrThrow(metaSchema, values);
  } catch (err) {
    if (err instanceof DomainError)
      throw new DomainError(err.code, err.messageKey, err.vars, { ...missing, ...err.fieldErrors });
    throw err;
  }
  if (Object.keys(missing).length) throw new DomainError('invalid', 'error.field.required', undefined, missing);
  if (meeting.documentTypes.length && !meeting.documentTypes.includes(parsed.type))
    throw new DomainError('invalid', 'submissions.typeNotTaken', undefined, { type: 'submissions.typeNotTaken' });
  const codes = new Set(proposable.map((p) => p.code));
  return {
    ...parsed,
    type: parsed.type as DocumentType,
    purpose: parsed.purpose || null,
    keywords: parsed.keywords
      .split(/[,;\n，；]/)
      .map((k) => k.trim())
      .filter(Boolean)
      .slice(0, 50),
    proposedGroups: parsed.proposedGroups.filter((c) => codes.has(c)),
    contacts: parsed.contacts.map(({ phone, ...c }): Contact => (phone ? { ...c, phone } : c)),
  };
}

export type ValidMeta = ReturnType<typeof validateMeta>;
