import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '~': path.resolve(import.meta.dirname, 'app') };

/** Tests that start portal processes or LibreOffice: their own project, run after the others. */
const PROCESS_TESTS = [
  'tests/process/**/*.test.ts',
  'tests/integration/startup.test.ts',
  'tests/integration/collab-process.test.ts',
];

/**
 * What differs on embedded PGlite (everything else runs once, on PostgreSQL): migrations, and core flows
 * through HTTP (accounts, registration and numbering, the document list and its search), and the job queue
 * (which talks to PGlite through its own adapter).
 */
const PGLITE_TESTS = [
  'tests/pglite/**/*.test.ts',
  'tests/integration/accounts.test.ts',
  'tests/integration/registration.test.ts',
  'tests/integration/document-list.test.ts',
  'tests/integration/background-jobs.test.ts',
];

/**
 * Projects with databases build their templates once per run (tests/support/global-setup.ts). `isolate: false`
 * keeps a worker's modules (the portal's build among them) loaded from one test file to the next; each file
 * still gets its own database and portal.
 */
const withDatabase = {
  environment: 'node' as const,
  globalSetup: ['tests/support/global-setup.ts'],
  isolate: false,
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // A page or a job that is there in a blink on a quiet machine can take seconds when both cores are busy.
  expect: { poll: { timeout: 15_000 } },
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Two workers even on two cores: database tests wait on PostgreSQL, argon2 and sockets much of the time.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        resolve: { alias },
        // Some unit tests read large and hostile documents: on a loaded two-core machine they take seconds.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: PROCESS_TESTS,
          ...withDatabase,
        },
      },
      {
        resolve: { alias },
        test: { name: 'pglite', include: PGLITE_TESTS, ...withDatabase, env: { PLENARY_TEST_ENGINE: 'pglite' } },
      },
      {
        resolve: { alias },
        test: {
          name: 'process',
          include: PROCESS_TESTS,
          ...withDatabase,
          isolate: true,
          testTimeout: 180_000,
          poolOptions: { forks: { singleFork: true } },
        },
      },
      { resolve: { alias }, test: { name: 'security', include: ['tests/security/**/*.test.ts'], ...withDatabase } },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          ...withDatabase,
          testTimeout: 300_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
