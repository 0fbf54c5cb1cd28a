/** The import page's POST: the list and the zip are streamed to storage, imported (or checked), then removed. */
import type { Storage } from '../../../storage';
import type { Db } from '../../../db/client.server';
import { bytesQuantity, type Locale } from '~/i18n';
import { DomainError } from '../../platform/errors';
import { parseOrThrow } from '../../platform/validation';
import type { Principal } from '../groups/permissions.server';
import { authorizeMeeting } from '../meetings/policy.server';
import { storageSource } from '../submissions/byte-source';
import { receiveMultipart } from '../submissions/uploads.server';
import { importDocumentList, type ImportReport } from './import.server';
import { importInput } from './import-input';
import { MAX_LIST_BYTES } from './list-file.server';

/** The largest zip of files one import takes. */
export const MAX_IMPORT_ZIP_BYTES = 16 * 1024 * 1024 * 1024;

async function readAll(storage: Storage, key: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of await storage.get(key)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export async function importFromRequest(
  services: { db: Db; storage: Storage },
  principal: Principal | null,
  meetingSlug: string,
  request: Request,
  locale: Locale,
): Promise<ImportReport> {
  // Refused before a byte is stored when the sender may not import here.
  await authorizeMeeting(services.db, principal, 'manageDocuments', { slug: meetingSlug });
  const form = await receiveMultipart(request, services.storage, { maxBytes: MAX_IMPORT_ZIP_BYTES });
  try {
    const list = form.files.find((f) => f.field === 'list');
    const zip = form.files.find((f) => f.field === 'files');
    const asChosen = (f: typeof list) => f && { name: f.filename, size: f.size };
    const input = parseOrThrow(importInput, {
      list: asChosen(list),
      files: asChosen(zip),
      intent: form.fields.intent?.[0],
    });
    if (!list) throw new DomainError('invalid', 'import.form.listRequired');
    if (list.size > MAX_LIST_BYTES)
      throw new DomainError('too_large', 'import.list.tooLarge', { max: bytesQuantity(MAX_LIST_BYTES) });
    return await importDocumentList(services.db, services.storage, principal, meetingSlug, {
      list: await readAll(services.storage, list.key),
      zip: zip ? storageSource(services.storage, zip.key, zip.size) : null,
      dryRun: input.intent !== 'import',
      locale,
    });
  } finally {
    await Promise.all(form.files.map((f) => services.storage.delete(f.key).catch(() => {})));
  }
}
