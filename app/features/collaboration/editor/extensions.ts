/**
 * The document schema of collaborative texts: the Tiptap extensions the browser editor uses, and the server builds
 * its ProseMirror schema from the same list, so both read and write the Yjs document the same way.
 */
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

export const documentExtensions = [
  StarterKit.configure({
    undoRedo: false,
    link: { openOnClick: false, autolink: true, protocols: ['https', 'http', 'mailto'] },
  }),
  TableKit.configure({ table: { resizable: false } }),
];
