import type { TestProject } from 'vitest/node';
import buildPortal from './build';
import { buildTemplates } from './templates';

/**
 * Once per run of a project that uses databases: the portal's build, then the template databases every test
 * database is copied from, made from the migrations as they are now (never kept from an earlier run).
 * PostgreSQL when TEST_DATABASE_URL is set, unless the project asks for PGlite (PLENARY_TEST_ENGINE=pglite).
 */
export default async function setup(project: TestProject) {
  buildPortal();
  const adminUrl = process.env.TEST_DATABASE_URL;
  const engine = project.config.env?.PLENARY_TEST_ENGINE === 'pglite' || !adminUrl ? 'pglite' : 'postgres';
  const started = Date.now();
  const built = await buildTemplates(engine, adminUrl);
  console.log(`${project.name}: ${engine} templates ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('testTemplates', built.templates);
  return () => built.remove();
}
