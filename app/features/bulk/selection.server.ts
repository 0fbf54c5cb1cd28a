import { translate, type Locale, type MessageKey } from '../../i18n';

/**
 * The selection of a bulk action on a list page, read from the posted form: either the ticked rows (`idField`), or
 * "every row matching the list's filter" (`scope=all` with `filter`, the list's URL query). A selection on every
 * matching row, or on more rows than one page shows, acts only once confirmed (`confirmed=1`); the confirmation
 * carries the same form back, and a filter is evaluated again when the confirmed request arrives, so the rows
 * changed are those matching then, never a stale list of ids.
 */

/** Lists without paging ask for confirmation above this many rows (the smallest page of the paged lists). */
export const BULK_PAGE_SIZE = 50;

export type Selection = { all: false; ids: string[] } | { all: true; filter: URLSearchParams };

export function readSelection(form: FormData, idField: string): Selection {
  if (form.get('scope') === 'all') return { all: true, filter: new URLSearchParams(String(form.get('filter') ?? '')) };
  return { all: false, ids: [...new Set(form.getAll(idField).map(String))] };
}

export interface BulkConfirmation {
  /** How many rows the action would change now. */
  count: number;
  /** The posted fields, sent back by the confirm button. */
  fields: [string, string][];
}

export type BulkStep = { ids: string[]; confirm?: undefined } | { confirm: BulkConfirmation; ids?: undefined };

/**
 * The rows a bulk action acts on now, or the confirmation to ask for first. `matching` lists the ids of every row the
 * user may act on under a list filter (it applies the page's own rules: the same function as its list).
 */
export async function bulkStep(
  form: FormData,
  options: { idField: string; pageSize?: number; matching: (filter: URLSearchParams) => Promise<string[]> },
): Promise<BulkStep> {
  const selection = readSelection(form, options.idField);
  const ids = selection.all ? await options.matching(selection.filter) : selection.ids;
  const large = selection.all || ids.length > (options.pageSize ?? BULK_PAGE_SIZE);
  if (!large || form.get('confirmed') === '1') return { ids };
  const fields: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || name === 'confirmed') continue;
    // "All matching" is sent again as its filter, not as the rows that matched when the question was asked.
    if (selection.all && name === options.idField) continue;
    fields.push([name, value]);
  }
  return { confirm: { count: ids.length, fields } };
}

/** The answer after a bulk action: how many rows it changed, in words, and a fresh value that clears the selection. */
export function bulkDone(locale: Locale, key: MessageKey, count: number) {
  return { ok: true as const, message: translate(locale, key, { count }), done: Date.now() };
}
