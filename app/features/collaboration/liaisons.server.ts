/**
 * Liaison statements. Outgoing: structured fields (addressees each for action / comment / information, a reply
 * deadline required when action is asked, Questions, contacts, title, "in reply to") beside a collaboratively
 * edited body ("liaison:<id>"); draft → agreed (chairs) → approved (secretariat) → sent (secretariat: registered as
 * a numbered ls_out document with the .docx in the LS layout, contacts notified). Incoming: registered by the
 * secretariat as numbered ls_in documents, answerable from their page; near reply deadlines are flagged.
 */
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  documents,
  groups,
  liaisonStatements,
  meetings,
  users,
  type Addressee,
  type LiaisonState,
} from '../../../db/schema';
import { accountLocale, DEFAULT_LOCALE, translator, type Locale } from '../../i18n';
import { formatDate } from '../../platform/format';
import { recordEvent } from '../../platform/audit.server';
import {
  collabName,
  currentState,
  ensureCollabDocument,
  getCollabDocument,
  UUID,
  type CollabLive,
} from './collaboration.server';
import { jsonFromState, type PMNode } from './content.server';
import { registerGeneratedDocument } from './generated-documents.server';
import { liaisonDocx } from './liaison-document.server';
import { invitedEditors, liaisonAbilities, liaisonListAbilities } from './policy.server';
import { listEditors } from './editors.server';
import { agendaItemMatching } from './agendas.server';
import type { Services } from '../../platform/context.server';
import { queueMail, type MailMessage } from '../../platform/mail.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { can, groupChain, type Principal } from '../groups/permissions.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import { zonedTimeToInstant } from '../../platform/time';
import { parseOrThrow } from '../../platform/validation';
import { incomingLiaisonFields, liaisonFields } from './liaison-input';
import { markRepliedBy, setOutgoingAnswers } from '../liaisons/answers.server';

export type Liaison = typeof liaisonStatements.$inferSelect;
/** A reply deadline within this many days is flagged. */
export const NEAR_DEADLINE_DAYS = 14;

/** The statement's fields from its form (checked by `schema`), the reply deadline at 23:59 in the meeting's zone. */
function parseFields(
  input: Record<string, unknown>,
  timeZone: string,
  schema: typeof liaisonFields | typeof incomingLiaisonFields = liaisonFields,
) {
  const data = parseOrThrow(schema, input);
  return {
    title: data.title,
    source: data.source,
    addressees: data.addressees,
    contacts: data.contacts,
    replyDeadline: data.replyDeadline ? zonedTimeToInstant(data.replyDeadline, '23:59', timeZone) : null,
    questions: data.questions
      .split(/[,;\n]/)
      .map((q) => q.trim())
      .filter(Boolean),
    inReplyToId: data.inReplyToId || null,
    body: data.body,
    answersIncoming: data.answersIncoming,
  };
}

/** What a statement needs before it can be agreed, approved or sent. */
export function readinessProblem(
  ls: Pick<Liaison, 'addressees' | 'replyDeadline' | 'title'>,
): 'liaison.error.noAddressees' | 'liaison.error.deadlineRequired' | null {
  if (!ls.addressees.length) return 'liaison.error.noAddressees';
  if (ls.addressees.some((a) => a.purpose === 'action') && !ls.replyDeadline) return 'liaison.error.deadlineRequired';
  return null;
}

async function scopeOf(db: Db, groupId: string) {
  return { groupChain: await groupChain(db, groupId) };
}

export async function listLiaisons(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group } = await getMeetingBySlug(db, slug);
  const { read: canRead, ...allowed } = liaisonListAbilities(principal, (await scopeOf(db, group.id)).groupChain);
  const rows = canRead
    ? (
        await db
          .select({ ls: liaisonStatements, numberLabel: documents.numberLabel })
          .from(liaisonStatements)
          .leftJoin(
            documents,
            and(eq(documents.id, liaisonStatements.documentId), await visibleDocumentsSql(db, principal)),
          )
          .where(eq(liaisonStatements.meetingId, meeting.id))
          .orderBy(asc(liaisonStatements.direction), desc(liaisonStatements.createdAt))
      ).map((r) => ({ ...r.ls, numberLabel: r.numberLabel }))
    : [];
  return {
    meeting,
    group,
    canRead,
    outgoing: rows.filter((r) => r.direction === 'out'),
    incoming: rows.filter((r) => r.direction === 'in'),
    allowed,
  };
}

