/**
 * Paging of API lists: `limit` items per page and an opaque `cursor` for the next one. The cursor holds the position,
 * the page size and a digest of the filters it was made for, so a cursor reused with other filters is refused
 * rather than answered with rows of another list.
 */
import { createHash } from 'node:crypto';
import { translate } from '~/i18n';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './schemas';
import { invalid } from './problems.server';

export interface PagePosition {
  offset: number;
  limit: number;
}

const digest = (filters: string) => createHash('sha256').update(filters).digest('base64url').slice(0, 12);

export function encodeCursor(position: PagePosition, filters: string): string {
  return Buffer.from(JSON.stringify({ o: position.offset, n: position.limit, f: digest(filters) })).toString(
    'base64url',
  );
}

/** The page asked for: from the cursor when there is one, else the first page of `limit`. 400 for bad values. */
export function pagePosition(params: URLSearchParams, filters: string): PagePosition {
  const cursor = params.get('cursor');
  const limitText = params.get('limit');
  let limit = DEFAULT_PAGE_SIZE;
  if (limitText !== null) {
    limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_PAGE_SIZE)
      throw invalid('api.problem', undefined, {
        limit: translate('en', 'api.limit', { max: MAX_PAGE_SIZE }),
      });
  }
  if (!cursor) return { offset: 0, limit };
  let decoded: { o?: unknown; n?: unknown; f?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('api.cursor');
  }
  const { o, n, f } = decoded ?? {};
  if (
    typeof o !== 'number' ||
    typeof n !== 'number' ||
    !Number.isSafeInteger(o) ||
    !Number.isSafeInteger(n) ||
    n < 1 ||
    n > MAX_PAGE_SIZE ||
    o < 0 ||
    o % n !== 0 ||
    f !== digest(filters)
  )
    throw invalid('api.cursor');
  return { offset: o, limit: n };
}

/** The cursor of the page after this one, or null when this one is the last. */
export const nextCursor = (position: PagePosition, total: number, filters: string) =>
  position.offset + position.limit < total
    ? encodeCursor({ offset: position.offset + position.limit, limit: position.limit }, filters)
    : null;
