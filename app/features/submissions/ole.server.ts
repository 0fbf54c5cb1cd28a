/**
 * What an OLE compound file (the container of Office 97–2003 files and of password-protected Office
 * files) holds, read from its header, allocation table and directory by byte ranges: never the whole file.
 */
import { readBytes, type ByteSource } from './byte-source';

export type OleKind = 'encrypted' | 'doc' | 'xls' | 'ppt' | 'other';

const END_OF_CHAIN = 0xfffffffe;
/** Directory sectors followed at most (a real Office file has one or two). */
const MAX_DIRECTORY_SECTORS = 64;

/** A directory entry: its name and where its first sector starts in the file. */
interface DirEntry {
  name: string;
  offset: number;
}

async function directory(source: ByteSource): Promise<DirEntry[]> {
  const header = await readBytes(source, 0, 512);
  const sectorSize = 1 << header.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const perSector = sectorSize / 4;
  const difat = Array.from({ length: 109 }, (_, i) => header.readUInt32LE(0x4c + i * 4));
  let nextDifat = header.readUInt32LE(0x44);
  const fatSectors = new Map<number, Buffer>();
  /** The allocation-table entry of sector n, reading only the table sector that holds it. */
  const nextSector = async (n: number): Promise<number> => {
    const index = Math.floor(n / perSector);
    while (index >= difat.length && nextDifat !== END_OF_CHAIN && difat.length < 109 + 64 * perSector) {
      const sector = await readBytes(source, sectorAt(nextDifat), sectorSize);
      if (sector.length < sectorSize) return END_OF_CHAIN;
      for (let i = 0; i < perSector - 1; i++) difat.push(sector.readUInt32LE(i * 4));
      nextDifat = sector.readUInt32LE(sectorSize - 4);
    }
    const fatSector = difat[index];
    if (fatSector === undefined || fatSector >= END_OF_CHAIN) return END_OF_CHAIN;
    if (!fatSectors.has(fatSector)) fatSectors.set(fatSector, await readBytes(source, sectorAt(fatSector), sectorSize));
    const fat = fatSectors.get(fatSector)!;
    return fat.length >= ((n % perSector) + 1) * 4 ? fat.readUInt32LE((n % perSector) * 4) : END_OF_CHAIN;
  };
  const entries: DirEntry[] = [];
  const visited = new Set<number>();
  for (
    let s = header.readUInt32LE(0x30);
    s < END_OF_CHAIN && !visited.has(s) && visited.size < MAX_DIRECTORY_SECTORS;
    s = await nextSector(s)
  ) {
    visited.add(s);
    const sector = await readBytes(source, sectorAt(s), sectorSize);
    for (let off = 0; off + 128 <= sector.length; off += 128) {
      const nameLength = Math.min(64, sector.readUInt16LE(off + 0x40));
      if (nameLength < 2) continue;
      entries.push({
        name: sector.subarray(off, off + nameLength - 2).toString('utf16le'),
        offset: sectorAt(sector.readUInt32LE(off + 0x74)),
      });
    }
  }
  return entries;
}

/** Stream names found by looking for them in the first bytes, for a compound file whose directory cannot be followed. */
async function namesInBytes(source: ByteSource): Promise<Set<string>> {
  const head = await readBytes(source, 0, 1024 * 1024);
  return new Set(
    ['EncryptedPackage', 'EncryptionInfo', 'WordDocument', 'Workbook', 'Book', 'PowerPoint Document'].filter((n) =>
      head.includes(Buffer.from(n, 'utf16le')),
    ),
  );
}

/** An Office 97–2003 document, a password-protected Office document (any version), or another compound file. */
export async function oleKind(source: ByteSource): Promise<OleKind> {
  let entries: DirEntry[];
  try {
    entries = await directory(source);
  } catch {
    entries = [];
  }
  const names = entries.length ? new Set(entries.map((e) => e.name)) : await namesInBytes(source);
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted';
  const word = entries.find((e) => e.name === 'WordDocument');
  if (word || names.has('WordDocument')) {
    // The Word stream is never small enough for the mini stream, so its first sector holds the file information block.
    const fib = word ? await readBytes(source, word.offset, 12) : Buffer.alloc(0);
    // FIB base: wIdent 0xA5EC, then at 0x0A the flags whose bit 8 is fEncrypted (a .doc with an open password).
    if (fib.length >= 12 && fib.readUInt16LE(0) === 0xa5ec && fib.readUInt16LE(0x0a) & 0x0100) return 'encrypted';
    return 'doc';
  }
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  if (names.has('PowerPoint Document')) return 'ppt';
  return 'other';
}
