/**
 * The beginning of word/document.xml as a list of blocks: paragraphs, and table rows with their cells'
 * text (one line per paragraph or line break), column spans and vertically merged cells. Bounded: only
 * the first part of a long document is looked at, and a cover never yields more than MAX_BLOCKS blocks.
 */
import { XMLParser } from 'fast-xml-parser';

export interface Cell {
  text: string;
  /** Columns the cell spans (w:gridSpan). */
  span: number;
  /** A cell continuing a vertical merge from the row above (w:vMerge without "restart"): its text is the merged cell's. */
  continued: boolean;
}
export type Block = { kind: 'p'; text: string } | { kind: 'row'; table: number; cells: Cell[] };

export const COVER_LIMITS = {
  /** Characters of document.xml looked at: a cover page is far shorter; the rest of the document is not parsed. */
  xmlChars: 2 * 1024 * 1024,
  /** Paragraphs and table rows looked at. */
  blocks: 400,
  /** Characters kept of one field. */
  fieldChars: 10_000,
};

type Node = Record<string, unknown>;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

/** Elements whose text is not part of what the reader sees (deleted or moved-away text, field codes, VML copies of text boxes). */
const SKIP = new Set([
  'w:instrText',
  'w:delText',
  'w:del',
  'w:moveFrom',
  'w:rPr',
  'w:pPr',
  'w:tblPr',
  'w:tblGrid',
  'w:tcPr',
  'w:trPr',
  'w:sectPr',
  'w:fldChar',
  'mc:Fallback',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
]);
const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: Node) => (Array.isArray(n[tagOf(n)]) ? (n[tagOf(n)] as Node[]) : []);
const attr = (n: Node | undefined, name: string) => (n?.[':@'] as Record<string, string> | undefined)?.[`@_${name}`];
const child = (n: Node, tag: string) => kids(n).find((k) => tagOf(k) === tag);

function textOf(nodes: Node[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (tag === 'w:tab' || tag === 'w:ptab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (tag === 'w:noBreakHyphen') out += '\u2011';
    else if (tag === 'w:p') out += `${textOf(kids(n))}\n`;
    else if (!SKIP.has(tag)) out += textOf(kids(n));
  }
  return out;
}

/** The children with this tag (rows of a table, cells of a row), looking through content controls and custom XML wrappers. */
function childrenTagged(parent: Node, tag: string): Node[] {
  return kids(parent).flatMap((c) => {
    const t = tagOf(c);
    if (t === tag) return [c];
    if (t === 'w:sdt') return childrenTagged(child(c, 'w:sdtContent') ?? {}, tag);
    if (t === 'w:customXml' || t === 'w:sdtContent') return childrenTagged(c, tag);
    return [];
  });
}

function tableRows(tbl: Node, table: number): Block[] {
  // Text of the cell that starts a vertical merge, per grid column, so a continued cell can say what it continues.
  const mergedAt = new Map<number, string>();
  return childrenTagged(tbl, 'w:tr').map((tr) => {
    let col = 0;
    const cells = childrenTagged(tr, 'w:tc').map((tc): Cell => {
      const pr = child(tc, 'w:tcPr');
      const span = Math.max(1, Math.min(64, Number(attr(pr && child(pr, 'w:gridSpan'), 'w:val')) || 1));
      const vMerge = pr && child(pr, 'w:vMerge');
      const continued = !!vMerge && attr(vMerge, 'w:val') !== 'restart';
      let text = textOf(kids(tc)).replace(/\n+$/, '');
      if (continued) text = mergedAt.get(col) ?? '';
      else if (vMerge) mergedAt.set(col, text);
      else mergedAt.delete(col);
      col += span;
      return { text, span, continued };
    });
    return { kind: 'row' as const, table, cells };
  });
}

/** The first part of document.xml, cut after a paragraph or table that ends past the limit (the parser tolerates the open body). */
function coverPart(xml: string, limit: number): string {
  if (xml.length <= limit) return xml;
  const ends = /<w:tbl[\s>]|<\/w:tbl>|<\/w:p>/g;
  let depth = 0;
  for (let m = ends.exec(xml); m; m = ends.exec(xml)) {
    if (m[0].startsWith('<w:tbl')) depth++;
    else if (m[0] === '</w:tbl>') depth = Math.max(0, depth - 1);
    if (depth === 0 && m.index > limit && m[0] !== '<w:tbl') return xml.slice(0, m.index + m[0].length);
    if (m.index > limit * 2) break;
  }
  return xml.slice(0, limit);
}

export interface CoverBlocks {
  blocks: Block[];
  /** A table was longer than the blocks looked at: its last rows were not read. */
  tableCut: boolean;
}

/** Paragraphs and table rows of the body, in order, from the first part of the document. */
export function coverBlocks(documentXml: string, limits = COVER_LIMITS): CoverBlocks {
  const tree = parser.parse(coverPart(documentXml, limits.xmlChars)) as Node[];
  const blocks: Block[] = [];
  let tables = 0;
  let tableCut = false;
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (blocks.length >= limits.blocks) return;
      const tag = tagOf(n);
      if (tag === 'w:p') blocks.push({ kind: 'p', text: textOf(kids(n)).trim() });
      else if (tag === 'w:tbl') {
        const rows = tableRows(n, tables++);
        const room = limits.blocks - blocks.length;
        if (rows.length > room) tableCut = true;
        blocks.push(...rows.slice(0, room));
      } else if (!SKIP.has(tag) && tag !== '#text') walk(kids(n));
    }
  };
  walk(tree);
  return { blocks, tableCut };
}
