/**
 * The demo's complete past meeting, FG-MV 2nd (Shanghai, 4–6 July 2023), seeded through the domain functions as the
 * secretariat, chairs and members would have produced it: submissions with their .docx, registration (numbers,
 * stamping queued), revisions and withdrawals, allocation to WGs and agenda items, decisions, publication, the
 * agreed agenda, an incoming liaison statement and the outgoing reply, and the meeting report.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { agendaItems, auditEvents, documentFiles, documents, groups, meetings } from '../../../../db/schema';
import { changeAllocations } from '../../allocation/allocation.server';
import { setDecision } from '../../allocation/decisions.server';
import { publishAgenda } from '../../collaboration/agendas.server';
import { registerGeneratedDocument } from '../../collaboration/generated-documents.server';
import { createLiaison } from '../../liaisons/liaison-drafts.server';
import { registerIncoming } from '../../liaisons/liaison-incoming.server';
import { transitionLiaison } from '../../liaisons/liaison-transitions.server';
import { changePublication } from '../../publication/publication.server';
import { registerInTx, type DocumentRow } from '../../registration/register.server';
import { withdrawDocument } from '../../submissions/document-changes.server';
import { buildTemplate } from '../../submissions/templates.server';
import type { SeededCore } from '../core';
import { INPUTS, ORGANISATIONS, REVISION_NOTE, type DemoInput } from './fg-mv-2-inputs';
import { datePastMeeting } from './past-dates';
import { actAs, paragraphs, setCollabBody, startAgenda, storeContributionDocx, type StoryContext } from './helpers';

const SLUG = 'fg-mv-2';
const WG_NAMES = [
  'General',
  'Applications and services',
  'Architecture and infrastructure',
  'Virtual/real world integration',
  'Interoperability',
  'Security, data and PII protection',
  'Economic, regulatory and competition aspects',
  'Sustainability, accessibility and inclusion',
];

export const FG_MV_2_AGENDA: (string | [string, string[]])[] = [
  'Opening of the meeting',
  'Approval of the agenda',
  'Report of the 1st meeting (Riyadh, 8-9 March 2023)',
  'Incoming liaison statements',
  ['Working group sessions', WG_NAMES.map((n, i) => `WG${i + 1} ${n}`)],
  'Outgoing liaison statements',
  'Future meetings and work plan',
  'Any other business',
  'Closing of the meeting',
];

/** Instants of the story, in UTC (Shanghai is UTC+8). */
const at = (iso: string) => new Date(iso);

type StoredFile = Awaited<ReturnType<typeof storeContributionDocx>>;

/** The inputs' .docx files (and their revisions'), made and stored before the story's transaction: the slow part. */
export interface PastMeetingFiles {
  inputs: Map<DemoInput, StoredFile>;
  revisions: Map<DemoInput, StoredFile>;
}

export async function preparePastMeetingFiles(storage: StoryContext['storage']): Promise<PastMeetingFiles> {
  const inputs = new Map<DemoInput, StoredFile>();
  const revisions = new Map<DemoInput, StoredFile>();
  for (const input of INPUTS) {
    inputs.set(input, await storeContributionDocx(storage, templateValues(input)));
    if (input.revised) revisions.set(input, await storeContributionDocx(storage, templateValues(revisedOf(input))));
  }
  return { inputs, revisions };
}

const revisedOf = (input: DemoInput) => ({ ...input, abstract: `${input.abstract} ${REVISION_NOTE}` });

