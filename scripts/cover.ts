/**
 * Prints the cover-page fields the portal reads from a file, as JSON, or the message a member would get
 * when the file is refused. Exit code 0 when read, 2 when refused, 1 when used wrongly.
 *
 *   npm run cover -- contribution.docx
 */
import { basename } from 'node:path';
import { coverReport } from '../app/features/submissions/cover.server';
import { checkFile } from '../app/features/submissions/file-checks.server';
import { fileSource, type ByteSource } from '../app/features/submissions/byte-source';
import { DomainError } from '../app/platform/errors';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('Usage: npm run cover -- <file>');
  process.exit(1);
}

let source: ByteSource;
try {
  source = fileSource(file);
} catch {
  console.error(`Cannot read ${file}`);
  process.exit(1);
}

try {
  const { cover } = await checkFile(source, 'main', [], basename(file));
  if (!cover) throw new Error('no cover read from a checked Word document');
  console.log(JSON.stringify(coverReport(cover), null, 2));
} catch (err) {
  if (!(err instanceof DomainError)) throw err;
  console.log(err.message);
  process.exit(2);
}
