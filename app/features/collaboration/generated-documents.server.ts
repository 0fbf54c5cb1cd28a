/**
 * Documents the collaboration features generate: the .docx of a draft agenda or a liaison statement (the ITU-T
 * header and cover table of documents/itu-layout.server.ts, then the collaborative text as headings, numbered lists,
 * tables and links), registered as a numbered document of the meeting.
 */
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Db } from '../../../db/client.server';
import { documentFiles, documents, meetings, type Contact } from '../../../db/schema';
import type { Storage } from '../../../storage';
import { DomainError } from '../../platform/errors';
import { fullLabel } from '../registration/numbering.server';
import type { DocumentRow } from '../registration/register.server';
import { reserveNumberInTx, type NewNumberedDocument } from '../registration/reserved-numbers.server';
import { gap, ituCoverTable, ituHeaderTable, TEXT_WIDTH } from '../documents/itu-layout.server';
import { documentLabels, documentLocale } from '../../i18n/document-labels';
import { formatDateRange } from '../../platform/format';
import { dateInZone } from '../../platform/time';
import type { PMNode } from './content.server';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function runs(nodes: PMNode[] = []): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    if (n.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
    if (n.type !== 'text') return runs(n.content);
    const has = (t: string) => n.marks?.some((m) => m.type === t);
    const run = new TextRun({
      text: n.text ?? '',
      bold: has('bold'),
      italics: has('italic'),
      strike: has('strike'),
      underline: has('underline') ? {} : undefined,
      style: has('link') ? 'Hyperlink' : undefined,
    });
    const link = n.marks?.find((m) => m.type === 'link')?.attrs?.href;
    return typeof link === 'string' && /^(https?:|mailto:)/.test(link)
      ? [new ExternalHyperlink({ link, children: [run] })]
      : [run];
  });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** ProseMirror JSON to .docx blocks: headings, paragraphs, numbered and bulleted lists (labels written out), tables, links. */
export function docxBlocks(json: PMNode): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const block = (n: PMNode, indent: number, label?: string) => {
    const ind = indent ? { left: 360 * indent, hanging: label ? 360 : 0 } : undefined;
    switch (n.type) {
      case 'heading':
        out.push(
          new Paragraph({
            heading: HEADINGS[Math.min(6, Math.max(1, Number(n.attrs?.level ?? 1))) - 1],
            children: [...(label ? [new TextRun(`${label}\t`)] : []), ...runs(n.content)],
            indent: ind,
          }),
        );
        return;
      case 'paragraph':
      case 'codeBlock':
        out.push(
          new Paragraph({ children: [...(label ? [new TextRun(`${label}\t`)] : []), ...runs(n.content)], indent: ind }),
        );
        return;
      case 'orderedList':
      case 'bulletList': {
        let i = Number(n.attrs?.start ?? 1) || 1;
        for (const item of n.content ?? []) {
          const mine =
            n.type === 'orderedList'
              ? `${label && /\d/.test(label) ? label.replace(/\.$/, '') + '.' : ''}${i++}.`
              : '•';
          (item.content ?? []).forEach((c, k) => {
            if (c.type === 'orderedList') block(c, indent + 1, n.type === 'orderedList' ? mine : undefined);
            else block(c, indent + 1, k === 0 ? mine : undefined);
          });
        }
        return;
      }
      case 'table': {
        // Column widths the text sets (Tiptap's colwidth, in pixels) are kept in proportion across the text width.
        const widths = (n.content?.[0]?.content ?? []).flatMap((c) =>
          Array.isArray(c.attrs?.colwidth) ? (c.attrs.colwidth as number[]) : [NaN],
        );
        const total = widths.reduce((a, w) => a + w, 0);
        const columnWidths =
          widths.length && widths.every((w) => w > 0)
            ? widths.map((w) => Math.round((w / total) * TEXT_WIDTH))
            : undefined;
        const rows = (n.content ?? []).map(
          (row) =>
            new TableRow({
              children: (row.content ?? []).map((cell) => {
                const sub = docxBlocks({ type: 'doc', content: cell.content ?? [] }).filter(
                  (b): b is Paragraph => b instanceof Paragraph,
                );
                return new TableCell({
                  children: sub.length ? sub : [new Paragraph('')],
                  columnSpan: Number(cell.attrs?.colspan ?? 1) || 1,
                });
              }),
            }),
        );
        if (rows.length) out.push(new Table({ rows, columnWidths, width: { size: TEXT_WIDTH, type: WidthType.DXA } }));
        return;
      }
      case 'blockquote':
        for (const c of n.content ?? []) block(c, indent + 1);
        return;
      case 'horizontalRule':
        out.push(
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
            children: [],
          }),
        );
        return;
      default:
        for (const c of n.content ?? []) block(c, indent);
    }
  };
  for (const c of json.content ?? []) block(c, 0);
  return out;
}