export async function seedPastMeeting(ctx: StoryContext, core: SeededCore, prepared: PastMeetingFiles) {
  const { db, storage, services } = ctx;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.slug, SLUG));
  const secretariat = await actAs(db, core.userIds.secretariat);
  const sec = secretariat.principal;
  const wgIds = Object.fromEntries(
    (
      await db
        .select({ id: groups.id, code: groups.code })
        .from(groups)
        .where(eq(groups.parentId, core.groupIds['fg-mv']))
    ).map((g) => [g.code, g.id]),
  );

  await startAgenda(db, core.userIds.chairWg2, meeting, FG_MV_2_AGENDA);
  const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
  const itemOf = (wg: number) => items.find((i) => i.title.startsWith(`WG${wg} `))!.id;

  // Submissions: the .docx in the template layout, stored first; then the rows and their files in batches.
  const submitters = [core.userIds.member1, core.userIds.member2, core.userIds.chairWg2, core.userIds.chairWg3];
  const deadline = meeting.inputDeadline!.getTime();
  const plan = INPUTS.map((input, i) => ({
    input,
    submittedBy: i % 5 === 0 ? submitters[(i / 5) % submitters.length] : core.userIds.secretariat,
    // Spread over the three weeks before the deadline; late ones in the days after it.
    submittedAt: new Date(
      input.late ? deadline + (1 + (i % 5)) * 7_200_000 : deadline - (21 - (i % 21)) * 86_400_000 + i * 60_000,
    ),
  })).sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const files = plan.map((p) => prepared.inputs.get(p.input)!);
  const rows = await db
    .insert(documents)
    .values(plan.map((p) => documentValues(meeting, p.input, p.submittedBy, p.submittedAt)))
    .returning();
  await db.insert(documentFiles).values(
    rows.map((r, i) => ({
      documentId: r.id,
      role: 'main' as const,
      filename: filenameOf(plan[i].input),
      uploadedBy: plan[i].submittedBy,
      ...files[i],
    })),
  );
  await db.insert(auditEvents).values(
    rows.map((r) => ({
      at: r.submittedAt!,
      actorId: r.submittedBy,
      action: 'document.submitted',
      subjectType: 'document',
      subjectId: r.id,
      documentId: r.id,
      meetingId: r.meetingId,
      groupId: r.groupId,
      after: { title: r.title, late: r.late },
    })),
  );

  // Registration, in the order they arrived: numbers FGMV-I-001... and the stamping of each .docx (after commit).
  const registered: DocumentRow[] = [];
  for (const [i, r] of rows.entries())
    registered.push(
      await registerInTx(db, sec.id, r.id, { now: new Date(r.submittedAt!.getTime() + 3_600_000 + i * 1000) }),
    );
  const byInput = new Map(plan.map((p, i) => [p.input, registered[i]]));

  // Revisions made during the meeting: Rev.1 of the same number, submitted on the second day.
  const revisions = new Map<DemoInput, (typeof registered)[number]>();
  for (const [input, original] of byInput) {
    if (!input.revised) continue;
    const revisedInput = revisedOf(input);
    const file = prepared.revisions.get(input)!;
    const submittedAt = at('2023-07-05T03:00:00Z');
    const [rev] = await db
      .insert(documents)
      .values({
        ...documentValues(meeting, revisedInput, core.userIds.secretariat, submittedAt),
        revisionOfId: original.id,
        late: false,
      })
      .returning();
    await db.insert(documentFiles).values({
      documentId: rev.id,
      role: 'main',
      filename: filenameOf(input, 1),
      uploadedBy: core.userIds.secretariat,
      ...file,
    });
    revisions.set(input, await registerInTx(db, sec.id, rev.id, { now: at('2023-07-05T04:00:00Z') }));
  }

  // Allocation to the WGs and their agenda items, one call per WG as the secretariat does it in bulk.
  for (let wg = 1; wg <= 8; wg++) {
    const ids = [...byInput]
      .filter(([input]) => input.wg === wg)
      .flatMap(([input, doc]) => [doc.id, ...(revisions.has(input) ? [revisions.get(input)!.id] : [])]);
    await changeAllocations(db, sec, { documentIds: ids, add: [wgIds[`WG${wg}`]], agendaItemId: itemOf(wg) });
  }

  // Withdrawals before the meeting, then the decisions taken in the room.
  for (const [input, doc] of byInput)
    if (input.withdrawn) await withdrawDocument(db, secretariat, doc.id, {}, at('2023-06-30T08:00:00Z'));
  for (const [input, doc] of byInput) {
    const current = await versionOf(ctx, doc.id);
    const rev = revisions.get(input);
    if (input.withdrawn) continue;
    if (rev) {
      await setDecision(db, sec, { documentId: doc.id, decision: 'revised', revisedById: rev.id, version: current });
      await setDecision(db, sec, {
        documentId: rev.id,
        decision: input.decision ?? 'noted',
        version: await versionOf(ctx, rev.id),
      });
    } else if (input.decision)
      await setDecision(db, sec, { documentId: doc.id, decision: input.decision, version: current });
  }

  // The liaison statements: one received before the meeting (reply asked by a deadline), the reply agreed and sent.
  const incoming = await registerIncoming({ ...services, db }, sec, SLUG, {
    title: 'Request for information on metaverse use cases and terminology',
    source: 'ITU-T Example Study Group 99',
    addressees: 'ITU-T FG-MV | tsbfgmv@example.org | action',
    replyDeadline: '2023-09-30',
    questions: 'WG1, WG2',
    contacts: 'Pat Liaison | ITU-T SG99 (fictitious) | Switzerland | pat.liaison@example.org',
    body:
      'SG99 thanks FG-MV for its work and asks for the use cases and working definitions agreed ' +
      'so far, so that SG99 can align its terminology.\nA reply before 30 September 2023 would ' +
      'be appreciated.',
  });
  const reply = await createLiaison(db, sec, SLUG, {
    title: 'Reply to SG99 on metaverse use cases and terminology',
    addressees: 'ITU-T Example Study Group 99 | sg99@example.org | information',
    questions: 'WG1, WG2',
    contacts: 'Chen Wei | CAICT | China | chair.wg2@example.org',
    inReplyToId: incoming.id,
  });
  await setCollabBody(
    db,
    'liaison',
    reply.id,
    paragraphs([
      'FG-MV thanks SG99 for its liaison statement.',
      'At its 2nd meeting (Shanghai, 4-6 July 2023) FG-MV agreed a working definition of ' +
        '"metaverse" and the outline of its technical report on use cases; both are attached for ' +
        'information.',
      'FG-MV looks forward to further collaboration.',
    ]),
  );
  let ls = reply;
  for (const to of ['agreed', 'approved', 'sent']) {
    ls = (await transitionLiaison({ ...services, db }, sec, ls.id, to, ls.version)).ls;
  }
  await allocateTo(ctx, sec, [incoming.documentId!], wgIds.WG2);

  // Publication of the inputs, the agreed agenda (numbered) and the meeting report.
  const inputIds = [...registered, ...revisions.values()].map((d) => d.id);
  await changePublication(db, sec, SLUG, { action: 'publish', ids: [...inputIds, incoming.documentId!] });
  await publishAgenda({ ...services, db }, sec, SLUG);
  const [group] = await db.select().from(groups).where(eq(groups.id, meeting.groupId));
  await registerGeneratedDocument(db, storage, sec.id, {
    meetingId: meeting.id,
    type: 'report',
    title: 'Report of the 2nd FG-MV meeting (Shanghai, 4-6 July 2023)',
    source: 'FG-MV secretariat',
    filenameStem: 'report',
    publish: true,
    render: () =>
      buildTemplate({
        groupCode: group.code,
        groupName: group.name,
        questions: 'All WGs',
        place: meeting.place,
        dates: '4-6 July 2023',
        type: 'report',
        source: 'FG-MV secretariat',
        title: 'Report of the 2nd FG-MV meeting',
        purpose: 'information',
        abstract:
          `The meeting considered ${INPUTS.length} input documents, agreed working definitions and the outlines ` +
          'of five technical reports, and sent one liaison statement.',
      }),
  });
  await datePastMeeting(db, meeting.id);
}

