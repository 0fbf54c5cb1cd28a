import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { Db } from '../../db/client.server';
import { documentFiles, documents, meetings, type DocumentType } from '../../db/schema';
import type { Storage } from '../../storage';

/**
 * Submitted documents for registration/allocation tests, without going through the submission UI:
 * a `documents` row in state 'submitted' plus its main .docx in storage (or a placeholder key when no storage is given).
 */
export interface SubmittedFixture {
  meetingId: string;
  submittedBy: string;
  type?: DocumentType;
  title?: string;
  source?: string;
  late?: boolean;
  submittedAt?: Date;
  proposedGroups?: string[];
  revisionOfId?: string | null;
  relation?: 'original' | 'addendum' | 'corrigendum';
  relatedToId?: string | null;
  state?: 'submitted' | 'withdrawn';
  /** The main file's bytes; default a small ITU-style .docx (see itusCoverDocx). */
  docx?: Buffer;
}

let counter = 0;

export async function createSubmittedDocument(db: Db, storage: Storage | null, f: SubmittedFixture) {
  const [meeting] = await db
    .select()
    .from(meetings)
    .where((await import('drizzle-orm')).eq(meetings.id, f.meetingId));
  const title = f.title ?? `Fixture contribution ${++counter}`;
  const [doc] = await db
    .insert(documents)
    .values({
      meetingId: meeting.id,
      groupId: meeting.groupId,
      type: f.type ?? (meeting.documentTypes[0] as DocumentType),
      state: f.state ?? 'submitted',
      title,
      source: f.source ?? 'ETRI',
      late: f.late ?? false,
      submittedBy: f.submittedBy,
      submittedAt: f.submittedAt ?? new Date(),
      proposedGroups: f.proposedGroups ?? [],
      revisionOfId: f.revisionOfId ?? null,
      relation: f.relation ?? 'original',
      relatedToId: f.relatedToId ?? null,
      access: meeting.documentAccess,
    })
    .returning();
  const bytes = f.docx ?? (storage ? await ituCoverDocx({ title }) : Buffer.from('placeholder'));
  const key = `uploads/fixtures/${randomUUID()}`;
  if (storage) await storage.put(key, Readable.from([bytes]));
  await db.insert(documentFiles).values({
    documentId: doc.id,
    role: 'main',
    version: 1,
    filename: 'contribution.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    crc32: zlib.crc32(bytes),
    storageKey: key,
    uploadedBy: f.submittedBy,
  });
  return doc;
}

const cell = (text: string, bold = false) =>
  new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });

/** A .docx laid out like ITU documents: a cover table with a "FGMV-I-xxx" number placeholder and label/value rows. */
export async function ituCoverDocx(opts: { title: string; placeholder?: string | null; header?: string | null }) {
  const rows = [
    new TableRow({
      children: [
        cell('INTERNATIONAL TELECOMMUNICATION UNION', true),
        cell(opts.placeholder === undefined ? 'FGMV-I-xxx' : (opts.placeholder ?? 'ITU-T Focus Group')),
      ],
    }),
    new TableRow({ children: [cell('Source:', true), cell('ETRI')] }),
    new TableRow({ children: [cell('Title:', true), cell(opts.title)] }),
    new TableRow({ children: [cell('Purpose:', true), cell('Proposal')] }),
  ];
  const doc = new Document({
    sections: [
      {
        headers: opts.header
          ? {
              default: new Header({
                children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(opts.header)] })],
              }),
            }
          : undefined,
        children: [
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
          new Paragraph({ children: [new TextRun('1 Introduction — 引言 — Введение')] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** The text of a .docx's body and headers (their XML without the tags): what a generated file says. */
export function docxText(bytes: Buffer): string {
  const parts = unzipSync(bytes, { filter: (f) => /^word\/(document|header\d*)\.xml$/.test(f.name) });
  return Object.values(parts)
    .map((xml) => strFromU8(xml).replace(/<[^>]+>/g, ''))
    .join('\n');
}
