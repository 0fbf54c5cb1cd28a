/**
 * Search with 3,000 documents in one meeting (a quarter with Chinese or Russian titles): a Chinese substring
 * search, an inflected Russian search and a group-wide search, each timed as the portal runs it (the domain
 * function behind the page, and the page over loopback HTTP) against the bare SQL behind it: the same WHERE over
 * the same tables, written by hand, run without the app's layers. Same run, interleaved, median of BENCH_RUNS.
 * Target: the search within 3x of its bare SQL.
 * PGlite by default; PostgreSQL with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import buildIfNeeded from '../support/build';
import { demoData } from '../support/demo';
import { insertDocuments, manyDocuments } from '../support/list-fixtures';
import { benchDatabase } from './portal';
import { loadConfig } from '../../app/platform/config.server';
import { loadBuild } from '../../server/build';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { listDocuments } from '../../app/features/publication/document-list.server';
import { searchGroup } from '../../app/features/publication/group-search.server';
import { parseListView } from '../../app/features/publication/document-view';

process.env.PLENARY_BUILD_DIR ||= '.build-lists';
if (process.env.NODE_ENV !== 'production')
  console.log('note: run with NODE_ENV=production to time the production React build');
buildIfNeeded();
const N = Number(process.env.BENCH_DOCS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

const CHINESE = ['元宇宙标准化路线图', '数字孪生城市的互操作性', '沉浸式体验的安全要求', '虚拟世界中的身份管理'];
const RUSSIAN = [
  'Дорожная карта метавселенной',
  'Карты цифровых двойников',
  'Требования к безопасности',
  'Игровые миры',
];

// The portal in this process, on a fresh database (PGlite in memory, or a new PostgreSQL database).
const bench = process.env.TEST_DATABASE_URL ? await benchDatabase() : null;
const database = await openDatabase(bench ? { url: bench.url } : {});
await migrateDatabase(database);
const db = database.db;
const seeded = await demoData(db);
const meetingId = seeded.meetingIds['fg-mv-demo'];
{
  const wgs = ['fg-mv-wg1', 'fg-mv-wg2', 'fg-mv-wg3', 'fg-mv-wg4'].map((k) => seeded.groupIds[k]);
  const t0 = performance.now();
  const docs = manyDocuments(N, wgs).map((d, i) => ({
    ...d,
    title: i % 8 === 0 ? `${CHINESE[(i / 8) % 4]} ${i}` : i % 8 === 1 ? `${RUSSIAN[((i - 1) / 8) % 4]} ${i}` : d.title,
  }));
  await insertDocuments(db, null, { id: meetingId, groupId: seeded.groupIds['fg-mv'] }, docs);
  await db.execute(sql`analyze documents`);
  console.log(`inserted ${N} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (${engine})`);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-search-'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: dataDir,
  PORT: '0',
  SEED_DEMO: 'false',
  LOG_LEVEL: 'silent',
});
const { build, runtime, files } = await loadBuild();
const services = await runtime.createServices(config, { database });
const app = runtime.openPortal(services, build, files);
await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
const portalUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows);
const bare = (query: ReturnType<typeof sql>) => async () => rowsOf(await db.execute(query)).length;

/** What an anonymous visitor may see, written out (the policy's condition for no principal). */
const PUBLIC = sql.raw(
  `d.state in ('registered', 'withdrawn') and d.number_label is not null and d.published_at is not null and d.access = 'public'`,
);
const tsq = (t: string) =>
  sql.join(
    ['simple', 'english', 'russian', 'french', 'spanish', 'arabic'].map(
      (c) => sql`plainto_tsquery(${sql.raw(`'${c}'`)}::regconfig, ${t}::text)`,
    ),
    sql` || `,
  );
const [fgmv] = rowsOf(await db.execute(sql`select id from groups where slug = 'fg-mv'`)) as { id: string }[];
const subtree = rowsOf(
  await db.execute(sql`with recursive t as (select id from groups where id = ${fgmv.id}
    union select g.id from groups g join t on g.parent_id = t.id) select id from t`),
) as { id: string }[];
const ids = sql.join(
  subtree.map((g) => sql`${g.id}::uuid`),
  sql`, `,
);

