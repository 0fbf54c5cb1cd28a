/**
 * The content of a collaborative document: its Yjs state read as ProseMirror JSON and written from it (y-prosemirror
 * over the editor's own schema), and the plain text derived from the JSON for pages, search, diffs and lists.
 */
import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { documentExtensions } from './editor/extensions';

/** The Y.XmlFragment Tiptap's Collaboration extension edits. */
export const FIELD = 'default';

export interface PMNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** Built once when the module loads: building it takes long enough to be felt if it happened during editing. */
const editorSchema: Schema = getSchema(documentExtensions);

export function yDocToJson(doc: Y.Doc): PMNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(FIELD), editorSchema).toJSON() as PMNode;
}

/** Makes the document's content equal to `json`, as one Yjs change touching only what differs (so it merges like any edit). */
export function replaceContent(doc: Y.Doc, json: PMNode, origin: unknown = 'plenary-server') {
  doc.transact(() => prosemirrorJSONToYXmlFragment(editorSchema, json, doc.getXmlFragment(FIELD)), origin);
}

export function stateFromJson(json: PMNode): Uint8Array {
  const doc = new Y.Doc();
  replaceContent(doc, json);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export function jsonFromState(state: Uint8Array | null | undefined): PMNode {
  const doc = new Y.Doc();
  if (state?.length) Y.applyUpdate(doc, state);
  const json = yDocToJson(doc);
  doc.destroy();
  return json;
}

const inlineText = (n: PMNode): string =>
  n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : (n.content ?? []).map(inlineText).join('');

/** Plain text, one block per line; ordered lists numbered 1., 1.1., bullets as "-", table cells separated by " | ". */
export function jsonToText(json: PMNode): string {
  const lines: string[] = [];
  const walk = (n: PMNode, prefix: string, indent: string) => {
    switch (n.type) {
      case 'paragraph':
      case 'heading':
      case 'codeBlock':
        lines.push(indent + prefix + inlineText(n));
        return;
      case 'orderedList': {
        let i = Number(n.attrs?.start ?? 1) || 1;
        for (const item of n.content ?? []) {
          walkItem(item, `${prefix.trim() ? prefix.trim().replace(/\.$/, '') + '.' : ''}${i}. `, indent);
          i++;
        }
        return;
      }
      case 'bulletList':
        for (const item of n.content ?? []) walkItem(item, '- ', indent);
        return;
      case 'table':
        for (const row of n.content ?? [])
          lines.push(indent + (row.content ?? []).map((c) => (c.content ?? []).map(inlineText).join(' ')).join(' | '));
        return;
      case 'horizontalRule':
        lines.push(indent + '---');
        return;
      default:
        for (const c of n.content ?? []) walk(c, '', indent);
    }
  };
  const walkItem = (item: PMNode, label: string, indent: string) => {
    let first = true;
    for (const c of item.content ?? []) {
      if (first && (c.type === 'paragraph' || c.type === 'heading')) {
        lines.push(indent + label + inlineText(c));
        first = false;
        continue;
      }
      if (c.type === 'orderedList' && /^\d/.test(label)) walk(c, label, indent + '   ');
      else walk(c, '', indent + '   ');
    }
    if (first) lines.push(indent + label.trim());
  };
  walk(json, '', '');
  return lines.join('\n').trim();
}
