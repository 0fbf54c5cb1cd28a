/**
 * What may reach a document: an oversized message or a Yjs update that does not decode closes the connection with a
 * reason before it touches the document. (Read-only connections are held back by Hocuspocus itself: the
 * authentication and the permission re-check set them.)
 */
import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { refusal } from './authentication';

const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export class UpdateGuardExtension implements Extension {
  extensionName = 'plenary-update-guard';

  constructor(private readonly maxUpdateBytes: number) {}

  async beforeHandleMessage({ update: message }: beforeHandleMessagePayload) {
    if (message.byteLength > this.maxUpdateBytes) throw refusal('update-too-large', 4413);
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // the document's name
    if (decoding.readVarUint(decoder) !== SYNC) return;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return; // step 1 carries a state vector, not an update
    try {
      Y.decodeUpdate(decoding.readVarUint8Array(decoder));
    } catch {
      throw refusal('malformed-update', 4400);
    }
  }
}
