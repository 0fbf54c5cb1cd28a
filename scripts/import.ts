/**
 * Imports an existing meeting document list (CSV or .xlsx) and optionally a zip of its files named by number:
 *
 *   npm run import -- --meeting <slug> <list.csv|list.xlsx> [files.zip] [--dry-run]
 *
 * The same checks as the import page (/meetings/<slug>/import): every row is checked, nothing is stored unless all
 * are right, numbers are kept and the counters moved past them, the same list twice changes nothing. Runs on the
 * configured database and storage (DATABASE_URL also while the portal runs; the embedded database once it is
 * stopped). Prints the report; exit code 0 when imported (or the dry run found no problem), 2 otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../app/platform/config.server';
import { migrateDatabase, openDatabase, type Database } from '../db/client.server';
import { createStorage } from '../storage';
import { importDocumentList, type ImportReport } from '../app/features/import/import.server';
import { fileSource } from '../app/features/submissions/byte-source';
import { withEventDetails } from '../app/platform/audit.server';
import { DomainError } from '../app/platform/errors';

const USAGE = 'Usage: npm run import -- --meeting <slug> <list.csv|list.xlsx> [files.zip] [--dry-run]';
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: { meeting: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (!values.meeting || positionals.length < 1 || positionals.length > 2) fail(USAGE);
const [listPath, zipPath] = positionals;
for (const p of positionals) if (!fs.existsSync(p)) fail(`No file at ${p}.`);

const config = loadConfig();
const pgliteDir = path.join(config.dataDir, 'pglite');
if (!config.databaseUrl && fs.existsSync(path.join(pgliteDir, 'postmaster.pid')))
  fail(
    `The embedded database in ${pgliteDir} is open in a running portal (or was not closed cleanly). Stop the portal and try again, or use DATABASE_URL.`,
  );

function print(report: ImportReport) {
  const c = report.counts;
  console.log(
    `${report.meeting.title}: ${report.dryRun ? 'check only' : report.imported ? 'imported' : 'not imported'} ` +
      `(${report.encoding}); new ${c.create}, already there ${c.unchanged}, refused ${c.error}, files ${c.files}`,
  );
  for (const r of report.rows)
    for (const m of [...r.errors.map((e) => `error: ${e}`), ...r.warnings.map((w) => `warning: ${w}`)])
      console.log(`  line ${r.line} ${r.number}: ${m}`);
  for (const w of report.warnings) console.log(`  warning: ${w}`);
  for (const e of report.errors) console.log(e);
}

let database: Database | undefined;
try {
  database = await openDatabase({ url: config.databaseUrl, dataDir: pgliteDir, max: 2 });
  await migrateDatabase(database);
  const db = database.db;
  const storage = createStorage(config.storage);
  // The command line acts as the site: events name no account and say where they came from.
  const report = await withEventDetails({ via: 'command line' }, () =>
    importDocumentList(db, storage, { id: '', isAdmin: true, roles: [] }, values.meeting!, {
      list: fs.readFileSync(listPath),
      zip: zipPath ? fileSource(zipPath) : null,
      dryRun: values['dry-run'],
    }),
  );
  print(report);
  process.exitCode = report.errors.length ? 2 : 0;
} catch (err) {
  if (err instanceof DomainError) fail(err.message);
  fail(`The list could not be imported: ${(err as Error).message}`);
} finally {
  await database?.close();
}
