import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Route and browser tests run against the real Remix build; build it once if the test command did not. */
export default function setup() {
  const root = path.resolve(import.meta.dirname, '../..');
  if (
    !fs.existsSync(path.resolve(root, process.env.PLENARY_BUILD_DIR || 'build', 'index.js')) ||
    process.env.PLENARY_REBUILD === '1'
  ) {
    execSync('npx remix build', { cwd: root, stdio: 'inherit' });
  }
}