/** Allocates documents to a group without an agenda item (e.g. a statement to the WG that prepares the reply). */
async function allocateTo(
  ctx: StoryContext,
  principal: Awaited<ReturnType<typeof actAs>>['principal'],
  ids: string[],
  groupId: string,
) {
  await changeAllocations(ctx.db, principal, { documentIds: ids, add: [groupId] });
}

async function versionOf(ctx: StoryContext, id: string) {
  const [row] = await ctx.db
    .select({ version: documents.version })
    .from(documents)
    .where(and(eq(documents.id, id), inArray(documents.state, ['registered', 'withdrawn'])));
  return row.version;
}

function contactsOf(input: DemoInput) {
  const o = ORGANISATIONS[input.orgs[0]];
  return [{ name: o.contact, organisation: o.name, country: o.country, email: o.email }];
}

const sourceOf = (input: DemoInput) => input.orgs.map((i) => ORGANISATIONS[i].name).join(', ');

function templateValues(input: DemoInput) {
  return {
    groupCode: 'FG-MV',
    groupName: 'ITU-T Focus Group on metaverse',
    questions: `WG${input.wg}`,
    place: 'Shanghai, China',
    dates: '4-6 July 2023',
    type: 'input' as const,
    source: sourceOf(input),
    title: input.title,
    purpose: input.purpose,
    contacts: contactsOf(input),
    keywords: input.keywords.join(', '),
    abstract: input.abstract,
  };
}

function documentValues(
  meeting: typeof meetings.$inferSelect,
  input: DemoInput,
  submittedBy: string,
  submittedAt: Date,
) {
  return {
    meetingId: meeting.id,
    groupId: meeting.groupId,
    type: 'input' as const,
    state: 'submitted' as const,
    title: input.title,
    source: sourceOf(input),
    contacts: contactsOf(input),
    purpose: input.purpose,
    keywords: input.keywords,
    abstract: input.abstract,
    proposedGroups: [`WG${input.wg}`],
    late: !!input.late,
    access: meeting.documentAccess,
    submittedBy,
    submittedAt,
  };
}

const filenameOf = (input: DemoInput, revision = 0) =>
  `${input.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}${revision ? `-rev${revision}` : ''}.docx`;
