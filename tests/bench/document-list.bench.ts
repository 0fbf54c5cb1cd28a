/**
 * The meeting document list with 3,000 documents in one meeting: server time of the full list page, a filtered
 * page and a search (HTTP round trip on loopback, so it includes rendering), each next to the bare SQL query
 * behind it, timed in the same run. Target: page within 3x of its query.
 * PGlite by default; PostgreSQL with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.
 */
import { performance } from 'node:perf_hooks';
import buildIfNeeded from '../support/build';
import { listScenario } from '../support/list-fixtures';
import { insertDocuments, manyDocuments } from '../support/list-fixtures';
import { startTestPortal } from '../support/portal';
import { bareListQuery, listDocuments, visibleDocumentsSql } from '../../app/lib/document-list.server';
import { parseListView } from '../../app/lib/document-view';

process.env.PLENARY_BUILD_DIR ||= '.build-lists';
// Measure what production serves (React's production build is chosen from NODE_ENV at run time).
if (process.env.NODE_ENV !== 'production') console.log('note: run with NODE_ENV=production to time the production React build');
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
    wgIds = ['fg-mv-wg1', 'fg-mv-wg2', 'fg-mv-wg3', 'fg-mv-wg4', 'fg-mv-wg5', 'fg-mv-wg6', 'fg-mv-wg7', 'fg-mv-wg8'].map((k) => sc.seeded.groupIds[k]);
    const t0 = performance.now();
    await insertDocuments(s.db, null, { id: meetingId, groupId }, manyDocuments(N, wgIds, {
      files: (i) => [{ role: 'main', filename: `doc-${i}.docx` }, ...(i % 3 === 0 ? [{ role: 'pdf' as const, filename: `doc-${i}.pdf` }] : [])],
    }));
    console.log(`inserted ${N} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (${portal_kind()})`);
  },
});
function portal_kind() { return process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'; }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Times several functions in turn, run after run (so a slow spell of the machine hits each alike): medians. */
async function timeInterleaved(fns: (() => Promise<unknown>)[]) {
  for (const fn of fns) { await fn(); await fn(); } // warm up
  const xs: number[][] = fns.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, fn] of fns.entries()) { const t = performance.now(); await fn(); xs[k].push(performance.now() - t); }
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
console.log('"page": GET over loopback HTTP (loader + render), "list SQL": the one statement selecting the rows, "all SQL": every query');
console.log('the page runs (listDocuments called directly: meeting, groups, agenda, rows, allocations, files, revisions).\n');
console.log('view'.padEnd(40), 'rows'.padStart(6), 'page ms'.padStart(9), 'list SQL'.padStart(9), 'all SQL'.padStart(9), 'page/all'.padStart(9), 'page/list'.padStart(10), 'KB'.padStart(6));
let worst = 0;
for (const [label, query] of cases) {
  const view = parseListView(new URLSearchParams(query));
  let bytes = 0;
  let rows = 0;
  const [page, bare, allSql] = await timeInterleaved([
    async () => {
      const res = await fetch(`${portal.url}/meetings/fg-mv-demo/documents${query ? `?${query}` : ''}`);
      if (res.status !== 200) throw new Error(`${res.status}`);
      bytes = (await res.arrayBuffer()).byteLength;
    },
    async () => { rows = (await bareListQuery(db, meetingId, 'Europe/Zurich', view, visible, options, subtree)).length; },
    () => listDocuments(db, null, 'fg-mv-demo', view),
  ]);
  const ratio = page / allSql;
  if (!query.includes('per=all')) worst = Math.max(worst, ratio);
  console.log(label.padEnd(40), String(rows).padStart(6), page.toFixed(1).padStart(9), bare.toFixed(1).padStart(9), allSql.toFixed(1).padStart(9), `${ratio.toFixed(2)}x`.padStart(9), `${(page / bare).toFixed(2)}x`.padStart(10), (bytes / 1024).toFixed(0).padStart(6));
}
console.log(`\nworst paginated page/all-SQL ratio: ${worst.toFixed(2)}x (target <= 3x) ${worst <= 3 ? 'OK' : 'OVER TARGET'}`);
await portal.stop();
process.exit(0);
