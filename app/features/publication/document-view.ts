/** The document list view as it appears in the URL: shared by the server (queries) and the page (links). */

export const SORTS = ['number', 'date', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZES = [50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 100;

/** The view as it appears in the URL; values are raw strings, checked against the meeting by listDocuments. */
export interface ListView {
  wg?: string;
  type?: string;
  agenda?: string;
  decision?: string;
  since?: string;
  late?: string;
  q?: string;
  sort: Sort;
  page: number;
  /** Rows per page, or 'all'. */
  per: number | 'all';
}

const FILTER_KEYS = ['wg', 'type', 'agenda', 'decision', 'since', 'late', 'q'] as const;

/** Never throws: odd values are kept and reported by listDocuments as problems. */
export function parseListView(params: URLSearchParams): ListView {
  const view: ListView = { sort: 'number', page: 1, per: DEFAULT_PAGE_SIZE };
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) view[key] = value.slice(0, 200);
  }
  // A search is ordered by relevance unless the viewer chose an order.
  view.sort = defaultSort(view);
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) view.sort = sort as Sort;
  const page = Number(params.get('page'));
  if (Number.isSafeInteger(page) && page > 1) view.page = Math.min(page, 100_000);
  const per = params.get('per');
  if (per === 'all') view.per = 'all';
  else if (per && (PAGE_SIZES as readonly number[]).includes(Number(per))) view.per = Number(per);
  return view;
}

/** The URL search string of a view (filters and sort; page and page size only when asked). */
export function viewSearch(view: ListView, opts: { paging?: boolean; page?: number } = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (view[key]) params.set(key, view[key]!);
  if (view.sort !== defaultSort(view)) params.set('sort', view.sort);
  if (opts.paging) {
    if (view.per !== DEFAULT_PAGE_SIZE) params.set('per', String(view.per));
    const page = opts.page ?? view.page;
    if (page > 1) params.set('page', String(page));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Relevance when the view searches, else the number. */
export const defaultSort = (view: Pick<ListView, 'q'>): Sort => (view.q ? 'relevance' : 'number');

export const hasFilters = (view: ListView) => FILTER_KEYS.some((k) => !!view[k]);

/** The printed number with suffixes: "SG20-C123 Add.1 Rev.2". */
export function documentNumber(d: {
  numberLabel: string | null;
  revision: number;
  relation: string;
  relationNumber: number;
}): string {
  let label = d.numberLabel ?? '';
  if (d.relation === 'addendum') label += ` Add.${d.relationNumber}`;
  if (d.relation === 'corrigendum') label += ` Corr.${d.relationNumber}`;
  if (d.revision > 0) label += ` Rev.${d.revision}`;
  return label;
}