/**
 * The one way the collaboration features create a numbered document (a published agenda, an outgoing or incoming
 * liaison statement): reserveNumberInTx takes the number (meeting's scheme for the type, with its
 * fallbacks; counter row locked until the caller's transaction ends) and writes the registered row and its audit
 * event; then the .docx is rendered with that number, stored ("files before rows") and attached as the main file.
 * Runs in the caller's transaction; the caller has checked permissions and calls afterRegistration after commit.
 * Without a usable scheme it refuses with collab.noScheme (what to do, and for which kind of document).
 */
export async function registerGeneratedDocument(
  tx: Db,
  storage: Storage,
  actorId: string,
  input: Omit<NewNumberedDocument, 'state' | 'now'> & {
    contacts?: Contact[];
    filenameStem: string;
    /** The .docx, given the number and the registration time (the header shows both, as the stamp will). */
    render: (numberLabel: string, registeredAt: Date | null) => Promise<Buffer>;
    /** Publish it at once with the meeting's default access (a published agenda, a sent statement). */
    publish?: boolean;
  },
) {
  const { contacts, filenameStem, render, publish, ...numbered } = input;
  let doc: DocumentRow;
  try {
    doc = await reserveNumberInTx(tx, actorId, { ...numbered, state: 'registered' });
  } catch (err) {
    if (err instanceof DomainError && err.messageKey === 'registration.noScheme') {
      throw new DomainError(
        'conflict',
        input.type === 'agenda'
          ? 'collab.noScheme.agenda'
          : input.type === 'report'
            ? 'report.noScheme'
            : input.type === 'ls_in'
              ? 'collab.noScheme.ls_in'
              : 'collab.noScheme.ls_out',
      );
    }
    throw err;
  }
  if (contacts?.length) await tx.update(documents).set({ contacts }).where(eq(documents.id, doc.id));
  const numberLabel = fullLabel(doc) ?? doc.numberLabel ?? '';
  const bytes = await render(numberLabel, doc.registeredAt ?? null);
  const put = await storage.put(`generated/${randomUUID()}.docx`, Readable.from([bytes]), { contentType: DOCX_TYPE });
  const filename = `${numberLabel.replace(/[^\w.-]+/g, '-')}-${filenameStem}.docx`.slice(0, 120);
  await tx.insert(documentFiles).values({
    documentId: doc.id,
    role: 'main',
    filename,
    contentType: DOCX_TYPE,
    size: put.size,
    sha256: put.sha256,
    crc32: put.crc32,
    storageKey: put.key,
    uploadedBy: actorId,
  });
  if (publish) {
    const [meeting] = await tx
      .select({ access: meetings.documentAccess })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    await tx.update(documents).set({ publishedAt: new Date(), access: meeting.access }).where(eq(documents.id, doc.id));
  }
  return { document: doc, numberLabel, storageKey: put.key, bytes };
}

/**
 * The front of a meeting's generated text (agenda, report): the ITU-T header (number and date) and the cover table
 * (Questions, meeting place and dates, the kind, source, title, purpose), in the meeting's working language.
 */
export function meetingTextFront(
  meeting: Pick<typeof meetings.$inferSelect, 'place' | 'startsOn' | 'endsOn' | 'timeZone' | 'language'>,
  group: { code: string; name: string },
  numberLabel: string | null,
  registeredAt: Date | null | undefined,
  cover: { heading: string; source: string; title: string; purpose: string },
) {
  const L = documentLabels(documentLocale(meeting));
  const place = `${meeting.place || L.virtual}, ${formatDateRange(meeting.startsOn, meeting.endsOn, L.dateLocale)}`;
  const c = cover;
  return [
    ituHeaderTable({
      groupName: group.name,
      groupCode: group.code,
      meetingDate: meeting.startsOn,
      numberLabel,
      date: registeredAt ? dateInZone(registeredAt, meeting.timeZone) : null,
      labels: L,
    }),
    gap(),
    ituCoverTable([
      { label: L.question, value: L.all, label2: L.meetingDate, value2: place },
      { heading: c.heading },
      { label: L.source, value: c.source },
      { label: L.title, value: c.title },
      { label: L.purpose, value: c.purpose, ruleBelow: true },
    ]),
  ];
}
