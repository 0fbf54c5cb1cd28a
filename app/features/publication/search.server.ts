/**
 * The search rule, in one place: what a parsed search box (search-syntax.ts) means in SQL over `documents`, how
 * results are ranked, and which words the page highlights. The meeting list, its CSV/JSON exports and archive
 * (through listDocuments) and the group-wide search all use it.
 *
 * - Words match through every text-search configuration the search vector holds (simple, english, russian, french,
 *   spanish, arabic: see the documents_search_every_language migration), so an inflected form finds another
 *   (карта / карту, documento / documentos); a quoted phrase needs its words in order.
 * - Chinese, Japanese and Korean text has no spaces between words: such terms match as substrings of
 *   `search_text` (case-insensitive, NFKC), over its trigram index.
 * - Every term also matches as a substring of the number (FGMV-I-001, "I-00").
 * - Rank: ts_rank with title (A) over abstract (B) over keywords (C) over source (D), plus, for substring terms,
 *   the field they were found in and the trigram similarity of the title.
 */
import { and, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documents } from '../../../db/schema';
import {
  CJK,
  hasText,
  type SearchClause,
  type SearchFilter,
  type SearchProblem,
  type SearchQuery,
  type SearchTerm,
} from './search-syntax';
import type { SearchMarks } from './highlight';
import { allocatedToAnyOf } from '../documents/allocation-sql.server';

export { parseSearch, hasText, type SearchQuery, type SearchProblem } from './search-syntax';

/** The text-search configurations of the search vector (the migration builds it from the same list). */
export const SEARCH_CONFIGS = ['simple', 'english', 'russian', 'french', 'spanish', 'arabic'] as const;

/** Where a search runs: the groups whose codes `wg:`/`q:` may name (with their sub-groups). */
export interface SearchScope {
  groups: { id: string; slug: string; code: string }[];
  subtree: (groupId: string) => string[];
}

export interface SearchSql {
  /** Every condition of the query, or undefined when it has none. */
  where: SQL | undefined;
  /** Relevance (higher first) when the query has free text. */
  rank: SQL | null;
  problems: SearchProblem[];
}

/** Escapes LIKE wildcards so user text matches literally. */
export const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (s: string) => `%${likeLiteral(s)}%`;

const isSubstringTerm = (t: SearchTerm) => CJK.test(t.text);

/** The term as a tsquery in every configuration (any may match). */
function termTsQuery(t: SearchTerm): SQL {
  const fn = sql.raw(t.phrase ? 'phraseto_tsquery' : 'plainto_tsquery');
  return sql.join(
    SEARCH_CONFIGS.map((c) => sql`${fn}(${sql.raw(`'${c}'`)}::regconfig, ${t.text}::text)`),
    sql` || `,
  );
}

function termCondition(t: SearchTerm): SQL {
  const number = sql`${documents.numberLabel} ilike ${contains(t.text)}`;
  if (isSubstringTerm(t)) return sql`(${documents.searchText} ilike ${contains(t.text)} or ${number})`;
  return sql`(${documents.searchVector} @@ (${termTsQuery(t)}) or ${number})`;
}

function clauseCondition(c: SearchClause): SQL {
  const any = or(...c.anyOf.map(termCondition))!;
  return c.negated ? sql`not coalesce(${any}, false)` : any;
}

