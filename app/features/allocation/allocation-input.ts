/** What allocation forms and the API send: checked in the browser and on the server alike. */
import { z } from 'zod';

/** Ids of ticked boxes: none, one (a string) or several. */
const ids = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().uuid('error.field.required')),
);
/** An agenda item id, 'none' to clear it, or absent/'' to leave it as it is. */
const agendaItemId = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.union([z.literal('none'), z.string().uuid()], { message: 'error.field.required' }).optional(),
);

/** Allocating, re-allocating or handing back documents of one meeting, and/or moving them to an agenda item. */
export const allocationInput = z.object({
  documentIds: ids.pipe(z.array(z.string()).min(1, 'allocation.noneSelected').max(1000)),
  /** Groups to add the documents to. */
  add: ids,
  /** Groups to take the documents away from ("hand back to the secretariat" when it is one's own group). */
  remove: ids,
  /** Replace every allocation with `add` (secretariat only). */
  replace: z.preprocess((v) => v === 'true' || v === true || v === 'on', z.boolean()).default(false),
  agendaItemId,
  /** documentId → version when the form was loaded, for stale-form checks. */
  versions: z.record(z.coerce.number().int()).default({}),
});

const version = z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().optional());

/** A document's "Register" button: the version the page showed. */
export const registerOneForm = z.object({ version });

/** One document's allocation form: groups to add and its agenda item, with the version it was loaded at. */
export const documentAllocationForm = z.object({
  group: ids,
  agendaItemId,
  version,
});
