/**
 * A submission's metadata schema, by the meeting's rules (the fields it requires, whether it has Questions or WGs
 * to propose): the submission form checks it in the browser before the upload starts, and the server checks every
 * submission with it (the browser's, by e-mail, through the API). Messages are catalogue keys.
 */
import { z } from 'zod';
import { PURPOSES } from '../../../db/schema/documents';
import { MAX_CONTACTS } from './contacts';
import { requiredFieldErrors, type RequirableField } from './required-fields';
import { TITLE_MAX } from './submission-types';

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

export interface MetaRules {
  required: RequirableField[];
  /** Whether the meeting's group has Questions or WGs to choose: only then can they be required. */
  hasProposable: boolean;
}

/** A contact row that names nobody (the form's empty row for adding one) is no contact. */
export const namesNobody = (c: { name: string; email: string; organisation: string }) =>
  !(c.name.trim() || c.email.trim() || c.organisation.trim());

const text = (max: number) => z.string().trim().max(max, 'submissions.tooLong');
const anEmail = z.string().email();

const contacts = z
  .array(
    z.object({
      name: text(200),
      organisation: text(200),
      country: text(100),
      email: z.string().trim().max(254, 'error.field.email'),
      phone: text(60),
    }),
  )
  // Checked where they stand in the form, so that a message lands on its own row.
  .superRefine((rows, ctx) => {
    rows.forEach((c, i) => {
      if (!namesNobody(c) && !anEmail.safeParse(c.email).success)
        ctx.addIssue({ code: 'custom', path: [i, 'email'], message: 'error.field.email' });
    });
    if (rows.filter((c) => !namesNobody(c)).length > MAX_CONTACTS)
      ctx.addIssue({ code: 'custom', message: 'submissions.tooManyContacts' });
  });

export const submissionMetaInput = ({ required, hasProposable }: MetaRules) =>
  z
    .object({
      type: z.string().min(1, 'error.field.required'),
      title: z.string().trim().min(1, 'error.field.required').max(TITLE_MAX, 'submissions.titleTooLong'),
      source: text(1000),
      purpose: z
        .string()
        .refine((p) => p === '' || (PURPOSES as readonly string[]).includes(p), 'submissions.purposeRequired'),
      keywords: text(1000),
      abstract: text(10_000),
      proposedGroups: z.array(z.string()),
      contacts,
    })
    // The meeting's required fields are named together with every other problem (a transform before would hide them).
    .superRefine((values, ctx) => {
      for (const [field, message] of Object.entries(requiredFieldErrors(values, required, hasProposable)))
        ctx.addIssue({ code: 'custom', path: [field], message });
    })
    .transform((values) => ({ ...values, contacts: values.contacts.filter((c) => !namesNobody(c)) }));

/** The form's values from its posted fields, the repeated contact fields aligned by position. */
export function metaOfFields(fields: Record<string, string[]>): MetaValues {
  const one = (k: string) => fields[k]?.[0] ?? '';
  const col = (k: string) => fields[k] ?? [];
  const emails = col('contactEmail');
  const names = col('contactName');
  return {
    type: one('type'),
    title: one('title'),
    source: one('source'),
    purpose: one('purpose'),
    keywords: one('keywords'),
    abstract: one('abstract'),
    proposedGroups: col('proposedGroups'),
    contacts: Array.from({ length: Math.max(names.length, emails.length) }, (_, i) => ({
      name: names[i] ?? '',
      organisation: col('contactOrganisation')[i] ?? '',
      country: col('contactCountry')[i] ?? '',
      email: emails[i] ?? '',
      phone: col('contactPhone')[i] ?? '',
    })),
  };
}

/** A form's payload as conform reads it: each field's text values (files are checked apart). */
const textLists = (payload: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(payload).map(([k, v]) => [k, [v].flat().filter((x): x is string => typeof x === 'string')]),
  );

/**
 * The browser's submission form, checked as the server checks its metadata; reading the cover page of the main
 * file comes first, and asks for nothing.
 */
export const submissionFormInput = (rules: MetaRules) => {
  const meta = submissionMetaInput(rules);
  return z.record(z.unknown()).superRefine((payload, ctx) => {
    if (payload.intent === 'read') return;
    const checked = meta.safeParse(metaOfFields(textLists(payload)));
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue(issue);
  });
};
