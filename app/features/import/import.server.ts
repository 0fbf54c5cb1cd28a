/**
 * Importing an existing meeting document list (CSV or .xlsx, optionally a zip of the files named by number):
 * every row is checked first and the whole list is refused with every reason when one row is wrong; otherwise one
 * transaction, under the scheme counters' lock, inserts the documents with their numbers, allocations, files and
 * events and moves each counter past the numbers taken. Rows whose number the meeting already has are left as
 * they are, so the same list imported twice changes nothing. Files are stored before the transaction and removed
 * when it does not commit (or when it is a dry run).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import {
  agendaItems,
  documentAllocations,
  documentFiles,
  documents,
  groups,
  numberingSchemes,
  DOCUMENT_TYPES,
  type DocumentType,
} from '../../../db/schema';
import type { Storage } from '../../../storage';
import { translate, type Locale } from '~/i18n';
import { recordEvent } from '../../platform/audit.server';
import { groupSubtree, type Principal } from '../groups/permissions.server';
import { authorizeMeeting } from '../meetings/policy.server';
import { fullLabel, lockSchemes, resolveScheme, type Scheme } from '../registration/numbering.server';
import type { ByteSource } from '../submissions/byte-source';
import { readList } from './list-file.server';
import { parseRow, type ParsedRow, type RowContext, type RowMessage } from './rows.server';
import { listZip, numberKey, storeZipFiles, type StoredImportFile } from './zip-files.server';

const MB = 1024 * 1024;

export interface ImportRowReport {
  line: number;
  number: string;
  title: string;
  type: DocumentType | null;
  /** create: will be (or was) created; unchanged: the meeting has this number already; error: see errors. */
  action: 'create' | 'unchanged' | 'error';
  files: string[];
  errors: string[];
  warnings: string[];
}

export interface ImportReport {
  meeting: { slug: string; title: string };
  dryRun: boolean;
  /** True when the documents were stored. */
  imported: boolean;
  encoding: string;
  rows: ImportRowReport[];
  /** Problems of the whole list or zip (ignored columns, zip entries that match no row, files refused). */
  warnings: string[];
  errors: string[];
  counts: { create: number; unchanged: number; error: number; files: number };
}

export interface ImportInput {
  list: Buffer;
  zip?: ByteSource | null;
  dryRun: boolean;
  locale?: Locale;
}

async function rowContext(db: Db, meeting: { id: string; groupId: string; startsOn: string }): Promise<RowContext> {
  const schemes = new Map<DocumentType, Scheme>();
  for (const type of DOCUMENT_TYPES) {
    const s = await resolveScheme(db, meeting, type);
    if (s) schemes.set(type, s);
  }
  const below = (await groupSubtree(db, meeting.groupId)).filter((id) => id !== meeting.groupId);
  const subgroups = below.length
    ? await db.select({ id: groups.id, code: groups.code }).from(groups).where(inArray(groups.id, below))
    : [];
  const items = await db
    .select({ id: agendaItems.id, label: agendaItems.label, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id));
  return { schemes, subgroups, agendaItems: items };
}

const identity = (r: Pick<ParsedRow, 'number' | 'revision' | 'relation' | 'relationNumber'>, schemeId: string) =>
  `${schemeId}|${r.number}|${r.revision}|${r.relation}|${r.relationNumber}`;

/** Documents already holding numbers of these schemes, by identity, with the meeting they belong to. */
async function existingNumbers(db: Db, schemeIds: string[]) {
  if (!schemeIds.length) return new Map<string, { id: string; meetingId: string }>();
  const rows = await db
    .select({
      id: documents.id,
      meetingId: documents.meetingId,
      schemeId: documents.schemeId,
      number: documents.number,
      revision: documents.revision,
      relation: documents.relation,
      relationNumber: documents.relationNumber,
    })
    .from(documents)
    .where(and(inArray(documents.schemeId, schemeIds), sql`${documents.number} is not null`));
  return new Map(rows.map((r) => [identity(r, r.schemeId!), { id: r.id, meetingId: r.meetingId }]));
}

