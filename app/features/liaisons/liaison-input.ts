/**
 * A liaison statement's fields as its forms give them (new outgoing statement, its details, a registered incoming
 * one), checked in the browser and on the server alike. Addressees and contacts are one per line in a text area.
 */
import { z } from 'zod';
import { ADDRESSEE_PURPOSES, type Addressee, type AddresseePurpose, type Contact } from '../../../db/schema';
import { CATALOGUES } from '../../i18n/catalogues';
import { answersField } from './incoming-input';

const lines = (v: unknown) =>
  String(v ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const wordOf = (s: string) =>
  s
    .toLocaleLowerCase()
    .replace(/[\s:：]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The words that name each purpose: its code, and in every catalogue the purpose ("For action", "供采取行动") and the
 * LS label ("For action to:"), so a line may be typed in any language of the portal.
 */
const PURPOSE_WORDS = new Map<string, AddresseePurpose>(
  ADDRESSEE_PURPOSES.flatMap((purpose) => {
    const label = ({ action: 'doc.forAction', comment: 'doc.forComment', information: 'doc.forInformation' } as const)[
      purpose
    ];
    const words = Object.values(CATALOGUES).flatMap((c) => [c[`liaison.purpose.${purpose}`], c[label]]);
    return [purpose, ...words].map((w) => [wordOf(w), purpose] as const);
  }),
);

/** One addressee per line: "ITU-T SG21 | tsbsg21@itu.int | action" (the e-mail may be left empty). */
export function parseAddressees(v: unknown): Addressee[] {
  if (Array.isArray(v)) return v as Addressee[];
  return lines(v).map((l) => {
    const [name = '', email = '', purpose = 'information'] = l.split('|').map((s) => s.trim());
    return { name, email, purpose: PURPOSE_WORDS.get(wordOf(purpose)) ?? (purpose as Addressee['purpose']) };
  });
}
/** One contact per line: "name | organisation | country | e-mail". */
export function parseContacts(v: unknown): Contact[] {
  if (Array.isArray(v)) return v as Contact[];
  return lines(v).map((l) => {
    const [name = '', organisation = '', country = '', email = ''] = l.split('|').map((s) => s.trim());
    return { name, organisation, country, email };
  });
}
export const formatAddressees = (a: Addressee[]) => a.map((x) => [x.name, x.email, x.purpose].join(' | ')).join('\n');
export const formatContacts = (c: Contact[]) =>
  c.map((x) => [x.name, x.organisation, x.country, x.email].join(' | ')).join('\n');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const addressee = z.object({
  name: z.string().trim().min(1, 'liaison.error.addresseeName').max(200, 'submissions.tooLong'),
  email: z
    .string()
    .trim()
    .max(254, 'submissions.tooLong')
    .refine((e) => e === '' || EMAIL.test(e), 'error.field.email'),
  purpose: z.enum(ADDRESSEE_PURPOSES, { message: 'liaison.error.purpose' }),
});
const contact = z.object({
  name: z.string().trim().min(1, 'liaison.error.contactName').max(200, 'submissions.tooLong'),
  organisation: z.string().trim().max(200, 'submissions.tooLong').default(''),
  country: z.string().trim().max(100, 'submissions.tooLong').default(''),
  email: z
    .string()
    .trim()
    .refine((e) => EMAIL.test(e), 'error.field.email'),
});

/** Lines of a text area read by `parse`, each checked by `item`; the first problem is named on the text area. */
function lineList<T extends z.ZodTypeAny>(item: T, max: number, parse: (v: unknown) => unknown[]) {
  return z.preprocess(parse, z.array(z.unknown())).transform((list, ctx) => {
    const out: z.output<T>[] = [];
    if (list.length > max) ctx.addIssue({ code: 'custom', message: 'submissions.tooLong' });
    for (const x of list) {
      const checked = item.safeParse(x);
      if (checked.success) out.push(checked.data);
      else {
        ctx.addIssue({ code: 'custom', message: checked.error.issues[0].message });
        return z.NEVER;
      }
    }
    return out;
  });
}

const fields = z.object({
  title: z.string().trim().min(1, 'error.field.required').max(300, 'submissions.tooLong'),
  source: z.string().trim().max(200, 'submissions.tooLong').default(''),
  addressees: lineList(addressee, 50, parseAddressees),
  replyDeadline: z
    .string()
    .trim()
    .refine((d) => d === '' || /^\d{4}-\d{2}-\d{2}$/.test(d), 'liaison.error.deadlineFormat')
    .default(''),
  questions: z.string().trim().max(500, 'submissions.tooLong').default(''),
  contacts: lineList(contact, 20, parseContacts),
  inReplyToId: z
    .string()
    .trim()
    .refine((v) => v === '' || UUID.test(v), 'error.field.required')
    .default(''),
  body: z.string().max(200_000, 'submissions.tooLong').default(''),
  /** The incoming statements (app/features/liaisons) this outgoing one answers. */
  answersIncoming: answersField,
});

const deadlineWhenActionAsked = (f: z.output<typeof fields>, ctx: z.RefinementCtx) => {
  if (Array.isArray(f.addressees) && f.addressees.some((a) => a.purpose === 'action') && !f.replyDeadline)
    ctx.addIssue({ code: 'custom', path: ['replyDeadline'], message: 'liaison.error.deadlineRequired' });
};

/** An outgoing statement's fields (new, or its details page). */
export const liaisonFields = fields.superRefine(deadlineWhenActionAsked);

/** An incoming statement as the secretariat registers it: the source is required. */
export const incomingLiaisonFields = fields
  .extend({ source: z.string().trim().min(1, 'error.field.required').max(200, 'submissions.tooLong') })
  .superRefine(deadlineWhenActionAsked);
