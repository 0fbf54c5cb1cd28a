/**
 * The portal process, assembled from the same modules the routes use: the server entry (server/index.ts) loads
 * the Remix build and reaches everything else through the `runtime` that app/entry.server.tsx exports. The
 * document worker (server/document-worker.mjs) loads the same build and runs the runtime's document work.
 */
import type { ServerBuild } from '@remix-run/node';
import { DatabaseUnavailableError, type Database } from '../db/client.server';
import { attachCollaboration } from './features/collaboration/server';
import { deriveContent, mergeUpdates } from './features/collaboration/document-work.server';
import { configureDocumentWorker, stopDocumentWorker } from './features/collaboration/document-worker.server';
import { startWorkers } from './jobs.server';
import { seedDemoAccounts } from './features/demo/accounts-file.server';
import { ConfigError, loadConfig, type Config } from './platform/config.server';
import type { Services } from './platform/context.server';
import { configureLogging, logger } from './platform/logging.server';
import { createPortal, type Portal, type PortalFiles } from './platform/server/portal.server';
import { createServices } from './platform/server/services.server';
import { operatorSocketPath, probeOperatorSocket, startOperatorSocket } from './platform/operator.server';
import { operatorCommands } from './operator-commands.server';

/**
 * The HTTP server with every door attached (pages, files, collaboration), not yet listening. Document work goes to
 * the document worker, stopped after the collaboration server has stored every open document.
 */
function openPortal(services: Services, build: ServerBuild, files: PortalFiles): Portal {
  configureDocumentWorker(files.documentWorker);
  const portal = createPortal(services, build, files);
  attachCollaboration(portal, services);
  portal.shutdownHooks.push(stopDocumentWorker);
  return portal;
}

async function stopOnSignal(portal: Portal, services: Services, stopWorkers: () => Promise<void>) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'finishing requests in progress, then stopping');
    // Stop accepting; requests (uploads) in flight complete before the server closes.
    const closed = new Promise<void>((resolve) => portal.server.close(() => resolve()));
    portal.server.closeIdleConnections();
    // Jobs in hand finish (or go back to the queue) before the database closes.
    await stopWorkers().catch((err) => logger.error({ err }, 'stopping the job workers failed'));
    for (const hook of portal.shutdownHooks)
      await hook().catch((err) => logger.error({ err }, 'a shutdown step failed'));
    await Promise.race([closed, new Promise((r) => setTimeout(r, 30_000))]);
    await services.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Configuration, database (migrated), storage, demo data on an empty database, HTTP and WebSocket on one port. */
async function start(build: ServerBuild, files: PortalFiles) {
  try {
    const config = loadConfig();
    configureLogging(config.log);
    if (!config.databaseUrl && (await probeOperatorSocket(operatorSocketPath(config.dataDir))) === 'live')
      throw new DatabaseUnavailableError(`Another portal is running on the embedded database in ${config.dataDir}.`);
    const services = await createServices(config, { migrationsDir: files.migrationsDir });
    // Only this process can open the embedded database: operator commands (npm run token) reach it through a socket.
    const operator =
      services.database.kind === 'pglite'
        ? await startOperatorSocket(config.dataDir, operatorCommands, services)
        : null;
    if (config.seedDemo) await seedDemoAccounts(services, console.log);
    const portal = openPortal(services, build, files);
    if (operator) portal.shutdownHooks.unshift(operator.close);
    const workers = await startWorkers(services);
    portal.server.listen(config.port, config.host, () => {
      const database =
        services.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}/pglite` : 'PostgreSQL';
      logger.info(
        { url: config.publicUrl, database, files: config.storage.kind },
        `Plenary is running at ${config.publicUrl}`,
      );
    });
    await stopOnSignal(portal, services, workers.stop);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DatabaseUnavailableError) console.error(err.message);
    else logger.fatal({ err }, 'Plenary could not start');
    process.exit(1);
  }
}

export const runtime = {
  start,
  loadConfig,
  createServices,
  openPortal,
  startWorkers,
  configureLogging,
  mergeUpdates,
  deriveContent,
};
export type Runtime = typeof runtime;
export type { Config, Database, Portal, PortalFiles, Services };
