/**
 * The JSON API's document list with 3,000 documents in one meeting: a member's token walks every page of 200
 * (`GET /api/v1/meetings/{slug}/documents?limit=200`, then each `nextCursor`) over loopback HTTP, against the bare
 * SQL behind the same pages (the list's one statement for the rows, with the member's visibility, page by page) and
 * against the domain function the API calls (`listDocuments`, all its queries). Same run, interleaved, median of
 * BENCH_RUNS rounds. Target: the API walk within 2x of its bare SQL.
 * PGlite by default; PostgreSQL with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import buildIfNeeded from '../support/build';
import { demoData } from '../support/demo';
import { insertDocuments, manyDocuments } from '../support/list-fixtures';
import { benchDatabase } from './portal';
import { loadConfig } from '../../app/platform/config.server';
import { loadBuild } from '../../server/build';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { listDocuments } from '../../app/features/publication/document-list.server';
import { viewConditions } from '../../app/features/publication/document-view-sql.server';
import { listStatement } from '../../app/features/publication/listed-documents.server';
import { parseListView } from '../../app/features/publication/document-view';
import { visibleDocumentsSql } from '../../app/features/documents/policy.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { createToken } from '../../app/features/api/tokens.server';
import { users } from '../../db/schema';

process.env.PLENARY_BUILD_DIR ||= '.build-lists';
if (process.env.NODE_ENV !== 'production')
  console.log('note: run with NODE_ENV=production to time the production build');
buildIfNeeded();
const N = Number(process.env.BENCH_DOCS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGE = 200;
const TARGET = 2;
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';

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
  await insertDocuments(
    db,
    null,
    { id: meetingId, groupId: seeded.groupIds['fg-mv'] },
    manyDocuments(N, wgs, { files: (i) => [{ role: 'main', filename: `doc-${i}.docx`, size: 1 }] }),
  );
  await db.execute(sql`analyze`);
  console.log(`inserted ${N} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (${engine})`);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-api-'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: dataDir,
  PORT: '0',
  SEED_DEMO: 'false',
  LOG_LEVEL: 'silent',
});
const { build, runtime, files } = await loadBuild();
runtime.configureLogging(config.log);
const services = await runtime.createServices(config, { database });
const app = runtime.openPortal(services, build, files);
await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
const portalUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
config.publicUrl = portalUrl;

// A member of FG-MV: sees the public documents and the members-only ones of the groups it belongs to.
const [member] = await db.select().from(users).where(eq(users.email, 'member.etri@example.org'));
const principal = await loadPrincipal(db, member);
/** A token per round: the API's rate limit (600 calls a minute per token) is not what is measured. */
const freshToken = async () =>
  (await createToken(db, member.id, { name: `bench ${Date.now()}`, scopes: ['read'] })).token;

let bytes = 0;
let apiItems = 0;
let apiPages = 0;
const listUrl = `${portalUrl}/api/v1/meetings/fg-mv-demo/documents?limit=${PAGE}`;
/** Every page through the API, each cursor from the answer before (read uncompressed, to follow the cursors). */
async function walkApi(token: string) {
  let url: string | null = listUrl;
  apiItems = apiPages = bytes = 0;
  while (url) {
    const page: { items: unknown[]; nextCursor: string | null } = await new Promise((resolve, reject) =>
      http
        .get(url!, { headers: { authorization: `Bearer ${token}` } }, (res) => {
          if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            bytes += chunks.reduce((n, c) => n + c.length, 0);
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          });
          res.on('error', reject);
        })
        .on('error', reject),
    );
    apiItems += page.items.length;
    apiPages++;
    url = page.nextCursor ? `${listUrl}&cursor=${encodeURIComponent(page.nextCursor)}` : null;
  }
}

const visible = await visibleDocumentsSql(db, principal);
const view0 = parseListView(new URLSearchParams());
const first = await listDocuments(db, principal, 'fg-mv-demo', { ...view0, per: PAGE, page: 1 });
const { where } = viewConditions(view0, {
  meetingId,
  timeZone: 'Europe/Zurich',
  options: first.options,
  subtree: (id) => [id],
});
const pages = Math.ceil(first.total / PAGE);
const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows);
let bareRows = 0;
/** The same pages as bare SQL: the list's statement for each page's rows, with the member's visibility. */
async function walkBare() {
  bareRows = 0;
  for (let p = 1; p <= pages; p++)
    bareRows += rowsOf(
      await db.execute(listStatement(db, { where, visible, sort: view0.sort, page: { size: PAGE, number: p } })),
    ).length;
}
/** The same pages through the domain function the API calls (every query it runs, mapped to objects). */
async function walkDomain() {
  for (let p = 1; p <= pages; p++) await listDocuments(db, principal, 'fg-mv-demo', { ...view0, per: PAGE, page: p });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fns: ((token: string) => Promise<void>)[] = [walkApi, walkBare, walkDomain];
const times: number[][] = fns.map(() => []);
const ratios: number[] = [];
for (let round = -1; round < RUNS; round++) {
  const token = await freshToken();
  // Alternate which goes first, so that a slow spell of the machine falls on each alike.
  const order = round % 2 ? [0, 1, 2] : [2, 1, 0];
  const t: number[] = [];
  for (const k of order) {
    const t0 = performance.now();
    await fns[k](token);
    t[k] = performance.now() - t0;
  }
  if (round < 0) continue; // warm-up
  t.forEach((x, k) => times[k].push(x));
  ratios.push(t[0] / t[1]);
}
if (apiItems !== bareRows) throw new Error(`the API gave ${apiItems} documents, the SQL ${bareRows}`);

const [api, bare, domain] = times.map(median);
const ratio = median(ratios);
console.log(
  `\n${N} documents in one meeting, a member's token, pages of ${PAGE}, median of ${RUNS} rounds (${engine})`,
);
console.log('"API": every page over loopback HTTP, each with the cursor of the one before (token check, rate limit,');
console.log('the list query, JSON); "bare SQL": the one statement behind each page\'s rows, run directly;');
console.log('"domain": listDocuments for each page (all the queries the API runs, mapped to objects).\n');
console.log(
  'pages'.padStart(6),
  'rows'.padStart(6),
  'KB'.padStart(6),
  'bare ms'.padStart(9),
  'domain ms'.padStart(10),
  'API ms'.padStart(9),
  'API/bare'.padStart(9),
  'API/domain'.padStart(11),
);
console.log(
  String(apiPages).padStart(6),
  String(apiItems).padStart(6),
  (bytes / 1024).toFixed(0).padStart(6),
  bare.toFixed(1).padStart(9),
  domain.toFixed(1).padStart(10),
  api.toFixed(1).padStart(9),
  `${ratio.toFixed(2)}x`.padStart(9),
  `${(api / domain).toFixed(2)}x`.padStart(11),
);
console.log(
  `\nAPI walk / bare SQL (median of the rounds' ratios): ${ratio.toFixed(2)}x (target <= ${TARGET}x) ${ratio <= TARGET ? 'OK' : 'OVER TARGET'}`,
);
app.server.closeAllConnections();
await database.close();
await bench?.drop();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(ratio <= TARGET ? 0 : 1);