export async function getLiaison(db: Db, principal: Principal | null, id: string) {
  if (!UUID.test(id)) throw notFound();
  const [row] = await db
    .select({ ls: liaisonStatements, meeting: meetings, group: groups })
    .from(liaisonStatements)
    .innerJoin(meetings, eq(meetings.id, liaisonStatements.meetingId))
    .innerJoin(groups, eq(groups.id, liaisonStatements.groupId))
    .where(eq(liaisonStatements.id, id));
  if (!row) throw notFound();
  const name = collabName('liaison', id);
  const editors = row.ls.direction === 'out' ? await invitedEditors(db, name) : [];
  const allowed = liaisonAbilities(principal, (await scopeOf(db, row.group.id)).groupChain, row.ls, editors);
  if (!allowed.read) throw forbidden();
  const stored = row.ls.direction === 'out' ? await getCollabDocument(db, name) : null;
  const inReplyTo = row.ls.inReplyToId
    ? ((
        await db
          .select({ id: liaisonStatements.id, title: liaisonStatements.title, source: liaisonStatements.source })
          .from(liaisonStatements)
          .where(eq(liaisonStatements.id, row.ls.inReplyToId))
      )[0] ?? null)
    : null;
  const replies = await db
    .select({ id: liaisonStatements.id, title: liaisonStatements.title, state: liaisonStatements.state })
    .from(liaisonStatements)
    .where(eq(liaisonStatements.inReplyToId, id));
  const registered = row.ls.documentId
    ? ((
        await db
          .select({ id: documents.id, numberLabel: documents.numberLabel })
          .from(documents)
          .where(and(eq(documents.id, row.ls.documentId), await visibleDocumentsSql(db, principal)))
      )[0] ?? null)
    : null;
  return {
    ...row,
    name,
    registered,
    text: stored?.text ?? row.ls.body,
    content: (stored?.content ?? null) as PMNode | null,
    inReplyTo,
    replies,
    allowed,
    editors: allowed.inviteEditors ? await listEditors(db, name) : [],
  };
}

const INITIAL_BODY = (title: string): PMNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: title ? [{ type: 'text', text: '' }].filter((t) => t.text) : undefined }],
});

/** Creates an outgoing statement (draft) for the meeting. Chairs and secretariat. */
export async function createLiaison(db: Db, principal: Principal | null, slug: string, input: Record<string, unknown>) {
  const { meeting, group } = await getMeetingBySlug(db, slug);
  if (!principal || !liaisonListAbilities(principal, (await scopeOf(db, group.id)).groupChain).create)
    throw forbidden();
  const f = parseFields({ source: group.code, ...input }, meeting.timeZone);
  if (f.inReplyToId) {
    const [orig] = await db
      .select({ id: liaisonStatements.id })
      .from(liaisonStatements)
      .where(and(eq(liaisonStatements.id, f.inReplyToId), eq(liaisonStatements.direction, 'in')));
    if (!orig)
      throw new DomainError('invalid', 'liaison.error.inReplyTo', undefined, {
        inReplyToId: 'liaison.error.inReplyTo',
      });
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const { body: _body, answersIncoming, ...fields } = f;
    const [ls] = await t
      .insert(liaisonStatements)
      .values({
        ...fields,
        source: fields.source || group.code,
        meetingId: meeting.id,
        groupId: group.id,
        direction: 'out',
        state: 'draft',
        createdBy: principal.id,
      })
      .returning();
    await ensureCollabDocument(t, {
      name: collabName('liaison', ls.id),
      kind: 'liaison',
      meetingId: meeting.id,
      groupId: group.id,
      initial: INITIAL_BODY(ls.title),
    });
    await setOutgoingAnswers(t, principal.id, ls.id, answersIncoming);
    await recordEvent(t, {
      actorId: principal.id,
      action: 'liaison.create',
      subjectType: 'liaison',
      subjectId: ls.id,
      meetingId: meeting.id,
      groupId: group.id,
      after: fields,
    });
    return ls;
  });
}

