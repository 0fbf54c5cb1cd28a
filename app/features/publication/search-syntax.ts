/**
 * The search box's syntax, as the secretariat types it (after HotCRP): free words, "quoted phrases", `-word` to
 * exclude, `or` between words, and prefixed filters: `type:input`, `wg:WG2` / `q:Q1/20` (the groups a document is
 * allocated to), `source:"China Mobile"`, `decision:agreed` (or `none`), `late:yes` / `late:no`, `has:file` /
 * `no:file`, `since:2023-06-01`. A pure function that never throws: an unknown prefix is plain text, a bad value
 * is reported as a problem for the page to show under the box.
 */
import { DECISIONS, DOCUMENT_TYPES, type Decision, type DocumentType } from '../../../db/schema';
import type { MessageKey } from '~/i18n';

export interface SearchTerm {
  text: string;
  /** Quoted: the words must follow each other. */
  phrase: boolean;
}

/** Free text: a document must match one of the terms (`a or b`); a negated clause must match none. */
export interface SearchClause {
  negated: boolean;
  anyOf: SearchTerm[];
}

type FilterBody =
  | { kind: 'type'; value: DocumentType }
  | { kind: 'group'; value: string }
  | { kind: 'source'; value: string }
  | { kind: 'decision'; value: Decision | 'none' }
  | { kind: 'late'; value: boolean }
  | { kind: 'file'; value: boolean }
  | { kind: 'since'; value: string };
/** A prefixed filter; `-type:input` negates it. */
export type SearchFilter = FilterBody & { negated: boolean };

export interface SearchProblem {
  key: MessageKey;
  vars?: Record<string, string>;
}

export interface SearchQuery {
  clauses: SearchClause[];
  filters: SearchFilter[];
  problems: SearchProblem[];
}

/** Longest query read, and most terms and filters taken from it (each becomes a condition). */
export const MAX_QUERY_LENGTH = 200;
const MAX_PARTS = 24;

const PREFIXES = ['type', 'wg', 'q', 'source', 'decision', 'late', 'has', 'no', 'since'] as const;
type Prefix = (typeof PREFIXES)[number];

/** A valid calendar day written YYYY-MM-DD (years 1900–9999). */
export function isCalendarDay(value: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) return false;
  const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  return (
    check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d && y >= 1900 && y <= 9999
  );
}

interface Token {
  negated: boolean;
  prefix?: string;
  value: string;
  quoted: boolean;
}

/** Splits the query into words, quoted phrases and prefix:value pairs (an unclosed quote runs to the end). */
function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(-?)(?:([\p{L}\p{N}_]+):)?(?:"([^"]*)"?|(\S*))/uy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < q.length && (m = re.exec(q))) {
    const [all, minus, prefix, quoted, word] = m;
    if (!all.trim()) break;
    tokens.push({ negated: minus === '-', prefix, value: quoted ?? word ?? '', quoted: quoted !== undefined });
  }
  return tokens;
}

/** Reads the search box; never throws. */
export function parseSearch(input: string): SearchQuery {
  const q = input.normalize('NFKC').slice(0, MAX_QUERY_LENGTH);
  const out: SearchQuery = { clauses: [], filters: [], problems: [] };
  const problem = (key: MessageKey, vars?: Record<string, string>) => out.problems.push({ key, vars });
  let joinNext = false;
  for (const t of tokenize(q)) {
    if (out.clauses.length + out.filters.length >= MAX_PARTS) {
      problem('search.problem.tooLong', { max: String(MAX_PARTS) });
      break;
    }
    const prefix = t.prefix?.toLowerCase();
    if (prefix && (PREFIXES as readonly string[]).includes(prefix)) {
      const value = t.value.trim();
      if (!value) problem('search.problem.empty', { prefix });
      else readFilter(prefix as Prefix, value, t.negated, out, problem);
      joinNext = false;
      continue;
    }
    const text = (t.prefix !== undefined ? `${t.prefix}:${t.value}` : t.value).trim();
    if (!text) continue;
    if (!t.negated && !t.quoted && !t.prefix && text.toLowerCase() === 'or') {
      joinNext = out.clauses.length > 0 && !out.clauses[out.clauses.length - 1].negated;
      continue;
    }
    const term = { text, phrase: t.quoted };
    if (joinNext && !t.negated) out.clauses[out.clauses.length - 1].anyOf.push(term);
    else out.clauses.push({ negated: t.negated, anyOf: [term] });
    joinNext = false;
  }
  return out;
}

function readFilter(
  prefix: Prefix,
  value: string,
  negated: boolean,
  out: SearchQuery,
  problem: (key: MessageKey, vars?: Record<string, string>) => void,
) {
  const lower = value.toLowerCase();
  const add = (f: FilterBody) => out.filters.push({ ...f, negated });
  switch (prefix) {
    case 'type':
      if ((DOCUMENT_TYPES as readonly string[]).includes(lower)) add({ kind: 'type', value: lower as DocumentType });
      else problem('search.problem.type', { value, types: DOCUMENT_TYPES.join(', ') });
      return;
    case 'wg':
    case 'q':
      add({ kind: 'group', value });
      return;
    case 'source':
      add({ kind: 'source', value });
      return;
    case 'decision':
      if (lower === 'none' || (DECISIONS as readonly string[]).includes(lower))
        add({ kind: 'decision', value: lower as Decision | 'none' });
      else problem('search.problem.decision', { value, decisions: [...DECISIONS, 'none'].join(', ') });
      return;
    case 'late':
      if (lower === 'yes' || lower === 'no') add({ kind: 'late', value: lower === 'yes' });
      else problem('search.problem.late', { value });
      return;
    case 'has':
    case 'no':
      if (lower === 'file') add({ kind: 'file', value: prefix === 'has' });
      else problem('search.problem.has', { prefix, value });
      return;
    case 'since':
      if (isCalendarDay(value)) add({ kind: 'since', value });
      else problem('search.problem.since', { value });
      return;
  }
}

/** Whether the query holds free text (and so can be ranked by relevance). */
export const hasText = (q: SearchQuery) => q.clauses.some((c) => !c.negated);

/** Chinese, Japanese and Korean scripts: words are not separated by spaces, so they are matched as substrings. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
