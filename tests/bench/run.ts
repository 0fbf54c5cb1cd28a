/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn (each a standalone script that prints its figures),
 * or only those whose name contains an argument: `npm run bench -- upload`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!filters.length || filters.some((x) => f.includes(x))))
  .sort();
let failed = 0;
// Benchmarks measure the code as it is: the portal's build is made afresh (the default one here, and each
// benchmark's own build directory through PLENARY_REBUILD), never an older one left on disk.
if (benches.length && spawnSync('npx', ['remix', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  // --expose-gc: benchmarks that report memory growth collect garbage before they measure.
  const env = {
    ...process.env,
    PLENARY_REBUILD: '1',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim(),
  };
  const r = spawnSync('npx', ['tsx', path.join(dir, file)], { stdio: 'inherit', env });
  if (r.status !== 0) {
    failed++;
    console.log(`${file} failed (exit ${r.status})`);
  }
}
if (!benches.length) console.log('No benchmark matched.');
process.exit(failed ? 1 : 0);
