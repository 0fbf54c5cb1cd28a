/**
 * Loading and storing documents. A store appends the edits made through this process since the last store (as one
 * row, the updates as they came) and does nothing else, so a busy document costs the same per store whether it holds
 * one line or fifty pages. The derived copy (JSON, text, agenda items) is written once edits settle (deriveDelayMs
 * after the last store, at least every deriveMaxDelayMs while editing goes on, and when the document is closed), and
 * the appended updates are folded into the stored state every compactAfter stores and when the document is closed.
 * Deriving, compacting and the merge on load run in the document worker (../document-worker.server.ts): this thread,
 * which serves the WebSockets, only encodes the document's state for it and waits. A document's derivations run one
 * after another, so a copy of older content never lands after a newer one. Once closed (the portal shutting down,
 * everything settled) it touches the database no more: a store Hocuspocus had scheduled finds nothing to do.
 */
import type {
  beforeUnloadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Db } from '../../../../db/client.server';
import { inDocumentWorker } from '../document-worker.server';
import { appendUpdates, compactUpdates, loadStoredState, writeDerivedContent } from '../persistence.server';

export interface PersistenceOptions {
  deriveDelayMs: number;
  deriveMaxDelayMs: number;
  compactAfter: number;
  /** Documents this extension leaves alone (written by the server from other tables, never stored here). */
  skip?: (documentName: string) => boolean;
}

/** Updates relayed from another process (which stores them itself) or applied while loading carry no origin or Redis's. */
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';
const isOwnEdit = (origin: unknown) => origin !== undefined && origin !== null && origin !== REDIS_ORIGIN;

interface Scheduled {
  timer: NodeJS.Timeout;
  firstAt: number;
}

export class PersistenceExtension implements Extension {
  extensionName = 'plenary-persistence';
  /** Edits made through this process and not yet appended, per document. */
  private readonly pending = new Map<string, Uint8Array[]>();
  private readonly storesSinceCompaction = new Map<string, number>();
  /** Documents whose derived copy is behind what they hold. */
  private readonly changed = new Set<string>();
  private readonly derivations = new Map<string, Scheduled>();
  /** The derivation in progress, per document. */
  private readonly deriving = new Map<string, Promise<void>>();
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly options: PersistenceOptions,
  ) {}

  private skips(name: string) {
    return this.closed || (this.options.skip?.(name) ?? false);
  }

  /** After the last settle on shutdown: later hooks and scheduled derivations do nothing. */
  close() {
    this.closed = true;
    for (const { timer } of this.derivations.values()) clearTimeout(timer);
    this.derivations.clear();
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
    if (this.skips(documentName)) return;
    const state = await loadStoredState(this.db, documentName);
    if (state?.length) Y.applyUpdate(document, state);
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (!isOwnEdit(origin)) return;
      const list = this.pending.get(documentName);
      if (list) list.push(update);
      else this.pending.set(documentName, [update]);
      this.changed.add(documentName);
    });
  }

  async onStoreDocument({ documentName, document, clientsCount }: onStoreDocumentPayload) {
    if (this.skips(documentName)) return;
    await this.appendPending(documentName);
    this.scheduleDerivation(documentName, document, clientsCount === 0 ? 0 : this.options.deriveDelayMs);
  }

  async beforeUnloadDocument({ documentName, document }: beforeUnloadDocumentPayload) {
    if (this.skips(documentName)) return;
    await this.settle(documentName, document);
    this.pending.delete(documentName);
    this.storesSinceCompaction.delete(documentName);
  }

  /** Stores what is pending, writes the derived copy and compacts, now (on close, shutdown and server-side changes). */
  async settle(name: string, document: Y.Doc) {
    if (this.closed) throw new Error(`collaboration: ${name} changed after the server stopped storing documents`);
    if (this.skips(name)) return;
    await this.appendPending(name);
    await this.derive(name, document);
    await compactUpdates(this.db, name);
    this.storesSinceCompaction.set(name, 0);
  }

  private async appendPending(name: string) {
    const updates = this.pending.get(name);
    if (!updates?.length) return;
    this.pending.set(name, []);
    try {
      await appendUpdates(this.db, name, updates);
    } catch (err) {
      this.pending.set(name, [...updates, ...(this.pending.get(name) ?? [])]);
      throw err;
    }
    const stores = (this.storesSinceCompaction.get(name) ?? 0) + 1;
    this.storesSinceCompaction.set(name, stores);
    if (stores >= this.options.compactAfter) {
      this.storesSinceCompaction.set(name, 0);
      await compactUpdates(this.db, name).catch((err) =>
        console.error(`collaboration: could not compact ${name}`, err),
      );
    }
  }

  private scheduleDerivation(name: string, document: Y.Doc, delayMs: number) {
    const previous = this.derivations.get(name);
    clearTimeout(previous?.timer);
    const firstAt = previous?.firstAt ?? Date.now();
    const wait = Math.max(0, Math.min(delayMs, firstAt + this.options.deriveMaxDelayMs - Date.now()));
    const timer = setTimeout(
      () =>
        void this.derive(name, document).catch((err) => console.error(`collaboration: could not derive ${name}`, err)),
      wait,
    );
    timer.unref();
    this.derivations.set(name, { timer, firstAt });
  }

  private derive(name: string, document: Y.Doc): Promise<void> {
    clearTimeout(this.derivations.get(name)?.timer);
    this.derivations.delete(name);
    const next: Promise<void> = (this.deriving.get(name) ?? Promise.resolve())
      .catch(() => {})
      .then(() => this.deriveNow(name, document))
      .finally(() => {
        if (this.deriving.get(name) === next) this.deriving.delete(name);
      });
    this.deriving.set(name, next);
    return next;
  }

  private async deriveNow(name: string, document: Y.Doc) {
    if (this.closed || !this.changed.delete(name)) return;
    try {
      const content = await inDocumentWorker.deriveContent(Y.encodeStateAsUpdate(document));
      await writeDerivedContent(this.db, name, content);
    } catch (err) {
      this.changed.add(name);
      throw err;
    }
  }
}
