/**
 * The document worker: a thread of the portal process that does the CPU-heavy work on collaborative documents
 * (document-work.server.ts), so that the thread serving pages and WebSockets only copies bytes and waits while a long
 * document is compacted or its derived copy computed. One thread (piscina with one worker), started when the portal
 * opens, so that loading the build (seconds on a busy machine) is never paid by someone opening a document; closed
 * on shutdown. It runs server/document-worker.mjs, which loads the same server build as the portal and calls its
 * runtime: one copy of the code. Work on a short document (under INLINE_BYTES) stays in the calling thread, where it
 * takes less time than handing it over. A task that fails (or whose worker dies) rejects, and its caller logs it and
 * retries as before; the next task gets a new worker.
 *
 * The portal names the worker's files when it opens (configureDocumentWorker). Without them (a script or a test
 * calling the persistence functions directly, outside a portal) all the work runs in the calling thread.
 */
import { Piscina } from 'piscina';
import { deriveContent, mergeUpdates, type DerivedContent } from './document-work.server';

export interface DocumentWorkerFiles {
  /** The worker's entry module (server/document-worker.mjs). */
  script: string;
  /** The server build's entry (index.js), loaded by the worker. */
  build: string;
}

/** A document's bytes below which merging or deriving it takes well under a millisecond: not worth a hand-over. */
const INLINE_BYTES = 64 * 1024;

let files: DocumentWorkerFiles | null = null;
let pool: Piscina | null = null;

/** Where the worker's files are, and starts the worker; null runs the work in the calling thread. */
export function configureDocumentWorker(worker: DocumentWorkerFiles | null) {
  files = worker;
  void stopDocumentWorker();
  if (worker) workerPool(worker);
}

function workerPool(worker: DocumentWorkerFiles): Piscina {
  if (pool) return pool;
  const started = new Piscina({
    filename: worker.script,
    workerData: { build: worker.build },
    minThreads: 1,
    maxThreads: 1,
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
  const bytes = batches.reduce((sum, b) => sum + b.length, state?.length ?? 0);
  if (!files || bytes < INLINE_BYTES)
    return (work === 'mergeUpdates' ? mergeUpdates(state, batches) : deriveContent(state, batches)) as T;
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
