/**
 * The files of an imported list, from a zip whose entries are named by document number ("FGMV-I-012.docx", or
 * "FGMV-I-012 - anything.pdf" as the portal's own download-all archive names them). The zip is read in place by
 * its central directory (bounded: entry count, declared sizes, each entry's size checked as it inflates), and each
 * matched entry is streamed into storage under a fresh upload key, then checked as an upload is.
 */
import type { Storage } from '../../../storage';
import { bytesQuantity } from '~/i18n';
import { StorageLimitError } from '../../../storage';
import { DocxError, openZip, ZIP_LIMITS, type ByteSource, type OpenZip } from '../submissions/docx.server';
import { checkStoredFile } from '../submissions/file-checks.server';
import { safeFilename, uploadKey } from '../submissions/uploads.server';
import { DomainError } from '../../platform/errors';
import type { Readable } from 'node:stream';

export const IMPORT_ZIP_LIMITS = { ...ZIP_LIMITS, maxEntries: 20_000, maxTotalExpanded: 16 * 1024 * 1024 * 1024 };

/** A key for matching a number to a file name: case and punctuation do not matter ("TD 348/PLEN" ~ "TD-348-PLEN"). */
export const numberKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export interface ZipEntryMatch {
  entryName: string;
  filename: string;
  size: number;
  /** The normalised number this entry belongs to. */
  key: string;
}

export interface ZipListing {
  opened: OpenZip;
  matches: ZipEntryMatch[];
  /** Entries that match no row of the list: reported, not stored. */
  unmatched: string[];
}

/** Opens the zip and pairs its entries with the list's numbers (longest number first, so "C12" never takes "C123"). */
export async function listZip(source: ByteSource, numbers: string[]): Promise<ZipListing> {
  let opened: OpenZip;
  try {
    opened = await openZip(source, IMPORT_ZIP_LIMITS);
  } catch (err) {
    if (err instanceof DocxError)
      throw new DomainError('invalid', err.problem === 'bomb' ? 'import.zip.bomb' : 'import.zip.corrupt');
    throw err;
  }
  const keys = [...new Set(numbers.map(numberKey).filter(Boolean))].sort((a, b) => b.length - a.length);
  const matches: ZipEntryMatch[] = [];
  const unmatched: string[] = [];
  for (const [name, entry] of opened.entries) {
    if (name.endsWith('/') || /(^|\/)(__MACOSX\/|\.)/.test(name) || name === 'manifest.csv') continue;
    const base = name.split('/').pop()!;
    const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
    const whole = numberKey(stem);
    const key = keys.find((k) => whole === k) ?? keys.find((k) => numberKey(stem.split(' - ')[0]) === k);
    if (key) {
      const filename = safeFilename(base.includes(' - ') ? base.slice(base.indexOf(' - ') + 3) : base);
      matches.push({ entryName: name, filename, size: entry.uncompressedSize, key });
    } else unmatched.push(name);
  }
  return { opened, matches, unmatched };
}

function entryStream(opened: OpenZip, name: string): Promise<Readable> {
  const entry = opened.entries.get(name)!;
  return new Promise((resolve, reject) =>
    opened.zip.openReadStream(entry, (err, stream) =>
      err || !stream ? reject(new DomainError('invalid', 'import.zip.corrupt')) : resolve(stream),
    ),
  );
}

export interface StoredImportFile {
  key: string;
  numberKey: string;
  role: 'main' | 'attachment';
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  crc32: number;
}

/**
 * Streams the matched entries into storage one after the other and checks each by content (a .docx is the main
 * file, anything else an attachment the meeting takes). Returns what was stored and, per number, the problems;
 * a refused file is removed at once. The caller removes the stored ones if the import does not commit.
 */
export async function storeZipFiles(
  storage: Storage,
  listing: ZipListing,
  opts: { maxBytes: number; attachmentFormats: string[] },
): Promise<{ stored: StoredImportFile[]; problems: { key: string; filename: string; error: DomainError }[] }> {
  const stored: StoredImportFile[] = [];
  const problems: { key: string; filename: string; error: DomainError }[] = [];
  const formats = [...new Set([...opts.attachmentFormats, 'pdf', 'docx', 'pptx', 'xlsx'])];
  for (const m of listing.matches) {
    if (m.size > opts.maxBytes) {
      problems.push({
        key: m.key,
        filename: m.filename,
        error: new DomainError('too_large', 'submissions.file.tooLarge', {
          filename: m.filename,
          max: bytesQuantity(opts.maxBytes),
        }),
      });
      continue;
    }
    const key = uploadKey();
    try {
      const put = await storage.put(key, await entryStream(listing.opened, m.entryName), {
        contentType: 'application/octet-stream',
        maxBytes: opts.maxBytes,
      });
      const role = /\.docx$/i.test(m.filename) ? 'main' : 'attachment';
      const checked = await checkStoredFile(storage, key, put.size, role, formats, m.filename);
      stored.push({
        key,
        numberKey: m.key,
        role,
        filename: m.filename,
        contentType: checked.contentType,
        size: put.size,
        sha256: put.sha256,
        crc32: put.crc32,
      });
    } catch (err) {
      await storage.delete(key).catch(() => {});
      const error =
        err instanceof DomainError
          ? err
          : err instanceof StorageLimitError
            ? new DomainError('too_large', 'submissions.file.tooLarge', {
                filename: m.filename,
                max: bytesQuantity(opts.maxBytes),
              })
            : new DomainError('invalid', 'import.zip.entryUnreadable', { filename: m.filename });
      problems.push({ key: m.key, filename: m.filename, error });
    }
  }
  return { stored, problems };
}