/** Checks every row; marks duplicates and numbers the meeting (or another meeting) already has. */
function classify(parsed: ParsedRow[], existing: Map<string, { id: string; meetingId: string }>, meetingId: string) {
  const seen = new Map<string, number>();
  return parsed.map((row) => {
    let action: ImportRowReport['action'] = row.errors.length ? 'error' : 'create';
    const key = numberKey(row.label);
    if (row.label && seen.has(key)) {
      row.errors.push({ key: 'import.row.duplicate', vars: { number: row.label, line: seen.get(key)! } });
      action = 'error';
    } else if (row.label) seen.set(key, row.line);
    if (action === 'create' && row.scheme) {
      const found = existing.get(identity(row, row.scheme.id));
      if (found && found.meetingId === meetingId) action = 'unchanged';
      else if (found) {
        row.errors.push({ key: 'import.row.numberTaken', vars: { number: row.label } });
        action = 'error';
      }
    }
    return { row, action };
  });
}

/** A revision, addendum or corrigendum needs its original in the list or in the meeting. */
function checkOriginals(
  plan: { row: ParsedRow; action: ImportRowReport['action'] }[],
  existing: Map<string, { id: string; meetingId: string }>,
) {
  const inList = new Set(plan.filter((p) => p.action !== 'error').map((p) => numberKey(p.row.label)));
  for (const p of plan) {
    if (p.action !== 'create' || (p.row.revision === 0 && p.row.relation === 'original')) continue;
    const original = { ...p.row, revision: 0, relation: 'original' as const, relationNumber: 0 };
    const originalLabel = p.row.base;
    if (!inList.has(numberKey(originalLabel)) && !existing.has(identity(original, p.row.scheme!.id))) {
      p.row.errors.push({ key: 'import.row.originalMissing', vars: { number: p.row.label, original: originalLabel } });
      p.action = 'error';
    }
  }
}

const say = (locale: Locale, m: RowMessage) => translate(locale, m.key, m.vars);

/**
 * Checks (dryRun) or imports a document list into a meeting. Only the secretariat of the meeting's group may.
 * Whole-list problems (encoding, too many rows, missing columns) throw a DomainError; row problems are reported.
 */
