/**
 * Incoming liaison statements: registered by the secretariat with their sender, the groups they are addressed to
 * (each for action, comment or information), the reply deadline, what they answer and their files; then assigned
 * to a WG or Question and a responsible person, the reply drafted, replied (when the answering outgoing statement is
 * sent) or closed with no action needed. Every change is audited.
 */
import { type Readable } from 'node:stream';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import {
  groups,
  incomingLiaisonAddressees,
  incomingLiaisonFiles,
  incomingLiaisons,
  liaisonAnswers,
  liaisonReminders,
  users,
} from '../../../db/schema';
import type { Storage } from '../../../storage';
import { recordEvent, listEvents } from '../../platform/audit.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import { groupChain, groupSubtree, type Principal } from '../groups/permissions.server';
import { receiveMultipart, type StoredUpload } from '../submissions/uploads.server';
import { addAnswer, moveIncoming, refsOf } from './answers.server';
import { assignFields, incomingFields, noActionFields, type AddressedGroup } from './incoming-input';
import { canRegisterIncoming, incomingAbilities } from './policy.server';
import { readableIncoming, readableOutgoing } from './readable.server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@|]+@[^\s@|]+\.[^\s@|]+$/;
/** Largest file that may come with an incoming statement. */
export const MAX_INCOMING_FILE_BYTES = 50 * 1024 * 1024;

export async function groupBySlug(db: Db, slug: string) {
  const [group] = await db.select().from(groups).where(eq(groups.slug, slug));
  if (!group) throw notFound();
  return group;
}

/** The groups named on the form (URL name, or a code naming one group), refusing an unknown one by name. */
async function resolveGroups(db: Db, list: AddressedGroup[]) {
  const all = await db.select().from(groups);
  return list.map((a) => {
    const key = a.group.toLowerCase();
    const bySlug = all.find((g) => g.slug === key);
    const byCode = all.filter((g) => g.code.toLowerCase() === key);
    const group = bySlug ?? (byCode.length === 1 ? byCode[0] : undefined);
    if (!group)
      throw new DomainError(
        'invalid',
        'liaisons.error.unknownGroup',
        { group: a.group },
        {
          addressees: 'liaisons.error.unknownGroupField',
        },
      );
    return { group, purpose: a.purpose };
  });
}

/**
 * The secretariat registers a statement received from another organisation. Files arrive already stored (the
 * route streams them); rows are written in one transaction, so a refused form leaves nothing but files the
 * storage sweep removes.
 */
export async function registerIncoming(
  services: { db: Db; storage: Storage },
  principal: Principal | null,
  input: Record<string, unknown>,
  files: StoredUpload[] = [],
) {
  const { db } = services;
  if (!principal) throw forbidden();
  const f = parseOrThrow(incomingFields, input);
  const addressed = await resolveGroups(db, f.addressees);
  for (const a of addressed) if (!canRegisterIncoming(principal, await groupChain(db, a.group.id))) throw forbidden();
  const answers = await refsOf(db, f.answers, 'answers');
  // Files stay under the keys they were streamed to; this statement's rows claim them (see the storage sweep).
  const stored = files.filter((f) => f.size > 0).map((f) => ({ ...f, storageKey: f.key }));
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(incomingLiaisons)
      .values({
        title: f.title,
        reference: f.reference,
        senderOrganisation: f.senderOrganisation,
        senderGroup: f.senderGroup,
        receivedOn: f.receivedOn,
        replyDeadline: f.replyDeadline || null,
        summary: f.summary,
        createdBy: principal.id,
      })
      .returning();
    const unique = new Map(addressed.map((a) => [a.group.id, a]));
    await tx
      .insert(incomingLiaisonAddressees)
      .values([...unique.values()].map((a) => ({ incomingId: row.id, groupId: a.group.id, purpose: a.purpose })));
    if (stored.length)
      await tx.insert(incomingLiaisonFiles).values(
        stored.map((s) => ({
          incomingId: row.id,
          filename: s.filename,
          contentType: s.contentType,
          size: s.size,
          sha256: s.sha256,
          storageKey: s.storageKey,
          uploadedBy: principal.id,
        })),
      );
    for (const to of answers) await addAnswer(tx, principal.id, { kind: 'in', id: row.id }, to);
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'incoming_liaison.register',
      subjectType: 'incoming_liaison',
      subjectId: row.id,
      groupId: addressed[0].group.id,
      after: {
        title: f.title,
        sender: [f.senderOrganisation, f.senderGroup].filter(Boolean).join(' '),
        addressees: addressed.map((a) => ({ group: a.group.code, purpose: a.purpose })),
        replyDeadline: f.replyDeadline || null,
        files: stored.map((s) => s.filename),
      },
    });
    return row;
  });
}