function filterCondition(f: SearchFilter, scope: SearchScope, problems: SearchProblem[]): SQL | undefined {
  let cond: SQL;
  switch (f.kind) {
    case 'type':
      cond = sql`${documents.type} = ${f.value}`;
      break;
    case 'group': {
      const wanted = f.value.toLowerCase();
      const found = scope.groups.filter((g) => g.code.toLowerCase() === wanted || g.slug.toLowerCase() === wanted);
      if (!found.length) {
        problems.push({ key: 'search.problem.group', vars: { value: f.value } });
        return undefined;
      }
      const ids = [...new Set(found.flatMap((g) => scope.subtree(g.id)))];
      cond = allocatedToAnyOf(ids);
      break;
    }
    case 'source':
      cond = sql`${documents.source} ilike ${contains(f.value)}`;
      break;
    case 'decision':
      cond = f.value === 'none' ? sql`${documents.decision} is null` : sql`${documents.decision} = ${f.value}`;
      break;
    case 'late':
      cond = sql`${documents.late} = ${f.value}`;
      break;
    case 'file':
      cond = sql`${sql.raw(f.value ? '' : 'not ')}exists (select 1 from document_files f where f.document_id = ${documents.id} and not f.superseded)`;
      break;
    case 'since':
      // The start of that day in the document's meeting's time zone.
      cond = sql`coalesce(${documents.publishedAt}, ${documents.registeredAt}) >= (
        ${f.value}::date::timestamp at time zone (select m.time_zone from meetings m where m.id = ${documents.meetingId})
      )`;
      break;
  }
  return f.negated ? sql`not coalesce(${cond}, false)` : cond;
}

/** ts_rank weights, in PostgreSQL's order {D, C, B, A}: source, keywords, abstract, title (and number). */
const WEIGHTS = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'::float4[]`);

function rankOf(query: SearchQuery): SQL | null {
  if (!hasText(query)) return null;
  const terms = query.clauses.filter((c) => !c.negated).flatMap((c) => c.anyOf);
  const parts: SQL[] = [];
  const words = terms.filter((t) => !isSubstringTerm(t));
  if (words.length)
    parts.push(
      sql`ts_rank(${WEIGHTS}, ${documents.searchVector}, ${sql.join(
        words.map((t) => sql`(${termTsQuery(t)})`),
        sql` || `,
      )})`,
    );
  for (const t of terms.filter(isSubstringTerm)) {
    const p = contains(t.text);
    parts.push(sql`(case when normalize(${documents.title}, NFKC) ilike ${p} then 1.0
      when normalize(${documents.abstract}, NFKC) ilike ${p} then 0.4
      when normalize(array_to_string(${documents.keywords}, ' '), NFKC) ilike ${p} then 0.2 else 0.1 end
      + similarity(${documents.title}, ${t.text}::text))`);
  }
  return sql`(${sql.join(parts, sql` + `)})`;
}

/** The query's conditions and rank for one scope; problems (an unknown group) leave the result to be empty. */
export function searchSql(query: SearchQuery, scope: SearchScope): SearchSql {
  const problems = [...query.problems];
  const conds: SQL[] = query.clauses.map(clauseCondition);
  for (const f of query.filters) {
    const c = filterCondition(f, scope, problems);
    if (c) conds.push(c);
  }
  return { where: conds.length ? and(...conds) : undefined, rank: rankOf(query), problems };
}

/**
 * What the page marks in titles and sources: the query's words as each configuration stems them (a word starting
 * with a stem is marked whole: карта → карт → "карту") and the terms themselves as substrings (Chinese, numbers).
 */
export async function searchMarks(db: Db, query: SearchQuery): Promise<SearchMarks> {
  const terms = query.clauses.filter((c) => !c.negated).flatMap((c) => c.anyOf);
  const substrings = terms.map((t) => t.text).filter((s) => [...s].length >= (CJK.test(s) ? 1 : 3));
  const text = terms
    .filter((t) => !isSubstringTerm(t))
    .map((t) => t.text)
    .join(' ');
  if (!text) return { words: [], substrings };
  const vector = sql.join(
    SEARCH_CONFIGS.map((c) => sql`to_tsvector(${sql.raw(`'${c}'`)}::regconfig, ${text}::text)`),
    sql` || `,
  );
  const result = (await db.execute(sql`select tsvector_to_array(${vector}) as words`)) as unknown;
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  const words = ((rows[0] as { words: string[] | string } | undefined)?.words ?? []) as string[] | string;
  const list = typeof words === 'string' ? words.replace(/^\{|\}$/g, '').split(',') : words;
  return { words: list.filter((w) => w.length >= 2), substrings };
}
