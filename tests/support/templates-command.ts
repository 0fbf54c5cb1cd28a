/**
 * `tsx tests/support/templates-command.ts build <file>`: builds the run's template databases for both engines
 * and writes where they are to <file>, so every stage of `npm test` copies from the same templates instead of
 * migrating and seeding its own. `... remove <file>` drops them at the end of the run.
 */
import fs from 'node:fs';
import { buildTemplates, removeTemplates, type TestTemplates } from './templates';

const [command, file] = process.argv.slice(2);
if (!file || (command !== 'build' && command !== 'remove')) {
  console.error('usage: templates-command.ts build|remove <file>');
  process.exit(2);
}

if (command === 'build') {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const [postgres, pglite] = await Promise.all([
    adminUrl ? buildTemplates('postgres', adminUrl) : undefined,
    buildTemplates('pglite'),
  ]);
  const shared: Partial<Record<TestTemplates['engine'], TestTemplates>> = {
    pglite: pglite.templates,
    ...(postgres ? { postgres: postgres.templates } : {}),
  };
  fs.writeFileSync(file, JSON.stringify(shared));
} else if (fs.existsSync(file)) {
  const shared = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Record<TestTemplates['engine'], TestTemplates>>;
  for (const templates of Object.values(shared)) await removeTemplates(templates);
  fs.rmSync(file, { force: true });
}
