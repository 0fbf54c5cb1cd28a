/**
 * The fields a meeting requires before it accepts a submission (besides the type and the title, always
 * required), and the message a missing one gets: one rule, used by the browser form before it uploads and
 * by the server for every submission, so both say the same.
 */
import type { MessageKey } from '~/i18n';

export const REQUIRABLE_FIELDS = ['source', 'purpose', 'abstract', 'keywords', 'contacts', 'proposedGroups'] as const;
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];
export const DEFAULT_REQUIRED_FIELDS: RequirableField[] = ['source', 'purpose', 'abstract', 'contacts'];

const MESSAGES: Record<RequirableField, MessageKey> = {
  source: 'error.field.required',
  purpose: 'submissions.purposeRequired',
  abstract: 'submissions.abstractRequired',
  keywords: 'submissions.keywordsRequired',
  contacts: 'submissions.contactRequired',
  proposedGroups: 'submissions.proposedRequired',
};

/** How the submission form names each field. */
export const FIELD_LABELS: Record<RequirableField, MessageKey> = {
  source: 'submissions.submit.f.source',
  purpose: 'submissions.submit.f.purpose',
  abstract: 'submissions.submit.f.abstract',
  keywords: 'submissions.submit.f.keywords',
  contacts: 'submissions.submit.contacts',
  proposedGroups: 'submissions.submit.f.proposed',
};

interface Filled {
  source: string;
  purpose: string;
  abstract: string;
  keywords: string;
  proposedGroups: string[];
  contacts: { name: string; email: string }[];
}

function isFilled(values: Filled, field: RequirableField): boolean {
  switch (field) {
    case 'contacts':
      return values.contacts.some((c) => c.email.trim());
    case 'proposedGroups':
      return values.proposedGroups.length > 0;
    default:
      return values[field].trim() !== '';
  }
}

/** The meeting's required fields, known ones only, in the form's order. */
export function requiredFieldsOf(meeting: { requiredFields?: string[] | null }): RequirableField[] {
  const wanted = meeting.requiredFields ?? DEFAULT_REQUIRED_FIELDS;
  return REQUIRABLE_FIELDS.filter((f) => wanted.includes(f));
}

/** The required fields left empty. `proposedGroups` counts only where the meeting's group has Questions or WGs to choose. */
export function missingFields(values: Filled, required: RequirableField[], hasProposable = true): RequirableField[] {
  return required.filter((f) => (f !== 'proposedGroups' || hasProposable) && !isFilled(values, f));
}

/** Field errors (catalogue keys by field name) for the required fields left empty. */
export function requiredFieldErrors(
  values: Filled,
  required: RequirableField[],
  hasProposable = true,
): Record<string, MessageKey> {
  return Object.fromEntries(missingFields(values, required, hasProposable).map((f) => [f, MESSAGES[f]]));
}
