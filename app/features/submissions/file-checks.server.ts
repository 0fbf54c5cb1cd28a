/**
 * Checks of uploaded files by content (never by name): what the file really is, whether the meeting
 * takes that format, and whether it is safe (no macros, not encrypted, not a zip bomb). Each refusal is a
 * DomainError whose message tells the member what to do.
 */
import type { Storage } from '../../../storage';
import { checkZipDocument, DocxError, sniff, storageSource, type ByteSource, type FileProblem } from './docx.server';
import type { CoverFields } from './cover.server';
import { DomainError } from '../../platform/errors';
import type { FileFormat } from './file-formats';

export const CONTENT_TYPES: Record<FileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

const PROBLEM_KEYS: Record<FileProblem, `submissions.file.${string}`> = {
  empty: 'submissions.file.empty',
  program: 'submissions.file.program',
  not_zip: 'submissions.file.notDocx',
  html: 'submissions.file.notDocx',
  ole_encrypted: 'submissions.file.encrypted',
  ole_legacy: 'submissions.file.legacy',
  doc: 'submissions.file.doc',
  xls: 'submissions.file.xls',
  ppt: 'submissions.file.ppt',
  odt: 'submissions.file.odt',
  ods: 'submissions.file.ods',
  odp: 'submissions.file.odp',
  corrupt: 'submissions.file.corrupt',
  macro: 'submissions.file.macro',
  bomb: 'submissions.file.bomb',
  not_word: 'submissions.file.notDocx',
};

export interface CheckedFile {
  format: FileFormat;
  contentType: string;
  cover: CoverFields | null;
}

/**
 * Checks bytes for the given role. The main file must be a .docx; attachments any format the meeting
 * accepts (`accepted`, e.g. ['pdf','pptx','xlsx','zip']).
 */
export async function checkFile(
  source: ByteSource,
  role: 'main' | 'attachment',
  accepted: string[],
  filename: string,
): Promise<CheckedFile> {
  const vars = { filename };
  try {
    const kind = await sniff(source);
    if (kind === 'pdf') {
      if (role === 'main' || !accepted.includes('pdf'))
        throw new DomainError('invalid', role === 'main' ? 'submissions.file.mainNotDocx' : 'submissions.file.format', {
          ...vars,
          formats: accepted.join(', ') || '—',
        });
      return { format: 'pdf', contentType: CONTENT_TYPES.pdf, cover: null };
    }
    const { kind: zipKind, cover } = await checkZipDocument(source);
    const format: FileFormat = zipKind;
    if (role === 'main' && format !== 'docx') throw new DomainError('invalid', 'submissions.file.mainNotDocx', vars);
    if (role === 'attachment' && !accepted.includes(format))
      throw new DomainError('invalid', 'submissions.file.format', { ...vars, formats: accepted.join(', ') || '—' });
    return { format, contentType: CONTENT_TYPES[format], cover: role === 'main' ? cover : null };
  } catch (err) {
    if (err instanceof DocxError) throw new DomainError('invalid', PROBLEM_KEYS[err.problem] as never, vars);
    throw err;
  }
}

/** Checks a file already streamed to storage, reading it in place by byte ranges. */
export function checkStoredFile(
  storage: Storage,
  key: string,
  size: number,
  role: 'main' | 'attachment',
  accepted: string[],
  filename: string,
) {
  return checkFile(storageSource(storage, key, size), role, accepted, filename);
}
