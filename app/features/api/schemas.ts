/**
 * The API's shapes as zod schemas: requests are checked by them and the OpenAPI document is generated from them
 * (openapi.server.ts), so the description cannot drift from what the routes accept and answer.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { DEADLINE_RULES } from '../meetings/deadlines';
import {
  API_SCOPES,
  DECISIONS,
  DOCUMENT_STATES,
  DOCUMENT_TYPES,
  FILE_ROLES,
  LOCATION_KINDS,
  PURPOSES,
} from '../../../db/schema';

extendZodWithOpenApi(z);

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 100;

const instant = z.string().datetime({ offset: true }).openapi({ example: '2026-03-01T09:30:00.000Z' });
const link = z.object({ id: z.string().uuid(), number: z.string().openapi({ example: 'FGMV-I-012 Rev.1' }) });

export const Problem = z
  .object({
    type: z.string().openapi({ example: '/api#problem-invalid' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ description: 'The catalogue key of the message, for programs to branch on.' }),
    errors: z.record(z.string()).optional().openapi({ description: 'A message per field.' }),
    requestId: z.string().optional().openapi({ description: 'With a 500: the reference to quote.' }),
  })
  .openapi('Problem');

export const Meeting = z
  .object({
    slug: z.string(),
    title: z.string(),
    group: z.object({ code: z.string(), slug: z.string(), name: z.string() }),
    startsOn: z.string().openapi({ format: 'date' }),
    endsOn: z.string().openapi({ format: 'date' }),
    timeZone: z.string().openapi({ example: 'Europe/Zurich' }),
    location: z.enum(LOCATION_KINDS),
    place: z.string(),
    url: z.string().url(),
  })
  .openapi('Meeting');

export const MeetingDetail = Meeting.extend({
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  host: z.string(),
  deadlines: z.object({
    input: instant.nullable().openapi({ description: 'Contributions must arrive before this instant.' }),
    reservation: instant.nullable().openapi({ description: 'Numbers can be reserved until this instant.' }),
    revisions: instant
      .nullable()
      .openapi({ description: 'Revisions must arrive before this instant (null: any time).' }),
    preregistration: instant.nullable(),
    visa: instant.nullable().openapi({ description: 'Visa-support requests must arrive before this instant.' }),
    fellowship: instant.nullable().openapi({ description: 'Fellowship requests must arrive before this instant.' }),
    acceptsLate: z.boolean().openapi({ description: 'Late contributions are taken (and marked late).' }),
  }),
  takesContributions: z.boolean(),
  documentTypes: z.array(z.enum(DOCUMENT_TYPES)).openapi({ description: 'Types it takes ([] for all).' }),
  attachmentFormats: z.array(z.string()),
  maxFileMb: z.number().int(),
  requiredFields: z.array(z.string()).openapi({ description: 'Fields a submission must give besides type and title.' }),
  documentAccess: z.enum(['public', 'members']),
}).openapi('MeetingDetail');

export const File = z
  .object({
    id: z.string().uuid(),
    role: z.enum(FILE_ROLES),
    name: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    url: z.string().url().openapi({ description: 'Download with the same token.' }),
  })
  .openapi('File');

export const Document = z
  .object({
    id: z.string().uuid(),
    meeting: z.string().openapi({ description: "The meeting's slug." }),
    number: z.string().nullable().openapi({ example: 'FGMV-I-012', description: 'Null until registered.' }),
    title: z.string(),
    source: z.string(),
    type: z.enum(DOCUMENT_TYPES),
    state: z.enum(DOCUMENT_STATES),
    withdrawnReason: z.enum(['not_submitted']).nullable().openapi({
      description:
        "'not_submitted': a number a member reserved and left without a file at the deadline (withdrawn, its number never reused).",
    }),
    access: z.enum(['public', 'members']),
    published: z.boolean(),
    decision: z.enum(DECISIONS).nullable(),
    groups: z.array(z.string()).openapi({ description: 'Codes of the WGs/Questions it is allocated to.' }),
    agendaItem: z.object({ id: z.string().uuid(), label: z.string(), title: z.string() }).nullable(),
    late: z.boolean(),
    submittedAt: instant.nullable(),
    registeredAt: instant.nullable(),
    revises: link.nullable(),
    revisedBy: z.array(link),
    files: z.array(File),
  })
  .openapi('Document');

export const DocumentPage = z
  .object({
    items: z.array(Document),
    total: z.number().int().openapi({ description: 'Documents in the view, all pages.' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  })
  .openapi('DocumentPage');

export const MeetingPage = z
  .object({ items: z.array(Meeting), total: z.number().int(), nextCursor: z.string().nullable() })
  .openapi('MeetingPage');

export const pageQuery = z.object({
  limit: z
    .string()
    .optional()
    .openapi({ description: `Items per page, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
  cursor: z.string().optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
});

export const documentQuery = pageQuery.extend({
  q: z.string().optional().openapi({ description: 'Search in number, title, source, keywords and abstract.' }),
  type: z.enum(DOCUMENT_TYPES).optional(),
  group: z.string().optional().openapi({ description: 'A WG or Question (slug), with the groups below it.' }),
  agendaItem: z.string().optional().openapi({ description: 'An agenda item, by id or label.' }),
  decision: z.union([z.enum(DECISIONS), z.literal('none')]).optional(),
  since: z
    .string()
    .optional()
    .openapi({ description: "Published or registered since: YYYY-MM-DD (meeting's time zone) or an ISO instant." }),
  late: z.enum(['yes', 'no']).optional(),
  sort: z.enum(['number', 'date']).optional(),
});

export const CoverReport = z
  .object({
    title: z.string(),
    source: z.string(),
    purpose: z.string(),
    keywords: z.string(),
    abstract: z.string(),
    questions: z.array(z.string()),
    type: z.string(),
    group: z.string(),
    contacts: z.array(
      z.object({
        name: z.string(),
        organisation: z.string(),
        country: z.string(),
        phone: z.string(),
        email: z.string(),
      }),
    ),
    warnings: z.array(z.string()),
  })
  .openapi('CoverReport');

const contact = z
  .object({
    name: z.string().default(''),
    organisation: z.string().default(''),
    country: z.string().default(''),
    email: z.string().default(''),
    phone: z.string().default(''),
  })
  .strict();

export const SubmissionMetadata = z
  .object({
    type: z.string().default('').openapi({ description: 'A document type the meeting takes.' }),
    title: z.string().default(''),
    source: z.string().default(''),
    purpose: z.union([z.enum(PURPOSES), z.literal('')]).default(''),
    keywords: z.union([z.string(), z.array(z.string())]).default(''),
    abstract: z.string().default(''),
    groups: z.array(z.string()).default([]).openapi({ description: 'WGs/Questions proposed (codes).' }),
    contacts: z.array(contact).default([]).openapi({ description: "Default: the token owner's contact." }),
  })
  .strict()
  .openapi('SubmissionMetadata', {
    description: 'Sent as JSON in the multipart part `metadata`. Empty fields take what the cover page says.',
  });

export const RevisionMetadata = SubmissionMetadata.omit({ type: true }).openapi('RevisionMetadata');

export const Receipt = z
  .object({
    number: z.string().nullable().openapi({ description: 'Null until the secretariat registers it.' }),
    submittedAt: instant,
    late: z.boolean(),
    requestBeganAt: instant.nullable().openapi({
      description:
        'The server time at which the submitting request arrived, before its body was read: the deadline judges it.',
    }),
    deadlineRule: z.enum(DEADLINE_RULES).nullable().openapi({
      description: 'What let it in: on time, within the grace period, on the late list, late, or no deadline.',
    }),
    files: z.array(
      z.object({ role: z.enum(FILE_ROLES), name: z.string(), size: z.number().int(), sha256: z.string() }),
    ),
    acknowledgedTo: z.array(z.string()).openapi({ description: 'Where the acknowledgment e-mail went.' }),
    url: z.string().url(),
  })
  .openapi('Receipt');

export const SubmissionCreated = z
  .object({ id: z.string().uuid(), state: z.enum(DOCUMENT_STATES), receipt: Receipt })
  .openapi('SubmissionCreated');

const version = z
  .number()
  .int()
  .optional()
  .openapi({ description: "The document's version you acted on; a different current one refuses (409)." });

export const RegisterBody = z
  .object({
    part: z.string().max(10).optional().openapi({ description: 'For numbers with a part: PLEN, GEN, WP1…' }),
    version,
  })
  .strict()
  .openapi('RegisterBody');
export const Registered = z.object({ number: z.string() }).openapi('Registered');

export const AllocationBody = z
  .object({
    groups: z
      .array(z.string())
      .optional()
      .openapi({ description: 'The WGs/Questions (codes) it is to be allocated to.' }),
    agendaItem: z.string().nullable().optional().openapi({ description: 'Agenda item id or label; null clears it.' }),
    version,
  })
  .strict()
  .openapi('AllocationBody');
export const Allocation = z
  .object({
    groups: z.array(z.string()),
    agendaItem: z.object({ id: z.string().uuid(), label: z.string(), title: z.string() }).nullable(),
  })
  .openapi('Allocation');

export const DecisionBody = z
  .object({
    decision: z.enum(DECISIONS).nullable().openapi({ description: 'Null clears it.' }),
    note: z
      .string()
      .max(2000)
      .optional()
      .openapi({ description: 'Shown with the decision on the document page and kept in its history event.' }),
    target: z.string().max(100).optional().openapi({
      description:
        'With "revised", "merged" or "replied_to": the number of the other document of the meeting (e.g. "FGMV-I-045 Rev.1"), shown on both pages.',
    }),
    revisedBy: z.string().uuid().optional().openapi({ description: 'With "revised": the revising document.' }),
    version,
  })
  .strict()
  .openapi('DecisionBody');
export const Decided = z.object({ decision: z.enum(DECISIONS).nullable() }).openapi('Decided');

export const PublicationBody = z
  .object({
    published: z.boolean().optional(),
    access: z.enum(['public', 'members']).optional(),
  })
  .strict()
  .openapi('PublicationBody');
export const Publication = z
  .object({ published: z.boolean(), access: z.enum(['public', 'members']) })
  .openapi('Publication');

export const Scope = z.enum(API_SCOPES);
