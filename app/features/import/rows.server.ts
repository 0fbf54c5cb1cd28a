/**
 * The rules for one row of an imported document list: its number against the scheme's format, its type, WGs,
 * agenda item, decision, access, contacts and dates. Pure functions over what planImport loaded once.
 */
import { z } from 'zod';
import { DECISIONS, DOCUMENT_TYPES, PURPOSES, type Contact, type DocumentType } from '../../../db/schema';
import { translate, type MessageKey } from '~/i18n';
import { formatUsesPart, PART_PATTERN, renderNumber, type Scheme } from '../registration/numbering.server';
import { TITLE_MAX } from '../submissions/submission-types';
import type { ListRow } from './list-file.server';

export interface RowMessage {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

/** What a row will become: its number taken apart, the values to store, or the reasons it cannot be. */
export interface ParsedRow {
  line: number;
  label: string;
  base: string;
  revision: number;
  relation: 'original' | 'addendum' | 'corrigendum';
  relationNumber: number;
  type: DocumentType | null;
  scheme: Scheme | null;
  number: number | null;
  part: string;
  title: string;
  source: string;
  groupIds: string[];
  agendaItemId: string | null;
  decision: (typeof DECISIONS)[number] | null;
  access: 'public' | 'members' | null;
  contacts: Contact[];
  purpose: (typeof PURPOSES)[number] | null;
  keywords: string[];
  abstract: string;
  registeredAt: Date | null;
  publishedAt: Date | null;
  late: boolean;
  errors: RowMessage[];
  warnings: RowMessage[];
}

export interface RowContext {
  schemes: Map<DocumentType, Scheme>;
  /** Codes of the meeting group's WGs and Questions, with their ids. */
  subgroups: { code: string; id: string }[];
  agendaItems: { id: string; label: string; title: string }[];
}

const SUFFIX = /^(.*?)(?:\s+(Add|Corr)\.\s*(\d+))?(?:\s+Rev\.\s*(\d+))?$/i;

/** "SG20-C123 Add.1 Rev.2" → the printed number, addendum/corrigendum and revision. */
export function splitLabel(label: string) {
  const m = SUFFIX.exec(label.trim())!;
  return {
    base: m[1].trim(),
    relation: m[2]
      ? m[2].toLowerCase() === 'add'
        ? ('addendum' as const)
        : ('corrigendum' as const)
      : ('original' as const),
    relationNumber: m[3] ? Number(m[3]) : 0,
    revision: m[4] ? Number(m[4]) : 0,
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number and part a printed number carries in a scheme's format, or null when it does not follow it. */
export function numberInFormat(format: string, printed: string): { number: number; part: string } | null {
  let partAt = -1;
  let numberAt = -1;
  let group = 0;
  const pattern = format.split(/(\{[^}]*\})/).map((piece) => {
    if (piece === '{part}') {
      partAt = ++group;
      return '(PLEN|GEN|WP\\d{1,2})';
    }
    if (/^\{n(:\d+)?\}$/.test(piece)) {
      numberAt = ++group;
      return '(\\d+)';
    }
    return escapeRe(piece);
  });
  const m = new RegExp(`^${pattern.join('')}$`, 'i').exec(printed.trim());
  if (!m || numberAt < 0) return null;
  const n = Number(m[numberAt]);
  const part = partAt > 0 ? m[partAt].toUpperCase() : '';
  // Padding must be as the scheme prints it: "FGMV-I-12" is not "FGMV-I-012".
  if (n < 1 || renderNumber(format, n, part).toLowerCase() !== printed.trim().toLowerCase()) return null;
  if (part && !PART_PATTERN.test(part)) return null;
  return { number: n, part };
}

/** A type as written: its code (td, ls_in) or its English name (Temporary document). */
export function typeOf(written: string): DocumentType | null {
  const w = written.trim().toLowerCase();
  if (!w) return null;
  for (const t of DOCUMENT_TYPES) {
    if (t === w || t.replace('_', ' ') === w) return t;
    if (translate('en', `documents.type.${t}` as MessageKey).toLowerCase() === w) return t;
  }
  return null;
}

const email = z.string().email();

/** "Name <a@b.org>; c@d.org" → contacts; null when an address is not one. */
export function contactsOf(written: string): { contacts: Contact[]; bad: string | null } {
  const contacts: Contact[] = [];
  for (const piece of written
    .split(/[;\n]|,(?=[^,]*@)/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const angled = /^(.*)<([^>]*)>\s*$/.exec(piece);
    const address = (angled ? angled[2] : (/\S+@\S+/.exec(piece)?.[0] ?? piece)).trim().toLowerCase();
    if (!email.safeParse(address).success) return { contacts, bad: piece };
    const name = (angled ? angled[1] : piece.replace(address, '')).replace(/["',]/g, ' ').replace(/\s+/g, ' ').trim();
    contacts.push({ name, organisation: '', country: '', email: address });
  }
  return { contacts, bad: null };
}

/** Codes named in a cell ("WG2 WG3", "Q1/20, Q2/20"), longest first so "WG1" never eats "WG10". */
function groupsIn(written: string, subgroups: RowContext['subgroups']) {
  let rest = ` ${written} `;
  const ids: string[] = [];
  for (const g of [...subgroups].sort((a, b) => b.code.length - a.code.length)) {
    const re = new RegExp(`(^|[\\s,;])${escapeRe(g.code)}(?=$|[\\s,;])`, 'i');
    if (re.test(rest)) {
      ids.push(g.id);
      rest = rest.replace(re, '$1');
    }
  }
  const unknown = rest
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { ids, unknown };
}

function dateOf(written: string | undefined): Date | null | 'bad' {
  if (!written) return null;
  const d = new Date(written);
  return Number.isNaN(d.getTime()) ? 'bad' : d;
}

/** Checks one row against the meeting: every problem is named, not only the first. */
export function parseRow(row: ListRow, ctx: RowContext): ParsedRow {
  const v = row.values;
  const errors: RowMessage[] = [];
  const warnings: RowMessage[] = [];
  const label = (v.number ?? '').replace(/\s+/g, ' ').trim();
  const { base, relation, relationNumber, revision } = splitLabel(label);
  if (!label) errors.push({ key: 'import.row.numberMissing' });
  const title = (v.title ?? '').trim();
  if (!title) errors.push({ key: 'import.row.titleMissing' });
  if (title.length > TITLE_MAX) errors.push({ key: 'submissions.titleTooLong' });

  let type = v.type ? typeOf(v.type) : null;
  if (v.type && !type) errors.push({ key: 'import.row.unknownType', vars: { type: v.type } });
  if (!v.type && label) {
    // Without a type column, the scheme whose format the number follows tells the type.
    for (const [t, s] of ctx.schemes) if (!type && numberInFormat(s.format, base)) type = t;
    if (!type) errors.push({ key: 'import.row.typeUnknownFromNumber', vars: { number: label } });
  }
  const scheme = type ? (ctx.schemes.get(type) ?? null) : null;
  if (type && !scheme) errors.push({ key: 'import.row.noScheme', vars: { type } });
  const inFormat = scheme && label ? numberInFormat(scheme.format, base) : null;
  if (scheme && label && !inFormat)
    errors.push({
      key: 'import.row.numberFormat',
      vars: { number: base, example: renderNumber(scheme.format, 1, formatUsesPart(scheme.format) ? 'PLEN' : '') },
    });

  const { ids: groupIds, unknown } = groupsIn(v.groups ?? '', ctx.subgroups);
  for (const code of unknown) errors.push({ key: 'import.row.unknownGroup', vars: { code } });

  let agendaItemId: string | null = null;
  if (v.agenda) {
    const labelOf = v.agenda.split(/\s+/)[0].replace(/\.$/, '');
    const item =
      ctx.agendaItems.find((a) => a.label === labelOf) ??
      ctx.agendaItems.find((a) => a.title.toLowerCase() === v.agenda!.toLowerCase());
    if (item) agendaItemId = item.id;
    else warnings.push({ key: 'import.row.unknownAgenda', vars: { item: v.agenda } });
  }

  const decisionWritten = (v.decision ?? '').toLowerCase();
  const decision = (DECISIONS as readonly string[]).includes(decisionWritten)
    ? (decisionWritten as ParsedRow['decision'])
    : null;
  if (decisionWritten && !decision)
    errors.push({ key: 'import.row.unknownDecision', vars: { decision: v.decision!, allowed: DECISIONS.join(', ') } });

  const accessWritten = (v.access ?? '').toLowerCase();
  const access = accessWritten === 'public' || accessWritten === 'members' ? accessWritten : null;
  if (accessWritten && !access) errors.push({ key: 'import.row.unknownAccess', vars: { access: v.access! } });

  const purposeWritten = (v.purpose ?? '').toLowerCase();
  const purpose = (PURPOSES as readonly string[]).includes(purposeWritten)
    ? (purposeWritten as ParsedRow['purpose'])
    : null;
  if (purposeWritten && !purpose)
    errors.push({ key: 'import.row.unknownPurpose', vars: { purpose: v.purpose!, allowed: PURPOSES.join(', ') } });

  const { contacts, bad } = contactsOf(v.contacts ?? '');
  if (bad) errors.push({ key: 'import.row.badEmail', vars: { value: bad } });

  const registeredAt = dateOf(v.registeredAt);
  const publishedAt = dateOf(v.publishedAt);
  for (const [d, written] of [
    [registeredAt, v.registeredAt],
    [publishedAt, v.publishedAt],
  ] as const)
    if (d === 'bad') errors.push({ key: 'import.row.badDate', vars: { value: written! } });

  return {
    line: row.line,
    label,
    base,
    revision,
    relation,
    relationNumber,
    type,
    scheme,
    number: inFormat?.number ?? null,
    part: inFormat?.part ?? '',
    title,
    source: (v.source ?? '').trim(),
    groupIds,
    agendaItemId,
    decision,
    access,
    contacts,
    purpose,
    keywords: (v.keywords ?? '')
      .split(/[,;]/)
      .map((k) => k.trim())
      .filter(Boolean)
      .slice(0, 50),
    abstract: (v.abstract ?? '').trim(),
    registeredAt: registeredAt === 'bad' ? null : registeredAt,
    publishedAt: publishedAt === 'bad' ? null : publishedAt,
    late: /^(yes|true|1|late)$/i.test(v.late ?? ''),
    errors,
    warnings,
  };
}
