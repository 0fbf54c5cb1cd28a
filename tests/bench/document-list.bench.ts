/**
 * The meeting document list with 3,000 documents in one meeting: server time of the full list page, a filtered
 * page and a search (HTTP round trip on loopback, so it includes rendering), each next to the bare SQL query
 * behind it, timed in the same run. Target: page within 3x of its query.
 * PGlite by default; PostgreSQL with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import buildIfNeeded from '../support/build';
import { listScenario } from '../support/list-fixtures';
import { insertDocuments, manyDocuments } from '../support/list-fixtures';
import { startTestPortal } from '../support/portal';
import { listDocuments } from '../../app/features/publication/document-list.server';
import { viewConditions } from '../../app/features/publication/document-view-sql.server';
import { listStatement } from '../../app/features/publication/listed-documents.server';
import { visibleDocumentsSql } from '../../app/features/documents/policy.server';
import { parseListView } from '../../app/features/publication/document-view';

process.env.PLENARY_BUILD_DIR ||= '.build-lists';
// Measure what production serves (React's production build is chosen from NODE_ENV at run time).
if (process.env.NODE_ENV !== 'production')
  console.log('note: run with NODE_ENV=production to time the production React build');
buildIfNeeded();
const N = Number(process.env.BENCH_DOCS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);

let meetingId = '';
let groupId = '';
let wgIds: string[] = [];
const portal = await startTestPortal({
  setup: async (s) => {
    const sc = await listScenario(s);
    meetingId = sc.seeded.meetingIds['fg-mv-demo'];
    groupId = sc.seeded.groupIds['fg-mv'];
    wgIds = [
      'fg-mv-wg1',
      'fg-mv-wg2',
      'fg-mv-wg3',
      'fg-mv-wg4',
      'fg-mv-wg5',
      'fg-mv-wg6',
      'fg-mv-wg7',
      'fg-mv-wg8',
    ].map((k) => sc.seeded.groupIds[k]);
    const t0 = performance.now();
    await insertDocuments(
      s.db,
      null,
      { id: meetingId, groupId },
      manyDocuments(N, wgIds, {
        files: (i) => [
          { role: 'main', filename: `doc-${i}.docx` },
          ...(i % 3 === 0 ? [{ role: 'pdf' as const, filename: `doc-${i}.pdf` }] : []),
        ],
      }),
    );
    console.log(`inserted ${N} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (${portal_kind()})`);
  },
});
function portal_kind() {
  return process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
}

/**
 * The page as a browser asks for it (gzip accepted), received and counted but not inflated: inflating 3 MB is the
 * client's work, and this client runs in the portal's process.
 */
function getPage(url: string) {
  return new Promise<number>((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
        let n = 0;
        res.on('data', (c: Buffer) => {
          n += c.length;
        });
        res.on('end', () => resolve(n));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Times several functions in turn, run after run (so a slow spell of the machine hits each alike): medians. */
async function timeInterleaved(fns: (() => Promise<unknown>)[]) {
  for (const fn of fns) {
    await fn();
    await fn();
  } // warm up
  const xs: number[][] = fns.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, fn] of fns.entries()) {
      const t = performance.now();
      await fn();
      xs[k].push(performance.now() - t);
    }
  }
  return xs.map(median);
}

const db = portal.services.db;
const visible = await visibleDocumentsSql(db, null);
const { options } = await listDocuments(db, null, 'fg-mv-demo', parseListView(new URLSearchParams('per=50')));
const subtree = (id: string) => [id];

const cases: [string, string][] = [
  ['full list, first page (100 rows)', ''],
  ['full list, all rows (per=all)', 'per=all'],
  ['filtered: WG2, late=no, sort by date', 'wg=fg-mv-wg2&late=no&sort=date'],
  ['search: "interoperability avatar"', 'q=interoperability+avatar'],
  ['search, all rows', 'q=metaverse&per=all'],
];
console.log(`\n${N} documents in one meeting, anonymous viewer, median of ${RUNS} runs (${portal_kind()})\n`);
console.log(
  '"page": GET over loopback HTTP, gzip accepted (loaders, render, compression); "list SQL": the one statement behind the rows',
);
console.log(
  '(rows with allocations, files, revision links, total), run bare; "all SQL": every query the page runs, mapped to objects',
);
console.log(
  '(listDocuments called directly: meeting, groups, agenda, that statement, the meeting summary when filtered). KB: as sent, gzip.\n',
);
console.log(
  'view'.padEnd(40),
  'rows'.padStart(6),
  'page ms'.padStart(9),
  'list SQL'.padStart(9),
  'all SQL'.padStart(9),
  'page/all'.padStart(9),
  'page/list'.padStart(10),
  'KB'.padStart(6),
);
let worst = 0;
for (const [label, query] of cases) {
  const view = parseListView(new URLSearchParams(query));
  const { where } = viewConditions(view, { meetingId, timeZone: 'Europe/Zurich', options, subtree });
  const statement = listStatement(db, {
    where,
    visible,
    sort: view.sort,
    page: view.per === 'all' ? null : { size: view.per, number: view.page },
  });
  let bytes = 0;
  let rows = 0;
  const [page, bare, allSql] = await timeInterleaved([
    async () => {
      bytes = await getPage(`${portal.url}/meetings/fg-mv-demo/documents${query ? `?${query}` : ''}`);
    },
    async () => {
      const r = (await db.execute(statement)) as unknown;
      rows = Array.isArray(r) ? r.length : (r as { rows: unknown[] }).rows.length;
    },
    () => listDocuments(db, null, 'fg-mv-demo', view),
  ]);
  const ratio = page / allSql;
  worst = Math.max(worst, ratio);
  console.log(
    label.padEnd(40),
    String(rows).padStart(6),
    page.toFixed(1).padStart(9),
    bare.toFixed(1).padStart(9),
    allSql.toFixed(1).padStart(9),
    `${ratio.toFixed(2)}x`.padStart(9),
    `${(page / bare).toFixed(2)}x`.padStart(10),
    (bytes / 1024).toFixed(0).padStart(6),
  );
}
console.log(`\nworst page/all-SQL ratio: ${worst.toFixed(2)}x (target <= 3x) ${worst <= 3 ? 'OK' : 'OVER TARGET'}`);
await portal.stop();
process.exit(0);
