import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { type z } from 'zod';
import { type Db, inTransaction } from '../../../db/client.server';
import { documents, groups, meetings, numberingSchemes, type DocumentType } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import { DomainError, notFound } from '../../platform/errors';
import { groupChain, type Principal } from '../groups/permissions.server';
import { authorizeSchemes } from './policy.server';
import { parseOrThrow } from '../../platform/validation';
import { PLACEHOLDER, schemeInput } from './scheme-input';

export type Scheme = typeof numberingSchemes.$inferSelect;

export { formatProblem, PART_PATTERN, schemeInput, type FormatProblem, type SchemeInput } from './scheme-input';

export const formatUsesPart = (format: string) => format.includes('{part}');

/** The number as printed: renderNumber("FGMV-I-{n:3}", 12) is "FGMV-I-012"; renderNumber("TD {n}/{part}", 348, "PLEN") is "TD 348/PLEN". */
export function renderNumber(format: string, n: number, part = ''): string {
  return format.replace(PLACEHOLDER, (_m, inner: string) => {
    if (inner === 'part') return part;
    const pad = /^n:(\d+)$/.exec(inner);
    return pad ? String(n).padStart(Number(pad[1]), '0') : String(n);
  });
}

/** The columns fullLabel reads, for selects that show a document's full label. */
export const labelColumns = {
  numberLabel: documents.numberLabel,
  revision: documents.revision,
  relation: documents.relation,
  relationNumber: documents.relationNumber,
};

/** The full label with revision and addendum/corrigendum suffixes: "SG20-C123 Add.1 Rev.2". */
export function fullLabel(doc: {
  numberLabel: string | null;
  revision: number;
  relation: 'original' | 'addendum' | 'corrigendum';
  relationNumber: number;
}): string | null {
  if (!doc.numberLabel) return null;
  let label = doc.numberLabel;
  if (doc.relation === 'addendum') label += ` Add.${doc.relationNumber}`;
  if (doc.relation === 'corrigendum') label += ` Corr.${doc.relationNumber}`;
  if (doc.revision > 0) label += ` Rev.${doc.revision}`;
  return label;
}

/** A document's revision and addendum links, limited to the documents `visible` (the document policy's condition) admits. */
export async function revisionLinks(db: Db, documentId: string, visible: SQL) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound();
  const pick = {
    id: documents.id,
    title: documents.title,
    ...labelColumns,
    state: documents.state,
  };
  const revisionOf = doc.revisionOfId
    ? ((
        await db
          .select(pick)
          .from(documents)
          .where(and(eq(documents.id, doc.revisionOfId), visible))
      )[0] ?? null)
    : null;
  const revisedBy = await db
    .select(pick)
    .from(documents)
    .where(and(eq(documents.revisionOfId, documentId), visible))
    .orderBy(desc(documents.revision));
  const related = await db
    .select(pick)
    .from(documents)
    .where(and(eq(documents.relatedToId, documentId), visible))
    .orderBy(asc(documents.relation), asc(documents.relationNumber));
  const withLabel = <
    T extends {
      numberLabel: string | null;
      revision: number;
      relation: 'original' | 'addendum' | 'corrigendum';
      relationNumber: number;
    },
  >(
    d: T,
  ) => ({ ...d, label: fullLabel(d) });
  return {
    revisionOf: revisionOf && withLabel(revisionOf),
    revisedBy: revisedBy.map(withLabel),
    related: related.map(withLabel),
  };
}

// ---------------------------------------------------------------------------------------------
// Taking numbers
// ---------------------------------------------------------------------------------------------

/**
 * Takes the next number of a scheme. MUST run inside the transaction that stores the numbered document:
 * the UPDATE locks the scheme's counter row (as SELECT ... FOR UPDATE would) until that transaction ends, so
 * concurrent registrations queue on it; a rollback gives the number back. Hence no gap and no duplicate.
 * Take numbers from several schemes in one transaction only in ascending scheme id (see lockSchemes).
 */
export async function takeNextNumber(tx: Db, schemeId: string): Promise<{ number: number; format: string }> {
  const rows = await tx
    .update(numberingSchemes)
    .set({ lastNumber: sql`${numberingSchemes.lastNumber} + 1` })
    .where(eq(numberingSchemes.id, schemeId))
    .returning({ number: numberingSchemes.lastNumber, format: numberingSchemes.format });
  if (!rows[0]) throw notFound();
  return rows[0];
}