/** A statement with what the viewer may do, its groups, files, links both ways and (for the secretariat) reminders. */
export async function getIncoming(db: Db, principal: Principal | null, id: string) {
  if (!UUID.test(id)) throw notFound();
  const [ls] = await db.select().from(incomingLiaisons).where(eq(incomingLiaisons.id, id));
  if (!ls) throw notFound();
  const addressees = await db
    .select({ purpose: incomingLiaisonAddressees.purpose, group: groups })
    .from(incomingLiaisonAddressees)
    .innerJoin(groups, eq(groups.id, incomingLiaisonAddressees.groupId))
    .where(eq(incomingLiaisonAddressees.incomingId, id))
    .orderBy(asc(groups.code));
  const addresseeChains = await Promise.all(addressees.map((a) => groupChain(db, a.group.id)));
  const assignedChain = ls.assignedGroupId ? await groupChain(db, ls.assignedGroupId) : [];
  const allowed = incomingAbilities(principal, {
    addresseeChains,
    assignedChain,
    responsibleUserId: ls.responsibleUserId,
  });
  if (!allowed.read) throw principal ? forbidden() : new DomainError('unauthenticated', 'error.forbidden');
  const [assignedGroup] = ls.assignedGroupId
    ? await db.select().from(groups).where(eq(groups.id, ls.assignedGroupId))
    : [];
  const [responsibleUser] = ls.responsibleUserId
    ? await db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, ls.responsibleUserId))
    : [];
  const files = await db
    .select({ id: incomingLiaisonFiles.id, filename: incomingLiaisonFiles.filename, size: incomingLiaisonFiles.size })
    .from(incomingLiaisonFiles)
    .where(eq(incomingLiaisonFiles.incomingId, id))
    .orderBy(asc(incomingLiaisonFiles.uploadedAt));
  const subtrees = [...new Set((await Promise.all(addressees.map((a) => groupSubtree(db, a.group.id)))).flat())];
  const assignable = allowed.manage
    ? await db.select().from(groups).where(inArray(groups.id, subtrees)).orderBy(asc(groups.position), asc(groups.code))
    : [];
  const reminders =
    allowed.secretariat || allowed.manage
      ? await db
          .select()
          .from(liaisonReminders)
          .where(eq(liaisonReminders.incomingId, id))
          .orderBy(desc(liaisonReminders.at))
      : [];
  return {
    ls,
    addressees,
    assignedGroup: assignedGroup ?? null,
    responsible: responsibleUser
      ? { name: responsibleUser.name, email: responsibleUser.email, hasAccount: true }
      : ls.responsibleName
        ? { name: ls.responsibleName, email: ls.responsibleEmail, hasAccount: false }
        : null,
    files,
    ...(await links(db, principal, id)),
    assignable,
    reminders,
    history: await listEvents(db, 'incoming_liaison', id),
    allowed,
  };
}

/** What the statement answers and what answers it: only the statements the viewer may read. */
async function links(db: Db, principal: Principal | null, id: string) {
  const rows = await db
    .select()
    .from(liaisonAnswers)
    .where(or(eq(liaisonAnswers.fromIncomingId, id), eq(liaisonAnswers.toIncomingId, id)));
  const inIds = rows.flatMap((r) => [r.fromIncomingId, r.toIncomingId]).filter((x): x is string => !!x && x !== id);
  const outIds = rows.flatMap((r) => [r.fromOutgoingId, r.toOutgoingId]).filter((x): x is string => !!x);
  const ins = await readableIncoming(db, principal, inIds);
  const outs = await readableOutgoing(db, principal, outIds);
  const describe = (inId: string | null, outId: string | null) => {
    if (inId) {
      const s = ins.find((x) => x.id === inId);
      return s ? { kind: 'in' as const, id: s.id, title: s.title, state: s.state } : null;
    }
    const s = outs.find((x) => x.id === outId);
    return s ? { kind: 'out' as const, id: s.id, title: s.title, state: s.state } : null;
  };
  return {
    answers: rows
      .filter((r) => r.fromIncomingId === id)
      .map((r) => describe(r.toIncomingId, r.toOutgoingId))
      .filter((x) => x !== null),
    answeredBy: rows
      .filter((r) => r.toIncomingId === id)
      .map((r) => describe(r.fromIncomingId, r.fromOutgoingId))
      .filter((x) => x !== null),
  };
}

const staleUnless = (version: string, current: number) => {
  if (Number(version) !== current) throw new DomainError('conflict', 'liaisons.error.stale');
};

