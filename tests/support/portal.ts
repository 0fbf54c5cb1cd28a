import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../app/platform/config.server';
import type { Services } from '../../app/platform/context.server';
import type { Portal } from '../../app/platform/server/portal.server';
import type { Workers } from '../../app/jobs.server';
import { loadBuild } from '../../server/build';
import type { StorageConfig } from '../../storage';
import { createTestDatabase, type TestDatabase } from './db';

export interface TestPortal {
  url: string;
  services: Services;
  portal: Portal;
  database: TestDatabase;
  /** The background workers of this portal (stamping, mail, digests). */
  workers: Workers;
  stop(): Promise<void>;
}

/**
 * The real portal (Express + the Remix build) on a random loopback port, over a fresh test database
 * and a temporary file store (or the given S3 store). Needs `npm run build` first (the test command does it).
 */
export async function startTestPortal(
  opts: {
    storage?: StorageConfig;
    env?: Record<string, string>;
    /** Start from the demo data (see ./demo: `demoData` gives its ids, DEMO_PASSWORD signs in). */
    demo?: boolean;
    setup?: (services: Services) => Promise<void>;
    /**
     * Run the collaborative documents' work in the document worker, as a portal process does. Off by default: each
     * worker loads the whole server build (seconds of CPU per test file), and the work gives the same result in the
     * portal's thread; tests/integration/collab-document-worker.test.ts and the process tests cover the worker.
     */
    documentWorker?: boolean;
  } = {},
): Promise<TestPortal> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-test-'));
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PORT: '0',
    SEED_DEMO: 'false',
    ...opts.env,
  });
  config.storage = opts.storage ?? { kind: 'local', root: path.join(dataDir, 'files') };
  const database = await createTestDatabase({ demo: opts.demo });
  // The portal's services come from the build, as in production, so that the routes and the services share modules.
  const { build, runtime, files } = await loadBuild();
  const services = await runtime.createServices(config, { database });
  await opts.setup?.(services);
  const portal = runtime.openPortal(services, build, {
    ...files,
    documentWorker: opts.documentWorker ? files.documentWorker : null,
  });
  // Background jobs (stamping, mail) run as in production; tests wait for them with waitForJobs (./jobs).
  const workers = await runtime.startWorkers(services, { pollingIntervalSeconds: 0.5 });
  const answering = new Set<ServerResponse>();
  portal.server.on('request', (_req, res: ServerResponse) => {
    answering.add(res);
    res.on('close', () => answering.delete(res));
  });
  await new Promise<void>((resolve) => portal.server.listen(0, '127.0.0.1', resolve));
  const { port } = portal.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  config.publicUrl = url;
  return {
    url,
    services,
    portal,
    database,
    workers,
    stop: async () => {
      // As the portal stops on a signal: answers in progress finish (for a moment at most) before the database closes.
      const closed = new Promise<void>((resolve) => portal.server.close(() => resolve()));
      portal.server.closeIdleConnections();
      for (const until = Date.now() + 2000; answering.size > 0 && Date.now() < until;)
        await new Promise((r) => setTimeout(r, 20));
      portal.server.closeAllConnections();
      await closed;
      for (const hook of portal.shutdownHooks) await hook();
      await workers.stop();
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
