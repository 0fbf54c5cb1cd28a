import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import express from 'express';
import type { Services } from '../context.server';
import { logger } from '../logging.server';

const CHECK_TIMEOUT_MS = 3_000;

async function probe(name: string, check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return true;
  } catch (err) {
    logger.warn({ err, check: name }, 'readiness check failed');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The file store answers: a listing (S3: the bucket exists and the credentials work), and a writable folder when local. */
async function storageReachable(services: Services) {
  const { storage, config } = services;
  if (config.storage.kind === 'local') {
    // The folder is made by the first upload; making it here only sooner.
    await mkdir(config.storage.root, { recursive: true });
    await access(config.storage.root, constants.R_OK | constants.W_OK);
  }
  for await (const _ of storage.list('readyz/')) break;
}

/**
 * For load balancers and orchestrators: /healthz answers while the process runs (no dependency touched);
 * /readyz answers 200 when the database and the file store are reachable, 503 otherwise (details in the log).
 */
export function healthRoutes(services: Services): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [database, storage] = await Promise.all([
      probe('database', () => services.db.execute(sql`select 1`)),
      probe('storage', () => storageReachable(services)),
    ]);
    const ready = database && storage;
    const state = (ok: boolean) => (ok ? 'ok' : 'unavailable');
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: state(ready), database: state(database), storage: state(storage) });
  });
  return router;
}
