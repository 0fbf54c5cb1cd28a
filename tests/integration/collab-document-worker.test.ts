/**
 * The document worker, as the portal runs it (a thread loading the portal's server build): the CPU-heavy work on a
 * long collaborative document (deriving its JSON and text, merging its stored updates) gives the same result as in
 * the portal's own thread, while that thread goes on answering. A worker that cannot start fails its task rather
 * than leaving it waiting, and the next task starts a new worker.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FIELD, stateFromJson, type PMNode } from '../../app/features/collaboration/content.server';
import { deriveContent, encodeBatch, mergeUpdates } from '../../app/features/collaboration/document-work.server';
import {
  configureDocumentWorker,
  inDocumentWorker,
  stopDocumentWorker,
} from '../../app/features/collaboration/document-worker.server';
import { loadBuild, type LoadedBuild } from '../../server/build';

/** Long enough that deriving or merging it takes far longer than the pauses a busy machine causes anyway. */
const PARAGRAPHS = 20_000;
const line = (i: number) => `Paragraph ${i} of a long draft, with a sentence or two of ordinary text in it.`;
const longDraft: PMNode = {
  type: 'doc',
  content: Array.from({ length: PARAGRAPHS }, (_, i) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: line(i) }],
  })),
};

let files: LoadedBuild['files'];
let state: Uint8Array;

beforeAll(async () => {
  ({ files } = await loadBuild());
  configureDocumentWorker(files.documentWorker);
  state = stateFromJson(longDraft);
  // The first task starts the worker, which loads the server build.
  await inDocumentWorker.deriveContent(null);
});
afterAll(async () => {
  await stopDocumentWorker();
  configureDocumentWorker(null);
});

/** How long `work` holds the thread that runs it, in milliseconds (timed after a first run), and its result. */
function timed<T>(work: () => T) {
  work();
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The longest pause of this thread's event loop while `work` runs, in milliseconds, and its result. */
async function longestPause<T>(work: () => Promise<T>) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  try {
    // The sampler measures from its first firing, and records a pause when it next fires after it.
    await tick();
    const result = await work();
    await tick();
    return { result, ms: delay.max / 1e6 };
  } finally {
    delay.disable();
  }
}

/** An edit appended after the stored state, as a store writes it. */
function appendedEdit(text: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  t.insert(0, text);
  paragraph.insert(0, [t]);
  doc.getXmlFragment(FIELD).push([paragraph]);
  return encodeBatch([Y.encodeStateAsUpdate(doc, before)]);
}

it('derives the copy of a long document while the portal’s thread keeps answering', async () => {
  const inThread = timed(() => deriveContent(state));
  const inWorker = await longestPause(() => inDocumentWorker.deriveContent(state));
  expect(inWorker.result).toEqual(inThread.result);
  expect(inWorker.result.text.split('\n')).toHaveLength(PARAGRAPHS);
  expect(inWorker.ms).toBeLessThan(inThread.ms / 2);
});

it('merges the stored updates of a long document while the portal’s thread keeps answering', async () => {
  const batches = [appendedEdit('Added at the end')];
  const inThread = timed(() => mergeUpdates(state, batches));
  const inWorker = await longestPause(() => inDocumentWorker.mergeUpdates(state, batches));
  expect(Buffer.from(inWorker.result).equals(Buffer.from(inThread.result))).toBe(true);
  expect((await inDocumentWorker.deriveContent(inWorker.result)).text).toMatch(/\nAdded at the end$/);
  expect(inWorker.ms).toBeLessThan(inThread.ms / 2);
});

it('fails a task whose worker cannot start, and starts a new worker for the next', async () => {
  await stopDocumentWorker();
  configureDocumentWorker({ ...files.documentWorker, build: '/nonexistent/index.js' });
  await expect(inDocumentWorker.deriveContent(state)).rejects.toThrow();
  configureDocumentWorker(files.documentWorker);
  expect((await inDocumentWorker.deriveContent(state)).text).toBe(longDraft.content!.map((_, i) => line(i)).join('\n'));
});