/** Locks scheme rows FOR UPDATE in a fixed (id) order, so transactions that need several never deadlock. */
export async function lockSchemes(tx: Db, schemeIds: string[]): Promise<Map<string, Scheme>> {
  const ids = [...new Set(schemeIds)].sort();
  if (!ids.length) return new Map();
  const rows = await tx
    .select()
    .from(numberingSchemes)
    .where(inArray(numberingSchemes.id, ids))
    .orderBy(asc(numberingSchemes.id))
    .for('update');
  return new Map(rows.map((r) => [r.id, r]));
}

/** Liaison statements, agendas and reports are registered as TDs or input/output documents when they have no scheme of their own. */
const SCHEME_FALLBACK: Partial<Record<DocumentType, DocumentType[]>> = {
  ls_in: ['ls_in', 'td', 'input', 'jca'],
  ls_out: ['ls_out', 'td', 'output', 'jca'],
  agenda: ['agenda', 'td', 'output', 'jca'],
  report: ['report', 'td', 'output', 'jca'],
};

/**
 * The scheme that numbers documents of this type at this meeting: a meeting-scoped scheme of the meeting first,
 * then a study-period scheme whose dates contain the meeting's first day, then a lifetime scheme; looked for on
 * the meeting's group and then its ancestors (a Question's meeting uses the study group's contribution scheme).
 */
