#!/usr/bin/env node
/**
 * `npm test`: builds the portal, then runs unit tests, integration tests on embedded PGlite, the same
 * integration tests on PostgreSQL (TEST_DATABASE_URL, default the machine's server on 127.0.0.1:5432 when it answers),
 * and browser tests in Chromium. Prints one closing line "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432), timeout: 2000 }, () => { socket.end(); resolve(true); });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => { socket.destroy(); resolve(false); });
  });
}

const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const withPostgres = await reachable(pgUrl);
const only = process.argv.slice(2);

if (run('npx', ['remix', 'build']) !== 0) process.exit(1);

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-reports-'));
const stages = [
  { name: 'unit', args: ['--project', 'unit'] },
  { name: 'integration (PGlite)', args: ['--project', 'integration'], env: { TEST_DATABASE_URL: '' } },
  ...(withPostgres ? [{ name: 'integration (PostgreSQL)', args: ['--project', 'integration'], env: { TEST_DATABASE_URL: pgUrl } }] : []),
  { name: 'e2e (Chromium)', args: ['--project', 'e2e'], env: { TEST_DATABASE_URL: withPostgres ? pgUrl : '' } },
].filter((s) => !only.length || only.some((o) => s.name.startsWith(o)));

if (!withPostgres) console.warn(`\nPostgreSQL is not reachable at ${pgUrl}: integration tests run on PGlite only.\n`);

let passed = 0, failed = 0, skipped = 0, exit = 0;
for (const [i, stage] of stages.entries()) {
  console.log(`\n=== ${stage.name} ===`);
  const out = path.join(reports, `${i}.json`);
  const status = run('npx', ['vitest', 'run', ...stage.args, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile=${out}`], stage.env);
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    // A file that fails before its tests run (an error in setup) counts as one failure.
    failed += r.numFailedTests + r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } else if (status !== 0) failed += 1;
  if (status !== 0) exit = 1;
}
console.log(`\n${stages.map((s) => s.name).join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exit);
