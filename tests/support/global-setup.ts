import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import buildPortal from './build';
import { buildTemplates, type TestTemplates } from './templates';

/**
 * Once per run of a project that uses databases: the portal's build, then the template databases every test
 * database is copied from, made from the migrations as they are now (never kept from an earlier run).
 * PostgreSQL when TEST_DATABASE_URL is set, unless the project asks for PGlite (PLENARY_TEST_ENGINE=pglite).
 * `npm test` builds the templates once for all its stages and names them in PLENARY_TEST_TEMPLATES; a project
 * run on its own builds and removes its own.
 */
export default async function setup(project: TestProject) {
  buildPortal();
  const adminUrl = process.env.TEST_DATABASE_URL;
  const engine = project.config.env?.PLENARY_TEST_ENGINE === 'pglite' || !adminUrl ? 'pglite' : 'postgres';
  const sharedFile = process.env.PLENARY_TEST_TEMPLATES;
  if (sharedFile && fs.existsSync(sharedFile)) {
    const shared = JSON.parse(fs.readFileSync(sharedFile, 'utf8')) as Partial<Record<string, TestTemplates>>;
    const templates = shared[engine];
    if (templates && (engine === 'pglite' || templates.adminUrl === adminUrl)) {
      project.provide('testTemplates', templates);
      return;
    }
  }
  const started = Date.now();
  const built = await buildTemplates(engine, adminUrl);
  console.log(`${project.name}: ${engine} templates ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('testTemplates', built.templates);
  return () => built.remove();
}