/** Changes the structured fields (draft or agreed). The form carries the version it was loaded with. */
export async function updateLiaison(db: Db, principal: Principal | null, id: string, input: Record<string, unknown>) {
  const cur = await getLiaison(db, principal, id);
  if (!cur.allowed.editFields) throw forbidden();
  if (Number(input.version) !== cur.ls.version) throw new DomainError('conflict', 'liaison.error.stale');
  const {
    body: _body,
    answersIncoming,
    ...f
  } = parseFields({ ...input, inReplyToId: input.inReplyToId ?? cur.ls.inReplyToId ?? '' }, cur.meeting.timeZone);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [ls] = await t
      .update(liaisonStatements)
      .set({ ...f, version: sql`${liaisonStatements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(liaisonStatements.id, id), eq(liaisonStatements.version, cur.ls.version)))
      .returning();
    if (!ls) throw new DomainError('conflict', 'liaison.error.stale');
    // Forms that show the incoming statements it may answer say so; others leave those links alone.
    if (input.answersIncomingShown) await setOutgoingAnswers(t, principal!.id, id, answersIncoming);
    await recordEvent(t, {
      actorId: principal!.id,
      action: 'liaison.update',
      subjectType: 'liaison',
      subjectId: id,
      meetingId: ls.meetingId,
      groupId: ls.groupId,
      before: { title: cur.ls.title, addressees: cur.ls.addressees, replyDeadline: cur.ls.replyDeadline },
      after: f,
    });
    return ls;
  });
}

type Target = 'agreed' | 'draft' | 'approved' | 'sent';
const TRANSITIONS: Record<Target, { from: LiaisonState; action: 'collab.edit' | 'liaison.approve' }> = {
  agreed: { from: 'draft', action: 'collab.edit' },
  draft: { from: 'agreed', action: 'collab.edit' },
  approved: { from: 'agreed', action: 'liaison.approve' },
  sent: { from: 'approved', action: 'liaison.approve' },
};

/**
 * Moves a statement on: agree (chairs), reopen, approve and send (secretariat). Agreeing, approving and sending
 * need addressees, and a reply deadline when action is asked. Sending registers the numbered document with the
 * .docx and mails the contacts and the addressees that have an e-mail.
 */
export async function transitionLiaison(
  services: Services & { collab?: CollabLive },
  principal: Principal | null,
  id: string,
  to: string,
  version: number,
) {
  const { db, storage, collab } = services;
  if (!(to in TRANSITIONS)) throw new DomainError('invalid', 'error.field.required');
  const step = TRANSITIONS[to as Target];
  const cur = await getLiaison(db, principal, id);
  if (cur.ls.direction !== 'out') throw forbidden();
  if (!can(principal, step.action, await scopeOf(db, cur.group.id))) throw forbidden();
  if (cur.ls.state !== step.from) throw new DomainError('conflict', 'liaison.error.state', { state: cur.ls.state });
  if (version !== cur.ls.version) throw new DomainError('conflict', 'liaison.error.stale');
  if (to !== 'draft') {
    const problem = readinessProblem(cur.ls);
    if (problem) throw new DomainError('invalid', problem);
  }
  const now = new Date();
  const name = collabName('liaison', id);
  // Freeze the text first so nobody edits what is being agreed; then read it.
  if (to === 'agreed') await collab?.flush();
  const body = jsonFromState(await currentState(db, collab, name));
  const result = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const set: Partial<typeof liaisonStatements.$inferInsert> = { state: to as LiaisonState, updatedAt: now };
    if (to === 'agreed') set.agreedAt = now;
    if (to === 'approved') {
      set.approvedAt = now;
      set.approvedBy = principal!.id;
    }
    let numberLabel: string | null = null;
    if (to === 'sent') {
      set.sentAt = now;
      const reg = await registerGeneratedDocument(t, storage, principal!.id, {
        meetingId: cur.meeting.id,
        type: 'ls_out',
        part: 'PLEN',
        title: cur.ls.title,
        source: cur.ls.source || cur.group.code,
        contacts: cur.ls.contacts,
        agendaItemId: await agendaItemMatching(t, cur.meeting.id, /outgoing liaison/i),
        filenameStem: 'LS',
        render: (label, registeredAt) =>
          liaisonDocx(
            { ...cur.ls, approvedAt: cur.ls.approvedAt ?? now },
            cur.meeting,
            cur.group,
            body,
            label,
            registeredAt,
          ),
        publish: true,
      });
      set.documentId = reg.document.id;
      numberLabel = reg.numberLabel;
    }
    const [ls] = await t
      .update(liaisonStatements)
      .set({ ...set, version: sql`${liaisonStatements.version} + 1` })
      .where(
        and(
          eq(liaisonStatements.id, id),
          eq(liaisonStatements.version, version),
          eq(liaisonStatements.state, step.from),
        ),
      )
      .returning();
    if (!ls) throw new DomainError('conflict', 'liaison.error.stale');
    // The incoming statements it answers are replied to, in the same transaction as the sending.
    if (to === 'sent') await markRepliedBy(t, principal!.id, id, now);
    await recordEvent(t, {
      actorId: principal!.id,
      action: `liaison.${to === 'draft' ? 'reopen' : to}`,
      subjectType: 'liaison',
      subjectId: id,
      meetingId: ls.meetingId,
      groupId: ls.groupId,
      documentId: ls.documentId,
      before: { state: step.from },
      after: { state: to, numberLabel },
    });
    for (const notice of to === 'sent' ? await sentNotices(t, cur, numberLabel) : []) await queueMail(t, notice);
    return { ls, numberLabel };
  });
  await collab?.recheck();
  return result;
}

/**
 * The mails to a sent statement's contacts and addressees (those with an e-mail): one per language, each address
 * written to in its account's language, English for an address without an account.
 */
async function sentNotices(
  db: Db,
  cur: Awaited<ReturnType<typeof getLiaison>>,
  numberLabel: string | null,
): Promise<MailMessage[]> {
  const recipients = [
    ...new Set([...cur.ls.contacts.map((c) => c.email), ...cur.ls.addressees.map((a) => a.email)].filter(Boolean)),
  ];
  if (!recipients.length) return [];
  const accounts = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        recipients.map((r) => r.toLowerCase()),
      ),
    );
  const localeOf = new Map(accounts.map((a) => [a.email.toLowerCase(), accountLocale(a.locale)]));
  const byLocale = new Map<Locale, string[]>();
  for (const r of recipients) {
    const locale = localeOf.get(r.toLowerCase()) ?? DEFAULT_LOCALE;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), r]);
  }
  const purpose = (p: Addressee['purpose']) =>
    cur.ls.addressees
      .filter((a) => a.purpose === p)
      .map((a) => a.name)
      .join(', ') || '—';
  const values = {
    number: numberLabel ?? '',
    title: cur.ls.title,
    group: cur.group.code,
    meeting: cur.meeting.title,
    action: purpose('action'),
    comment: purpose('comment'),
    information: purpose('information'),
  };
  return [...byLocale].map(([locale, to]) => {
    const t = translator(locale);
    const deadline = cur.ls.replyDeadline
      ? `\n${t('mail.liaisonSent.deadline', { date: formatDate(cur.ls.replyDeadline.toISOString().slice(0, 10), locale) })}`
      : '';
    return {
      to,
      subject: t('mail.liaisonSent.subject', values),
      text: `${t('mail.liaisonSent.body', values)}${deadline}\n`,
    };
  });
}

/** The secretariat registers an incoming statement (numbered ls_in document with a .docx of the text as received). */
export async function registerIncoming(
  services: Services,
  principal: Principal | null,
  slug: string,
  input: Record<string, unknown>,
) {
  const { db, storage } = services;
  const { meeting, group } = await getMeetingBySlug(db, slug);
  if (!principal || !liaisonListAbilities(principal, (await scopeOf(db, group.id)).groupChain).register)
    throw forbidden();
  const f = parseFields({ addressees: '', contacts: '', ...input }, meeting.timeZone, incomingLiaisonFields);
  const registered = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [ls] = await t
      .insert(liaisonStatements)
      .values({
        ...f,
        inReplyToId: null,
        meetingId: meeting.id,
        groupId: group.id,
        direction: 'in',
        state: 'received',
        createdBy: principal.id,
      })
      .returning();
    const body: PMNode = {
      type: 'doc',
      content: f.body
        .split(/\r?\n/)
        .map((l) => ({ type: 'paragraph', content: l ? [{ type: 'text', text: l }] : undefined })),
    };
    const reg = await registerGeneratedDocument(t, storage, principal.id, {
      meetingId: meeting.id,
      type: 'ls_in',
      part: 'PLEN',
      title: `LS from ${f.source}: ${f.title}`,
      source: f.source,
      contacts: f.contacts,
      agendaItemId: await agendaItemMatching(t, meeting.id, /incoming liaison/i),
      filenameStem: 'LS-in',
      render: (label, registeredAt) => liaisonDocx(ls, meeting, group, body, label, registeredAt),
    });
    await t.update(liaisonStatements).set({ documentId: reg.document.id }).where(eq(liaisonStatements.id, ls.id));
    await recordEvent(t, {
      actorId: principal.id,
      action: 'liaison.register_incoming',
      subjectType: 'liaison',
      subjectId: ls.id,
      meetingId: meeting.id,
      groupId: group.id,
      documentId: reg.document.id,
      after: { title: f.title, source: f.source, numberLabel: reg.numberLabel },
    });
    return { ...ls, documentId: reg.document.id, numberLabel: reg.numberLabel };
  });
  return registered;
}

/**
 * Statements with a reply deadline between now and NEAR_DEADLINE_DAYS ahead, for the group and its sub-groups:
 * incoming ones not yet answered by a sent statement, and outgoing ones not yet sent.
 */
export async function nearDeadlines(db: Db, groupIds: string[], now = new Date()) {
  if (!groupIds.length) return [];
  const until = new Date(now.getTime() + NEAR_DEADLINE_DAYS * 86_400_000);
  const rows = await db
    .select({
      id: liaisonStatements.id,
      title: liaisonStatements.title,
      direction: liaisonStatements.direction,
      state: liaisonStatements.state,
      source: liaisonStatements.source,
      replyDeadline: liaisonStatements.replyDeadline,
      meetingSlug: meetings.slug,
    })
    .from(liaisonStatements)
    .innerJoin(meetings, eq(meetings.id, liaisonStatements.meetingId))
    .where(
      and(
        inArray(liaisonStatements.groupId, groupIds),
        gte(liaisonStatements.replyDeadline, now),
        lte(liaisonStatements.replyDeadline, until),
      ),
    )
    .orderBy(asc(liaisonStatements.replyDeadline));
  const answered = new Set(
    (
      await db
        .select({ to: liaisonStatements.inReplyToId })
        .from(liaisonStatements)
        .where(
          and(
            eq(liaisonStatements.state, 'sent'),
            inArray(
              liaisonStatements.inReplyToId,
              rows.map((r) => r.id).concat(['00000000-0000-0000-0000-000000000000']),
            ),
          ),
        )
    ).map((r) => r.to),
  );
  return rows.filter((r) => (r.direction === 'in' ? !answered.has(r.id) : r.state !== 'sent'));
}
