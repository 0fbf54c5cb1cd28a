/**
 * The import form's schema, checked in the browser (files as the page holds them) and on the server (files as
 * they were received: their names and sizes) alike.
 */
import { z } from 'zod';

/** A chosen file as a name and size: a browser's File (none chosen: an empty one) or what the server received. */
const chosenFile = z.preprocess(
  (v) => (typeof File !== 'undefined' && v instanceof File ? (v.name ? { name: v.name, size: v.size } : undefined) : v),
  z.object({ name: z.string(), size: z.number() }).optional(),
);

export const importInput = z.object({
  list: chosenFile
    .refine((f) => !!f, 'import.form.listRequired')
    .refine((f) => !f || /\.(csv|xlsx)$/i.test(f.name), 'import.form.listType'),
  files: chosenFile.refine((f) => !f || /\.zip$/i.test(f.name), 'import.form.zipType'),
  /** Which button: "check" (a dry run) or "import". */
  intent: z.enum(['check', 'import']).optional(),
});
export type ImportInput = z.output<typeof importInput>;
