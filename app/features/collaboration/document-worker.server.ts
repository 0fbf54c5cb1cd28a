/**
 * The document worker: a thread of the portal process that does the CPU-heavy work on collaborative documents
 * (document-work.server.ts), so that the thread serving pages and WebSockets only copies bytes and waits while a long
 * document is compacted or its derived copy computed. One thread (piscina with one worker), started by the first
 * task, unreferenced while idle, let go after IDLE_MS without work and closed on shutdown. It runs
 * server/document-worker.mjs, which loads the same server build as the portal and calls its runtime: one copy of
 * the code. A task that fails (or whose worker dies) rejects, and its caller logs it and retries as before; the next
 * task gets a new worker.
 *
 * The portal names the worker's files when it opens (configureDocumentWorker). Without them (a script or a test
 * calling the persistence functions directly, outside a portal) the work runs in the calling thread.
 */
import { Piscina } from 'piscina';
import { deriveContent, mergeUpdates, type DerivedContent } from './document-work.server';

export interface DocumentWorkerFiles {
  /** The worker's entry module (server/document-worker.mjs). */
  script: string;
  /** The server build's entry (index.js), loaded by the worker. */
  build: string;
}

/** A worker left idle this long ends (loading the build again takes the worker a few seconds, off this thread). */
const IDLE_MS = 5 * 60_000;

let files: DocumentWorkerFiles | null = null;
let pool: Piscina | null = null;

/** Where the worker's files are; null runs the work in the calling thread. */
export function configureDocumentWorker(worker: DocumentWorkerFiles | null) {
  files = worker;
}

function workerPool(worker: DocumentWorkerFiles): Piscina {
  if (pool) return pool;
  const started = new Piscina({
    filename: worker.script,
    workerData: { build: worker.build },
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: IDLE_MS,
    // The worker waits for tasks on its event loop rather than blocked in Atomics.wait.
    atomics: 'disabled',
  });
  // A worker failing with no task in hand (while it loads the build, or idle) is reported here: the tasks waiting
  // for it fail, and the next task starts a new pool.
  started.on('error', (err) => {
    console.error('collaboration: the document worker failed', err);
    if (pool === started) pool = null;
    void started.destroy();
  });
  pool = started;
  return started;
}

async function run<T>(work: 'mergeUpdates' | 'deriveContent', state: Uint8Array | null, batches: Uint8Array[]) {
  if (!files) return (work === 'mergeUpdates' ? mergeUpdates(state, batches) : deriveContent(state, batches)) as T;
  return (await workerPool(files).run({ work, state, batches })) as T;
}

/** The document work, done in the document worker. */
export const inDocumentWorker = {
  mergeUpdates: (state: Uint8Array | null, batches: Uint8Array[]) => run<Uint8Array>('mergeUpdates', state, batches),
  deriveContent: (state: Uint8Array | null, batches: Uint8Array[] = []) =>
    run<DerivedContent>('deriveContent', state, batches),
};

/** Lets the tasks in hand finish, then ends the worker (a later task would start a new one). */
export async function stopDocumentWorker() {
  const stopping = pool;
  pool = null;
  await stopping?.close();
}
