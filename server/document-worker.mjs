/**
 * The document worker's entry (see app/features/collaboration/document-worker.server.ts): it loads the same server
 * build as the portal (the path server/build.ts resolved, honouring PLENARY_BUILD_DIR) and runs the document work its
 * runtime exports. Plain JavaScript, so that the thread starts the same way under tsx and under the test runner.
 */
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';

const build = await import(pathToFileURL(workerData.build).href);
const { runtime } = build.entry.module;
const work = { mergeUpdates: runtime.mergeUpdates, deriveContent: runtime.deriveContent };

/** One task: { work: 'mergeUpdates' | 'deriveContent', state, batches }. */
export default function documentWork(task) {
  if (!Object.hasOwn(work, task.work)) throw new Error(`No document work named ${task.work}`);
  return work[task.work](task.state, task.batches);
}
