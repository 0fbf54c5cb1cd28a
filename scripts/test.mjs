#!/usr/bin/env node
/**
 * `npm test`: builds the portal and the template databases once, then runs the vitest projects: unit; then
 * integration on PostgreSQL (TEST_DATABASE_URL, default the machine's server on 127.0.0.1:5432), pglite (what
 * differs on the embedded database) and security together; then the linter. The browser (e2e) and portal-process
 * stages run in the background meanwhile. Without a reachable PostgreSQL everything runs on PGlite.
 * `npm test -- unit e2e` runs only the stages named. A stage of no such name, or a project whose include patterns match
 * no test file, is an error (rather than a stage that passes without running a test).
 * Prints each stage's time and the total, then, last, "tests: N passed, N failed".
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createVitest } from 'vitest/node';

const started = Date.now();
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432), timeout: 2000 }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Each vitest project's name and how many test files its include patterns match. */
async function projectFiles() {
  // Vite sets NODE_ENV (to "development") while it reads the configuration; the stages must not inherit that, or
  // their portals would log every request and run as in development.
  const nodeEnv = process.env.NODE_ENV;
  const vitest = await createVitest('test', { watch: false });
  const files = new Map(
    await Promise.all(vitest.projects.map(async (p) => [p.name, (await p.globTestFiles()).testFiles.length])),
  );
  await vitest.close();
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  return files;
}

const pgUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const withPostgres = await reachable(pgUrl);
const databaseEnv = { TEST_DATABASE_URL: withPostgres ? pgUrl : '', PLENARY_REBUILD: '' };
const only = process.argv.slice(2);
if (!withPostgres) console.warn(`\nPostgreSQL is not reachable at ${pgUrl}: every test runs on PGlite.\n`);
console.log(`load average at start: ${load()} (${os.cpus().length} cores)`);

const timings = [];
let t = Date.now();
if (run('npx', ['remix', 'build']) !== 0) process.exit(1);
timings.push(['build', Date.now() - t]);

const ORDER = ['unit', 'integration', 'pglite', 'process', 'e2e'];
const files = await projectFiles();
const names = [...files.keys()];
const projects = [...ORDER.filter((n) => names.includes(n)), ...names.filter((n) => !ORDER.includes(n))]
  // Without PostgreSQL the integration stage runs on PGlite already.
  .filter((n) => withPostgres || n !== 'pglite');
const lint = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts?.lint;
const chosen = [...projects, ...(lint ? ['lint'] : [])].filter((s) => !only.length || only.includes(s));
const unknown = only.filter((s) => !names.includes(s) && s !== 'lint');
if (unknown.length) {
  console.error(`\nNo such stage: ${unknown.join(', ')} (the stages: ${[...names, 'lint'].join(', ')}).`);
  process.exit(1);
}
// A project whose include patterns match nothing would pass without running a test: that is an error.
const empty = chosen.filter((s) => files.get(s) === 0);
if (empty.length) {
  console.error(`\nNo test files in ${empty.join(', ')}: check the include patterns in vitest.config.ts.`);
  process.exit(1);
}
// The database projects run in one vitest run: its two workers take the next file of any of them, so no core
// waits at the end of one project for the next to start. A stage's name joins its projects with '+'.
const TOGETHER = ['integration', 'pglite', 'security'];
const together = chosen.filter((s) => TOGETHER.includes(s));
const stages = chosen.flatMap((s) => (!TOGETHER.includes(s) ? [s] : s === together[0] ? [together.join('+')] : []));

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-reports-'));

// The template databases every test database is copied from: migrated and seeded once for all stages.
const templatesFile = path.join(reports, 'templates.json');
const templatesCommand = (command) =>
  run('npx', ['tsx', 'tests/support/templates-command.ts', command, templatesFile], databaseEnv);
const withTemplates = stages.some((s) => s !== 'unit' && s !== 'lint');
if (withTemplates) {
  t = Date.now();
  if (templatesCommand('build') !== 0) process.exit(1);
  timings.push(['templates', Date.now() - t]);
  databaseEnv.PLENARY_TEST_TEMPLATES = templatesFile;
}
const failures = [];
let passed = 0,
  failed = 0,
  skipped = 0,
  exit = 0;

/** Runs one stage as a child process; `quiet` keeps its output until it ends, so side-by-side stages do not interleave. */
function runStage(stage, quiet) {
  const out = path.join(reports, `${stage.replaceAll('+', '-')}.json`);
  const [cmd, args, env] =
    stage === 'lint'
      ? ['npm', ['run', 'lint'], {}]
      : [
          'npx',
          [
            'vitest',
            'run',
            ...stage.split('+').flatMap((project) => ['--project', project]),
            '--reporter=default',
            '--reporter=json',
            `--outputFile=${out}`,
          ],
          databaseEnv,
        ];
  const begun = Date.now();
  const child = spawn(cmd, args, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
  });
  const chunks = [];
  child.stdout?.on('data', (c) => chunks.push(c));
  child.stderr?.on('data', (c) => chunks.push(c));
  if (!quiet) console.log(`\n=== ${stage} ===`);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      if (quiet) process.stdout.write(`\n=== ${stage} ===\n${Buffer.concat(chunks).toString()}`);
      timings.push([stage, Date.now() - begun]);
      const status = code ?? 1;
      if (stage === 'lint') {
        if (status !== 0) failed += 1;
      } else if (fs.existsSync(out)) {
        const r = JSON.parse(fs.readFileSync(out, 'utf8'));
        passed += r.numPassedTests;
        // A file that fails before its tests run (an error in setup) counts as one failure.
        failed +=
          r.numFailedTests +
          r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'))
            .length;
        skipped += r.numPendingTests + (r.numTodoTests ?? 0);
        for (const file of r.testResults.filter((f) => f.status === 'failed')) {
          const where = path.relative(process.cwd(), file.name);
          const tests = file.assertionResults.filter((a) => a.status === 'failed');
          if (!tests.length) failures.push(`${where}: ${(file.message ?? '').split('\n')[0]}`);
          for (const a of tests)
            failures.push(`${where} > ${a.fullName}: ${(a.failureMessages[0] ?? '').split('\n')[0]}`);
        }
      } else if (status !== 0) failed += 1;
      if (stage === 'lint' && status !== 0) failures.push('lint: see its output above');
      if (status !== 0) exit = 1;
      resolve();
    }),
  );
}

// The browser and portal-process stages run one file at a time and spend most of it waiting (on Chromium, child
// processes, LibreOffice), so they start first, in the background; the stages that keep both cores busy (unit, the
// database projects, the linter) run one after another beside them.
const BACKGROUND = ['e2e', 'process'];
const background = stages.filter((s) => BACKGROUND.includes(s));
if (background.length) console.log(`\n=== ${background.join(', ')}: in the background (each printed when it ends) ===`);
const backgroundDone = Promise.all(background.map((stage) => runStage(stage, true)));
for (const stage of stages.filter((s) => !BACKGROUND.includes(s))) await runStage(stage, false);
await backgroundDone;
if (withTemplates) templatesCommand('remove');
fs.rmSync(reports, { recursive: true, force: true });

console.log(`\nload average at the end: ${load()}; database: ${withPostgres ? 'PostgreSQL' : 'PGlite'}`);
console.log(
  `time: ${timings.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')}; total ${Math.floor((Date.now() - started) / 60_000)} min ${Math.round(((Date.now() - started) % 60_000) / 1000)} s`,
);
// Repeated last, so a long log cut to its end still names what failed.
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exit);
