import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerBuild } from '@remix-run/node';
import type { PortalFiles, Runtime } from '../app/runtime.server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LoadedBuild {
  build: ServerBuild;
  /** Everything the server needs besides the routes, from the same module copies the routes use. */
  runtime: Runtime;
  files: PortalFiles & { documentWorker: NonNullable<PortalFiles['documentWorker']> };
}

/**
 * The build imports its dependencies by name, resolved from where the build lies: a build outside the project
 * (PLENARY_BUILD_DIR=/tmp/...) finds the project's node_modules through a link beside it.
 */
function linkDependencies(buildDir: string) {
  const link = path.join(buildDir, 'node_modules');
  if (path.relative(root, buildDir).startsWith('..') && !fs.existsSync(link))
    fs.symlinkSync(path.join(root, 'node_modules'), link, 'dir');
}

/** The Remix server build (PLENARY_BUILD_DIR, else build/), with the runtime its entry module exports. */
export async function loadBuild(
  buildDir = path.resolve(root, process.env.PLENARY_BUILD_DIR || 'build'),
): Promise<LoadedBuild> {
  const entry = path.join(buildDir, 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`No build at ${entry}: run \`npm run build\` first.`);
  linkDependencies(buildDir);
  const build = (await import(pathToFileURL(entry).href)) as ServerBuild;
  const assetsDir =
    buildDir === path.join(root, 'build') ? path.join(root, 'public/build') : path.join(buildDir, 'assets');
  return {
    build,
    runtime: (build.entry.module as unknown as { runtime: Runtime }).runtime,
    files: {
      assetsDir,
      publicDir: path.join(root, 'public'),
      migrationsDir: path.join(root, 'db/migrations'),
      documentWorker: { script: path.join(root, 'server/document-worker.mjs'), build: entry },
    },
  };
}
