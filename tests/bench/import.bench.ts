/**
 * Importing a document list: 3,000 rows with a zip of their files totalling 1 GB (a Word file and a PDF per row,
 * stored entries), into an empty meeting. With BENCH_DATABASE_URL (or TEST_DATABASE_URL) the database is a fresh
 * one on that PostgreSQL server, so this process holds only the import; without, the embedded PGlite, whose memory
 * (a WebAssembly heap that grows and never shrinks) counts in this process's too. Prints the rows and bytes per
 * second, the growth of the memory the import itself holds (JavaScript heap and buffers, the target: < 64 MB) and
 * the resident memory growth of the process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import yazl from 'yazl';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../../db/client.server';
import { meetings, numberingSchemes } from '../../db/schema';
import { seedDemo } from '../../app/features/demo/index';
import { importDocumentList } from '../../app/features/import/import.server';
import { fileSource } from '../../app/features/submissions/byte-source';
import { createStorage } from '../../storage';
import { ituCoverDocx } from '../support/documents';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 3000);
const TOTAL = Number(process.env.BENCH_IMPORT_MB ?? 1024) * 1024 * 1024;
const MB = 1024 * 1024;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-bench-import-'));
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const benchDb = `plenary_bench_import_${process.pid}`;
const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : null;

try {
  if (admin) await admin.unsafe(`create database ${benchDb}`);
  const database = await openDatabase(
    admin ? { url: withDatabase(serverUrl!, benchDb) } : { dataDir: path.join(dataDir, 'pglite') },
  );
  await migrateDatabase(database);
  const seeded = await seedDemo(database.db);
  const db = database.db;
  const storage = createStorage({ kind: 'local', root: path.join(dataDir, 'files') });
  const [m] = await db
    .insert(meetings)
    .values({
      groupId: seeded.groupIds['fg-mv'],
      slug: 'bench-import',
      title: 'Import benchmark',
      startsOn: '2031-03-01',
      endsOn: '2031-03-02',
      timeZone: 'Europe/Zurich',
      locationKind: 'virtual',
      documentTypes: ['input'],
      attachmentFormats: ['pdf'],
    })
    .returning();
  await db.insert(numberingSchemes).values({
    groupId: m.groupId,
    documentType: 'input',
    name: 'bench',
    format: 'FGMV-I-{n:4}',
    scope: 'meeting',
    meetingId: m.id,
  });
  await db.update(meetings).set({ maxFileMb: 50 }).where(eq(meetings.id, m.id));

  const docx = await ituCoverDocx({ title: 'Benchmark contribution' });
  const pdfSize = Math.floor(TOTAL / ROWS) - docx.length;
  const pdf = Buffer.alloc(pdfSize, 0x20);
  pdf.write('%PDF-1.4\n');
  pdf.write('\n%%EOF\n', pdfSize - 7);
  const label = (i: number) => `FGMV-I-${String(i + 1).padStart(4, '0')}`;
  const zipPath = path.join(dataDir, 'files.zip');
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (let i = 0; i < ROWS; i++) {
      zip.addBuffer(docx, `${label(i)}.docx`, { compress: false });
      zip.addBuffer(pdf, `${label(i)} - annex.pdf`, { compress: false });
    }
    zip.end();
    zip.outputStream.pipe(fs.createWriteStream(zipPath)).on('finish', resolve).on('error', reject);
  });
  const list = Buffer.from(
    [
      'Number,Title,Source,Type,WG/Question',
      ...Array.from({ length: ROWS }, (_, i) => `${label(i)},Contribution ${i + 1},ETRI,input,WG${(i % 8) + 1}`),
    ].join('\n'),
  );
  const zipBytes = fs.statSync(zipPath).size;
  console.log(
    `made a list of ${ROWS} rows and a zip of ${(zipBytes / MB).toFixed(0)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  global.gc?.();
  const held = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const rssBefore = process.memoryUsage().rss;
  const heldBefore = held();
  let rssPeak = rssBefore;
  let heldPeak = heldBefore;
  // With NODE_OPTIONS=--expose-gc each sample follows a full collection: what is held, not garbage
  // the collector has not yet come to.
  let samples = 0;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    if (global.gc && samples++ % 20) return;
    global.gc?.();
    heldPeak = Math.max(heldPeak, held());
  }, 50);
  const t1 = performance.now();
  const report = await importDocumentList(db, storage, { id: '', isAdmin: true, roles: [] }, m.slug, {
    list,
    zip: fileSource(zipPath),
    dryRun: false,
  });
  const seconds = (performance.now() - t1) / 1000;
  clearInterval(sampler);
  if (!report.imported) throw new Error(`not imported: ${report.errors.join('; ')}`);
  const growth = (heldPeak - heldBefore) / MB;
  const rssGrowth = (rssPeak - rssBefore) / MB;
  console.log(
    `imported ${report.counts.create} documents with ${report.counts.files} files (${(zipBytes / MB).toFixed(0)} MB) ` +
      `into ${admin ? 'PostgreSQL' : 'PGlite (in this process)'} in ${seconds.toFixed(1)} s: ` +
      `${(ROWS / seconds).toFixed(0)} rows/s, ${(zipBytes / MB / seconds).toFixed(0)} MB/s; ` +
      `peak growth of the memory the import holds (heap and buffers) ${growth.toFixed(0)} MB (target < 64 MB) ` +
      `${growth < 64 ? 'ok' : 'OVER'}; resident memory growth ${rssGrowth.toFixed(0)} MB`,
  );
  await database.close();
  if (growth >= 64) process.exitCode = 1;
} finally {
  if (admin) {
    await admin.unsafe(`drop database if exists ${benchDb} with (force)`);
    await admin.end();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
