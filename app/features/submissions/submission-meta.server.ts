/**
 * A submission's metadata: the values read from the posted form (the browser's or another client's), and
 * their validation against the meeting (required fields, accepted types, proposable groups).
 */
import type { Contact, DocumentType, Purpose } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import type { Meeting } from '../meetings/meetings.server';
import { requiredFieldsOf } from './required-fields';
import { metaOfFields, namesNobody, submissionMetaInput, type MetaValues } from './submission-meta-input';
import type { StoredUpload } from './uploads.server';

export type { MetaValues };

/** The browser form's values from its posted fields, without the rows naming no contact. */
export function metaFromFields(fields: Record<string, string[]>): MetaValues {
  const values = metaOfFields(fields);
  return { ...values, contacts: values.contacts.filter((c) => !namesNobody(c)) };
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
  const rules = { required: requiredFieldsOf(meeting), hasProposable: proposable.length > 0 };
  const parsed = parseOrThrow(submissionMetaInput(rules), values);
  if (meeting.documentTypes.length && !meeting.documentTypes.includes(parsed.type))
    throw new DomainError('invalid', 'submissions.typeNotTaken', undefined, { type: 'submissions.typeNotTaken' });
  const codes = new Set(proposable.map((p) => p.code));
  return {
    ...parsed,
    type: parsed.type as DocumentType,
    purpose: (parsed.purpose || null) as Purpose | null,
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