const cases: {
  label: string;
  query: string;
  app: () => Promise<unknown>;
  page: string;
  bare: () => Promise<number>;
}[] = [
  {
    label: 'Chinese substring 标准化, meeting list',
    query: '标准化',
    app: () =>
      listDocuments(db, null, 'fg-mv-demo', parseListView(new URLSearchParams('q=标准化')), { highlight: true }),
    page: `/meetings/fg-mv-demo/documents?q=${encodeURIComponent('标准化')}`,
    bare: bare(sql`select d.id, d.number_label, d.title, d.source from documents d
      where d.meeting_id = ${meetingId} and ${PUBLIC} and (d.search_text ilike '%标准化%' or d.number_label ilike '%标准化%')
      order by (case when d.title ilike '%标准化%' then 1.0 else 0.1 end + similarity(d.title, '标准化')) desc, d.number limit 100`),
  },
  {
    label: 'Russian карта (finds карты), meeting list',
    query: 'карта',
    app: () =>
      listDocuments(db, null, 'fg-mv-demo', parseListView(new URLSearchParams('q=карта')), { highlight: true }),
    page: `/meetings/fg-mv-demo/documents?q=${encodeURIComponent('карта')}`,
    bare: bare(sql`select d.id, d.number_label, d.title, d.source from documents d
      where d.meeting_id = ${meetingId} and ${PUBLIC} and (d.search_vector @@ (${tsq('карта')}) or d.number_label ilike '%карта%')
      order by ts_rank('{0.1, 0.2, 0.4, 1.0}', d.search_vector, ${tsq('карта')}) desc, d.number limit 100`),
  },
  {
    label: 'group-wide 元宇宙 over FG-MV',
    query: '元宇宙',
    app: () => searchGroup(db, null, 'fg-mv', '元宇宙'),
    page: `/groups/fg-mv/search?q=${encodeURIComponent('元宇宙')}`,
    bare: bare(sql`select d.id, d.number_label, d.title, d.source, m.slug, m.title from documents d join meetings m on m.id = d.meeting_id
      where ${PUBLIC} and (d.group_id in (${ids}) or exists (select 1 from document_allocations a where a.document_id = d.id and a.group_id in (${ids})))
        and (d.search_text ilike '%元宇宙%' or d.number_label ilike '%元宇宙%')
      order by (case when d.title ilike '%元宇宙%' then 1.0 else 0.1 end + similarity(d.title, '元宇宙')) desc, m.starts_on desc, d.number limit 50`),
  },
];

function getPage(path: string) {
  return new Promise<void>((resolve, reject) => {
    http
      .get(`${portalUrl}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${path}: ${res.statusCode}`));
        res.resume().on('end', resolve).on('error', reject);
      })
      .on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timeInterleaved(fns: (() => Promise<unknown>)[]) {
  for (const fn of fns) await fn();
  const xs: number[][] = fns.map(() => []);
  for (let i = 0; i < RUNS; i++)
    for (const [k, fn] of fns.entries()) {
      const t = performance.now();
      await fn();
      xs[k].push(performance.now() - t);
    }
  return xs.map(median);
}

console.log(`\n${N} documents in one meeting, anonymous viewer, median of ${RUNS} runs (${engine})`);
console.log('"search": the domain function the page calls (all its queries); "page": GET over loopback HTTP;');
console.log('"bare SQL": the same WHERE and order over the same tables, hand-written, run directly.\n');
console.log(
  'case'.padEnd(42),
  'rows'.padStart(5),
  'bare ms'.padStart(8),
  'search'.padStart(8),
  'page'.padStart(8),
  'search/bare'.padStart(12),
  'page/bare'.padStart(10),
);
let worst = 0;
for (const c of cases) {
  let rows = 0;
  const [b, app, page] = await timeInterleaved([
    async () => {
      rows = await c.bare();
    },
    c.app,
    () => getPage(c.page),
  ]);
  worst = Math.max(worst, app / b);
  console.log(
    c.label.padEnd(42),
    String(rows).padStart(5),
    b.toFixed(1).padStart(8),
    app.toFixed(1).padStart(8),
    page.toFixed(1).padStart(8),
    `${(app / b).toFixed(2)}x`.padStart(12),
    `${(page / b).toFixed(2)}x`.padStart(10),
  );
}
console.log(`\nworst search/bare-SQL ratio: ${worst.toFixed(2)}x (target <= 3x) ${worst <= 3 ? 'OK' : 'OVER TARGET'}`);
app.server.closeAllConnections();
await database.close();
await bench?.drop();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(worst <= 3 ? 0 : 1);