export async function importDocumentList(
  db: Db,
  storage: Storage,
  principal: Principal | null,
  meetingSlug: string,
  input: ImportInput,
): Promise<ImportReport> {
  const locale = input.locale ?? 'en';
  const { meeting } = await authorizeMeeting(db, principal, 'manageDocuments', { slug: meetingSlug });
  const list = await readList(input.list);
  const ctx = await rowContext(db, meeting);
  const parsed = list.rows.map((r) => parseRow(r, ctx));
  const schemeIds = [...new Set([...ctx.schemes.values()].map((s) => s.id))];
  const existing = await existingNumbers(db, schemeIds);
  const plan = classify(parsed, existing, meeting.id);
  checkOriginals(plan, existing);

  const warnings = list.ignoredColumns.map((c) => translate(locale, 'import.list.ignoredColumn', { column: c }));
  const errors: string[] = [];
  const filesByKey = new Map<string, StoredImportFile[]>();
  const fileProblems = new Map<string, string[]>();
  let stored: StoredImportFile[] = [];
  const matchedNames = new Map<string, string[]>();

  try {
    if (input.zip) {
      const listing = await listZip(
        input.zip,
        plan.filter((p) => p.action === 'create').map((p) => p.row.label),
      );
      try {
        const known = new Set(plan.map((p) => numberKey(p.row.label)));
        for (const name of listing.unmatched)
          warnings.push(
            translate(locale, known.has(numberKey(name)) ? 'import.zip.notNeeded' : 'import.zip.unmatched', { name }),
          );
        for (const m of listing.matches) matchedNames.set(m.key, [...(matchedNames.get(m.key) ?? []), m.filename]);
        const result = await storeZipFiles(storage, listing, {
          maxBytes: meeting.maxFileMb * MB,
          attachmentFormats: meeting.attachmentFormats,
        });
        stored = result.stored;
        for (const f of stored) filesByKey.set(f.numberKey, [...(filesByKey.get(f.numberKey) ?? []), f]);
        for (const p of result.problems)
          fileProblems.set(p.key, [
            ...(fileProblems.get(p.key) ?? []),
            translate(locale, p.error.messageKey, p.error.vars),
          ]);
      } finally {
        listing.opened.close();
      }
    }

    const rows: ImportRowReport[] = plan.map(({ row, action }) => {
      const key = numberKey(row.label);
      const problems = action === 'create' ? (fileProblems.get(key) ?? []) : [];
      const finalAction = problems.length ? 'error' : action;
      const hasMain = (filesByKey.get(key) ?? []).some((f) => f.role === 'main');
      const rowWarnings = row.warnings.map((w) => say(locale, w));
      if (finalAction === 'create' && (filesByKey.get(key)?.length ?? 0) > 0 && !hasMain)
        rowWarnings.push(translate(locale, 'import.row.noMainFile'));
      return {
        line: row.line,
        number: row.label,
        title: row.title,
        type: row.type,
        action: finalAction,
        files: action === 'create' ? (matchedNames.get(key) ?? []) : [],
        errors: [...row.errors.map((e) => say(locale, e)), ...problems],
        warnings: rowWarnings,
      };
    });
    const counts = {
      create: rows.filter((r) => r.action === 'create').length,
      unchanged: rows.filter((r) => r.action === 'unchanged').length,
      error: rows.filter((r) => r.action === 'error').length,
      files: stored.length,
    };
    if (!rows.length) errors.push(translate(locale, 'import.list.noRows'));
    if (counts.error) errors.push(translate(locale, 'import.refused', { count: counts.error }));
    const report: ImportReport = {
      meeting: { slug: meeting.slug, title: meeting.title },
      dryRun: input.dryRun,
      imported: false,
      encoding: list.encoding,
      rows,
      warnings,
      errors,
      counts,
    };
    if (input.dryRun || errors.length || !counts.create) {
      await Promise.all(stored.map((f) => storage.delete(f.key).catch(() => {})));
      return report;
    }
    const toCreate = plan.filter((p, i) => rows[i].action === 'create').map((p) => p.row);
    const created = await storeRows(db, principal, meeting, toCreate, filesByKey);
    return { ...report, imported: true, counts: { ...counts, create: created } };
  } catch (err) {
    await Promise.all(stored.map((f) => storage.delete(f.key).catch(() => {})));
    throw err;
  }
}

/** Originals first, then addenda/corrigenda, then revisions in order, so each finds the row it points to. */
const order = (r: ParsedRow) => (r.relation === 'original' ? 0 : 1) * 1000 + r.revision;

