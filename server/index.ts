/**
 * The portal's server entry: configuration, database (migrated), storage, HTTP and WebSocket on one port,
 * demo data on an empty database, graceful shutdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../app/platform/config.server';
import { DatabaseUnavailableError } from '../db/client.server';
import { seedDemoIfEmpty } from '../app/features/demo/index';
import { createPortal } from './app';
import { startJobs } from './jobs';
import { createServices } from './services';

async function main() {
  const config = loadConfig();
  const services = await createServices(config);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(services.db);
    if (seeded && config.env !== 'production') {
      const lines = seeded.accounts.map((a) => `  ${a.role.padEnd(28)} ${a.email.padEnd(34)} ${a.password}`);
      const file = path.join(config.dataDir, 'demo-accounts.txt');
      fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
      console.log(`\nDemo accounts (printed once, on the first start; also in ${file}):\n${lines.join('\n')}\n`);
    }
  }
  const portal = await createPortal(services);
  const stopJobs = startJobs(services);
  portal.server.listen(config.port, config.host, () => {
    console.log(`Plenary is running at ${config.publicUrl} (database: ${services.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}/pglite` : 'PostgreSQL'}, files: ${config.storage.kind})`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in progress, then stopping.`);
    // Stop accepting; requests (uploads) in flight complete before the server closes.
    const closed = new Promise<void>((resolve) => portal.server.close(() => resolve()));
    portal.server.closeIdleConnections();
    stopJobs();
    for (const hook of portal.shutdownHooks) await hook().catch((err) => console.error(err));
    await Promise.race([closed, new Promise((r) => setTimeout(r, 30_000))]);
    await services.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DatabaseUnavailableError) {
    console.error(err.message);
  } else {
    console.error('Plenary could not start:', err);
  }
  process.exit(1);
});