export async function resolveScheme(
  db: Db,
  meeting: { id: string; groupId: string; startsOn: string },
  type: DocumentType,
): Promise<Scheme | null> {
  const chain = await groupChain(db, meeting.groupId);
  const types = SCHEME_FALLBACK[type] ?? [type];
  const candidates = await db
    .select()
    .from(numberingSchemes)
    .where(and(inArray(numberingSchemes.groupId, chain), inArray(numberingSchemes.documentType, types)));
  for (const groupId of chain)
    for (const t of types) {
      const mine = candidates.filter((s) => s.groupId === groupId && s.documentType === t);
      const found =
        mine.find((s) => s.scope === 'meeting' && s.meetingId === meeting.id) ??
        mine.find(
          (s) => s.scope === 'period' && s.periodStart! <= meeting.startsOn && meeting.startsOn <= s.periodEnd!,
        ) ??
        mine.find((s) => s.scope === 'group');
      if (found) return found;
    }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Configuration by the secretariat
// ---------------------------------------------------------------------------------------------

/** Two schemes of one group and type may not number the same meeting: lifetime vs anything, overlapping periods, the same meeting. */
function clash(
  a: Pick<Scheme, 'scope' | 'periodStart' | 'periodEnd' | 'meetingId'>,
  b: Pick<Scheme, 'scope' | 'periodStart' | 'periodEnd' | 'meetingId'>,
) {
  if (a.scope === 'meeting' || b.scope === 'meeting') return a.scope === b.scope && a.meetingId === b.meetingId;
  if (a.scope === 'group' || b.scope === 'group') return true;
  return a.periodStart! <= b.periodEnd! && b.periodStart! <= a.periodEnd!;
}

async function checkNoClash(tx: Db, groupId: string, data: z.output<typeof schemeInput>, exceptId?: string) {
  // Serialise scheme changes of one group, so two overlapping periods cannot be saved side by side.
  await tx.select({ id: groups.id }).from(groups).where(eq(groups.id, groupId)).for('update');
  const others = (
    await tx
      .select()
      .from(numberingSchemes)
      .where(and(eq(numberingSchemes.groupId, groupId), eq(numberingSchemes.documentType, data.documentType)))
  ).filter((s) => s.id !== exceptId);
  const candidate = {
    scope: data.scope,
    periodStart: data.periodStart ?? null,
    periodEnd: data.periodEnd ?? null,
    meetingId: data.meetingId ?? null,
  };
  const hit = others.find((s) => clash(s, candidate));
  if (hit) {
    const field = data.scope === 'period' ? 'periodStart' : 'scope';
    throw new DomainError(
      'conflict',
      'numbering.scheme.overlap',
      { name: hit.name },
      { [field]: 'numbering.scheme.overlapField' },
    );
  }
  if (data.meetingId) {
    const [m] = await tx.select({ groupId: meetings.groupId }).from(meetings).where(eq(meetings.id, data.meetingId));
    if (!m || !(await groupChain(tx, m.groupId)).includes(groupId))
      throw new DomainError('invalid', 'numbering.scheme.meetingOutside', undefined, {
        meetingId: 'numbering.scheme.meetingOutside',
      });
  }
}

export async function listSchemes(db: Db, principal: Principal | null, groupSlug: string) {
  const [group] = await db.select().from(groups).where(eq(groups.slug, groupSlug));
  if (!group) throw notFound();
  await authorizeSchemes(db, principal, group.id);
  const schemes = await db
    .select()
    .from(numberingSchemes)
    .where(eq(numberingSchemes.groupId, group.id))
    .orderBy(asc(numberingSchemes.documentType), asc(numberingSchemes.periodStart), asc(numberingSchemes.createdAt));
  const groupMeetings = await db
    .select({ id: meetings.id, title: meetings.title, startsOn: meetings.startsOn })
    .from(meetings)
    .where(eq(meetings.groupId, group.id))
    .orderBy(asc(meetings.startsOn));
  return {
    group,
    schemes: schemes.map((s) => ({ ...s, example: renderNumber(s.format, Math.max(1, s.lastNumber + 1), 'PLEN') })),
    meetings: groupMeetings,
  };
}

export async function createScheme(
  db: Db,
  principal: Principal | null,
  groupId: string,
  input: unknown,
): Promise<Scheme> {
  const data = parseOrThrow(schemeInput, input);
  await authorizeSchemes(db, principal, groupId);
  return inTransaction(db, async (tx) => {
    await checkNoClash(tx, groupId, data);
    const [row] = await tx
      .insert(numberingSchemes)
      .values({
        groupId,
        documentType: data.documentType,
        name: data.name,
        format: data.format,
        scope: data.scope,
        periodStart: data.scope === 'period' ? data.periodStart! : null,
        periodEnd: data.scope === 'period' ? data.periodEnd! : null,
        meetingId: data.scope === 'meeting' ? data.meetingId! : null,
      })
      .returning();
    await recordEvent(tx, {
      actorId: principal!.id,
      action: 'scheme.created',
      subjectType: 'numbering_scheme',
      subjectId: row.id,
      groupId,
      after: data,
    });
    return row;
  });
}

/** Changes a scheme. Once a number has been handed out, the format and type stay as they are (printed numbers must not change). */
export async function updateScheme(
  db: Db,
  principal: Principal | null,
  schemeId: string,
  input: unknown,
): Promise<Scheme> {
  const data = parseOrThrow(schemeInput, input);
  const [existing] = await db.select().from(numberingSchemes).where(eq(numberingSchemes.id, schemeId));
  if (!existing) throw notFound();
  await authorizeSchemes(db, principal, existing.groupId);
  return inTransaction(db, async (tx) => {
    const [locked] = await tx.select().from(numberingSchemes).where(eq(numberingSchemes.id, schemeId)).for('update');
    if (locked.lastNumber > 0 && (data.format !== locked.format || data.documentType !== locked.documentType)) {
      throw new DomainError(
        'conflict',
        'numbering.scheme.inUse',
        { count: locked.lastNumber },
        { format: 'numbering.scheme.inUseField' },
      );
    }
    await checkNoClash(tx, locked.groupId, data, schemeId);
    const [row] = await tx
      .update(numberingSchemes)
      .set({
        documentType: data.documentType,
        name: data.name,
        format: data.format,
        scope: data.scope,
        periodStart: data.scope === 'period' ? data.periodStart! : null,
        periodEnd: data.scope === 'period' ? data.periodEnd! : null,
        meetingId: data.scope === 'meeting' ? data.meetingId! : null,
      })
      .where(eq(numberingSchemes.id, schemeId))
      .returning();
    await recordEvent(tx, {
      actorId: principal!.id,
      action: 'scheme.updated',
      subjectType: 'numbering_scheme',
      subjectId: row.id,
      groupId: row.groupId,
      before: locked,
      after: data,
    });
    return row;
  });
}