/** The responsible person as typed: an account's e-mail, "name | e-mail", an e-mail without account, or a name. */
async function responsibleOf(db: Db, typed: string) {
  const [name, email = ''] = typed.includes('|')
    ? typed.split('|').map((s) => s.trim())
    : EMAIL.test(typed)
      ? ['', typed]
      : [typed, ''];
  if (email && !EMAIL.test(email))
    throw new DomainError('invalid', 'error.field.email', undefined, { responsible: 'error.field.email' });
  if (email) {
    const [account] = await db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
    if (account) return { responsibleUserId: account.id, responsibleName: null, responsibleEmail: null };
  }
  return { responsibleUserId: null, responsibleName: name || email, responsibleEmail: email || null };
}

/** Chairs assign the statement to a WG or Question (at or below a group it is addressed to) and a responsible person. */
export async function assignIncoming(db: Db, principal: Principal | null, id: string, input: Record<string, unknown>) {
  const cur = await getIncoming(db, principal, id);
  if (!cur.allowed.manage) throw forbidden();
  const f = parseOrThrow(assignFields, input);
  if (!cur.assignable.some((g) => g.id === f.assignedGroupId))
    throw new DomainError('invalid', 'liaisons.error.assignedGroup', undefined, {
      assignedGroupId: 'liaisons.error.assignedGroup',
    });
  staleUnless(f.version, cur.ls.version);
  const who = await responsibleOf(db, f.responsible);
  return inTransaction(db, async (tx) => {
    if (!(await moveIncoming(tx, principal!.id, cur.ls, 'assign', { assignedGroupId: f.assignedGroupId, ...who })))
      throw new DomainError('conflict', 'liaisons.error.state');
  });
}

/** The reply is being drafted (chairs or the responsible person). */
export async function markReplyDrafted(
  db: Db,
  principal: Principal | null,
  id: string,
  input: Record<string, unknown>,
) {
  const cur = await getIncoming(db, principal, id);
  if (!cur.allowed.markDrafted) throw forbidden();
  staleUnless(String(input.version ?? ''), cur.ls.version);
  return inTransaction(db, async (tx) => {
    if (!(await moveIncoming(tx, principal!.id, cur.ls, 'draft')))
      throw new DomainError('conflict', 'liaisons.error.state');
  });
}

/** Chairs close the statement: no action needed, with the reason. */
export async function closeNoAction(db: Db, principal: Principal | null, id: string, input: Record<string, unknown>) {
  const cur = await getIncoming(db, principal, id);
  if (!cur.allowed.manage) throw forbidden();
  const f = parseOrThrow(noActionFields, input);
  staleUnless(f.version, cur.ls.version);
  return inTransaction(db, async (tx) => {
    if (!(await moveIncoming(tx, principal!.id, cur.ls, 'no_action', { noActionReason: f.reason })))
      throw new DomainError('conflict', 'liaisons.error.state');
  });
}

/** One of the statement's files, for whoever may read the statement: its row and a stream. */
export async function incomingFile(
  services: { db: Db; storage: Storage },
  principal: Principal | null,
  id: string,
  fileId: string,
) {
  if (!UUID.test(fileId)) throw notFound();
  await getIncoming(services.db, principal, id);
  const [file] = await services.db
    .select()
    .from(incomingLiaisonFiles)
    .where(and(eq(incomingLiaisonFiles.id, fileId), eq(incomingLiaisonFiles.incomingId, id)));
  if (!file) throw notFound();
  return { file, open: (): Promise<Readable> => services.storage.get(file.storageKey) };
}

/** The registration form as posted (multipart, files streamed to storage); a refused form removes its files. */
export async function registerIncomingFromRequest(
  services: { db: Db; storage: Storage },
  principal: Principal | null,
  groupSlug: string,
  request: Request,
) {
  const group = await groupBySlug(services.db, groupSlug);
  // Refused before a byte is stored when the sender may not register for this group.
  if (!canRegisterIncoming(principal, await groupChain(services.db, group.id))) throw forbidden();
  const form = await receiveMultipart(request, services.storage, { maxBytes: MAX_INCOMING_FILE_BYTES });
  const input: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(form.fields)) input[name] = name === 'answers' ? values : values.at(-1);
  try {
    return await registerIncoming(
      services,
      principal,
      input,
      form.files.filter((f) => f.field === 'files'),
    );
  } catch (err) {
    await Promise.all(form.files.map((f) => services.storage.delete(f.key).catch(() => {})));
    if (err instanceof DomainError)
      err.posted = Object.fromEntries(
        Object.entries(form.fields).map(([k, v]) => [k, k === 'answers' ? v : (v.at(-1) ?? '')]),
      );
    throw err;
  }
}