async function storeRows(
  db: Db,
  principal: Principal | null,
  meeting: { id: string; groupId: string; documentAccess: 'public' | 'members' },
  rows: ParsedRow[],
  filesByKey: Map<string, StoredImportFile[]>,
): Promise<number> {
  const actorId = principal?.id || null;
  return inTransaction(db, async (tx) => {
    // The lock registration takes on the counters: numbers handed out meanwhile cannot collide with imported ones.
    const schemeIds = [...new Set(rows.map((r) => r.scheme!.id))];
    await lockSchemes(tx, schemeIds);
    const existing = await existingNumbers(tx, schemeIds);
    const ids = new Map<string, string>();
    for (const [key, v] of existing) if (v.meetingId === meeting.id) ids.set(key, v.id);
    const now = new Date();
    let created = 0;
    for (const row of [...rows].sort((a, b) => order(a) - order(b))) {
      const schemeId = row.scheme!.id;
      const key = identity(row, schemeId);
      if (existing.has(key)) continue; // imported meanwhile by someone else: the same list twice changes nothing
      const original = ids.get(identity({ ...row, revision: 0, relation: 'original', relationNumber: 0 }, schemeId));
      const previous =
        row.revision > 0 ? ids.get(identity({ ...row, revision: row.revision - 1 }, schemeId)) : undefined;
      const relatedBase =
        row.relation !== 'original'
          ? ids.get(identity({ ...row, revision: 0, relation: 'original', relationNumber: 0 }, schemeId))
          : undefined;
      const [doc] = await tx
        .insert(documents)
        .values({
          meetingId: meeting.id,
          groupId: meeting.groupId,
          type: row.type!,
          state: row.decision === 'withdrawn' ? 'withdrawn' : 'registered',
          schemeId,
          number: row.number!,
          part: row.part,
          numberLabel: row.base,
          revision: row.revision,
          revisionOfId: previous ?? (row.revision > 0 ? original : null) ?? null,
          relation: row.relation,
          relatedToId: relatedBase ?? null,
          relationNumber: row.relationNumber,
          title: row.title,
          source: row.source,
          contacts: row.contacts,
          purpose: row.purpose,
          keywords: row.keywords,
          abstract: row.abstract,
          proposedGroups: [],
          agendaItemId: row.agendaItemId,
          late: row.late,
          access: row.access ?? meeting.documentAccess,
          submittedBy: actorId,
          submittedAt: row.registeredAt ?? now,
          registeredBy: actorId,
          registeredAt: row.registeredAt ?? now,
          publishedAt: row.publishedAt,
          decision: row.decision,
          decidedAt: row.decision ? now : null,
          decidedBy: row.decision ? actorId : null,
          withdrawnAt: row.decision === 'withdrawn' ? now : null,
          updatedAt: now,
        })
        .returning({ id: documents.id });
      ids.set(key, doc.id);
      created++;
      if (row.groupIds.length)
        await tx
          .insert(documentAllocations)
          .values(row.groupIds.map((groupId) => ({ documentId: doc.id, groupId, allocatedBy: actorId })));
      const files = filesByKey.get(numberKey(row.label)) ?? [];
      const mainIndex = files.findIndex((f) => f.role === 'main');
      if (files.length)
        await tx.insert(documentFiles).values(
          files.map((f, i) => ({
            documentId: doc.id,
            role: i === mainIndex ? ('main' as const) : ('attachment' as const),
            filename: f.filename,
            contentType: f.contentType,
            size: f.size,
            sha256: f.sha256,
            crc32: f.crc32,
            storageKey: f.key,
            uploadedBy: actorId,
            uploadedAt: now,
          })),
        );
      await recordEvent(tx, {
        actorId,
        action: 'document.imported',
        subjectType: 'document',
        subjectId: doc.id,
        documentId: doc.id,
        meetingId: meeting.id,
        groupId: meeting.groupId,
        after: {
          number: fullLabel({ numberLabel: row.base, ...row }),
          title: row.title,
          type: row.type,
          line: row.line,
          files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 })),
        },
      });
    }
    // Move each counter past the numbers now taken (never back), in the same transaction and under the same lock.
    for (const schemeId of schemeIds) {
      const max = Math.max(0, ...rows.filter((r) => r.scheme!.id === schemeId).map((r) => r.number!));
      await tx
        .update(numberingSchemes)
        .set({ lastNumber: sql`greatest(${numberingSchemes.lastNumber}, ${max})` })
        .where(eq(numberingSchemes.id, schemeId));
    }
    await recordEvent(tx, {
      actorId,
      action: 'meeting.list_imported',
      subjectType: 'meeting',
      subjectId: meeting.id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      after: { created, rows: rows.length },
    });
    return created;
  });
}
