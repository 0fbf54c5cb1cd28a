/**
 * The OpenAPI 3.1 description of API v1, generated from the same zod schemas the routes check input with. Served at
 * /api/v1/openapi.json and rendered as the reference page at /api; a test checks that every /api/v1 route is in it.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { API_RATE_LIMIT } from './request.server';
import { PROBLEM_KINDS } from './problems.server';
import {
  Allocation,
  AllocationBody,
  CoverReport,
  Decided,
  DecisionBody,
  Document,
  DocumentPage,
  MeetingDetail,
  MeetingPage,
  Problem,
  Publication,
  PublicationBody,
  RegisterBody,
  Registered,
  RevisionMetadata,
  SubmissionCreated,
  SubmissionMetadata,
  documentQuery,
  pageQuery,
} from './schemas';
import type { ApiScope } from './tokens.server';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});
const json = (schema: z.ZodTypeAny, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const multipart = (metadata: z.ZodTypeAny, withAttachments = true) => ({
  content: {
    'multipart/form-data': {
      schema: z.object({
        file: z.string().openapi({ format: 'binary', description: 'The main file (.docx).' }),
        ...(withAttachments
          ? {
              attachments: z
                .array(z.string().openapi({ format: 'binary' }))
                .optional()
                .openapi({ description: 'Attachments in formats the meeting takes (any other file part counts too).' }),
            }
          : {}),
        metadata: z
          .string()
          .optional()
          .openapi({
            description: `JSON: ${metadata === RevisionMetadata ? 'RevisionMetadata' : 'SubmissionMetadata'}.`,
          }),
      }),
    },
  },
});

const slug = z.object({ slug: z.string().openapi({ example: 'fgmv-3-demo' }) });
const id = z.object({ id: z.string().uuid() });

type Operation = Omit<RouteConfig, 'responses'> & {
  scope?: ApiScope;
  ok: RouteConfig['responses'][string];
  status?: number;
};

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/meetings',
    tags: ['Meetings'],
    summary: 'Meetings, newest first',
    scope: 'read',
    request: { query: pageQuery.extend({ group: z.string().optional().openapi({ description: 'A group slug.' }) }) },
    ok: json(MeetingPage, 'A page of meetings.'),
  },
  {
    method: 'get',
    path: '/api/v1/meetings/{slug}',
    tags: ['Meetings'],
    summary: 'A meeting with its deadlines',
    scope: 'read',
    request: { params: slug },
    ok: json(MeetingDetail, 'The meeting.'),
  },
  {
    method: 'get',
    path: '/api/v1/meetings/{slug}/documents',
    tags: ['Documents'],
    summary: "A meeting's documents",
    description:
      'Registered (and withdrawn) documents the token may see, with the filters and search of ' +
      'the list page. Unknown filter values answer 400 with a message per parameter.',
    scope: 'read',
    request: { params: slug, query: documentQuery },
    ok: json(DocumentPage, 'A page of documents.'),
  },
  {
    method: 'post',
    path: '/api/v1/meetings/{slug}/submissions',
    tags: ['Submissions'],
    summary: 'Submit a contribution',
    description:
      "Checked as the portal's form checks it: the deadline when the request arrives, the file's " +
      "content, the meeting's formats, size limit (refused while streaming) and required fields. " +
      'The submitter and contacts are mailed an acknowledgment.',
    scope: 'submit',
    status: 201,
    request: { params: slug, body: multipart(SubmissionMetadata) },
    ok: json(SubmissionCreated, 'Received; awaiting registration.'),
  },
  {
    method: 'get',
    path: '/api/v1/documents/{id}',
    tags: ['Documents'],
    summary: 'A document',
    description: 'Any document the token may see, also before registration (its submitter and contacts see it).',
    scope: 'read',
    request: { params: id },
    ok: json(Document, 'The document.'),
  },
  {
    method: 'post',
    path: '/api/v1/documents/{id}/revisions',
    tags: ['Submissions'],
    summary: 'Submit a revision of a registered document',
    scope: 'submit',
    status: 201,
    request: { params: id, body: multipart(RevisionMetadata) },
    ok: json(SubmissionCreated, 'The revision (a new document, Rev.N of the same number), awaiting registration.'),
  },
  {
    method: 'post',
    path: '/api/v1/documents/{id}/register',
    tags: ['Secretariat'],
    summary: 'Register (number) a submitted document',
    scope: 'manage',
    request: { params: id, body: { content: { 'application/json': { schema: RegisterBody } } } },
    ok: json(Registered, 'Its number.'),
  },
  {
    method: 'post',
    path: '/api/v1/documents/{id}/allocation',
    tags: ['Secretariat'],
    summary: 'Allocate to WGs/Questions and an agenda item',
    description: 'The secretariat allocates within the meeting; a chair only within the groups they chair.',
    scope: 'manage',
    request: { params: id, body: { content: { 'application/json': { schema: AllocationBody } } } },
    ok: json(Allocation, 'Where it is allocated now.'),
  },
  {
    method: 'post',
    path: '/api/v1/documents/{id}/decision',
    tags: ['Secretariat'],
    summary: "Record the meeting's decision",
    scope: 'manage',
    request: { params: id, body: { content: { 'application/json': { schema: DecisionBody } } } },
    ok: json(Decided, 'The decision now.'),
  },
  {
    method: 'post',
    path: '/api/v1/documents/{id}/publication',
    tags: ['Secretariat'],
    summary: 'Publish or withdraw from the list; set access',
    scope: 'manage',
    request: { params: id, body: { content: { 'application/json': { schema: PublicationBody } } } },
    ok: json(Publication, 'Whether it is published, and to whom.'),
  },
  {
    method: 'get',
    path: '/api/v1/files/{id}',
    tags: ['Documents'],
    summary: 'Download a file',
    description:
      "A file's `url`: the same access rule as the document; Range requests answer 206. On S3 storage, a redirect to a short-lived signed address.",
    scope: 'read',
    request: { params: id },
    ok: {
      description: 'The file.',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  },
  {
    method: 'post',
    path: '/api/v1/cover',
    tags: ['Submissions'],
    summary: 'Read the cover page of a .docx',
    description:
      'The fields the submission form would be filled with, as `npm run cover` prints them; nothing is kept.',
    scope: 'submit',
    request: { body: multipart(SubmissionMetadata, false) },
    ok: json(CoverReport, 'What the cover page says.'),
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    tags: ['Reference'],
    summary: 'This description',
    ok: { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: z.object({}).passthrough() } } },
  },
];

function registry() {
  const r = new OpenAPIRegistry();
  r.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal access token (plenary_…) from the profile page or `npm run token`.',
  });
  for (const { scope, ok, status, ...op } of OPERATIONS) {
    const refusals = scope
      ? {
          400: problem('Unreadable request or wrong fields.'),
          401: problem('No token, or an unknown, revoked or expired one.'),
          403: problem(`The token lacks the "${scope}" scope, or its owner may not do this.`),
          404: problem('No such resource, or not one the token may see.'),
          429: problem(`Over ${API_RATE_LIMIT.points} calls in ${API_RATE_LIMIT.duration} s with this token.`),
          ...(op.method === 'post' ? { 409: problem('Changed in between, or not in a state that allows this.') } : {}),
        }
      : {};
    r.registerPath({
      ...op,
      ...(scope ? { security: [{ token: [] }], 'x-scope': scope } : { security: [] }),
      responses: { [status ?? 200]: ok, ...refusals },
    } as RouteConfig);
  }
  return r;
}

let cached: ReturnType<OpenApiGeneratorV31['generateDocument']> | undefined;

/** The OpenAPI document (built once per process). */
export function openApiDocument() {
  cached ??= new OpenApiGeneratorV31(registry().definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Plenary API',
      version: '1',
      description:
        "Meetings, documents, submissions and the secretariat's actions, as JSON. Every call but " +
        'this description needs a personal access token (Authorization: Bearer plenary_…) whose ' +
        'scope fits the call: read for GETs, submit for cover pages, submissions and revisions, ' +
        'manage for registration, allocation, decisions and publication. A token acts with its ' +
        "owner's permissions, never more. Errors are problem documents (RFC 9457). Each token has " +
        'a rate limit, shown in the RateLimit and RateLimit-Policy headers.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Meetings' },
      { name: 'Documents' },
      { name: 'Submissions' },
      { name: 'Secretariat' },
      { name: 'Reference' },
    ],
    'x-problem-types': Object.fromEntries(Object.entries(PROBLEM_KINDS).map(([k, v]) => [`/api#problem-${k}`, v])),
  } as never);
  return cached;
}
