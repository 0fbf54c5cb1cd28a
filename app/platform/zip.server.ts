/**
 * yazl, the zip writer of archives and stamped documents, with Node's CRC-32. yazl computes each entry's CRC-32
 * through buffer-crc32, in JavaScript (about 120 MB/s on these machines); zlib.crc32 gives the same value about ten
 * times faster, so writing a zip runs at the speed of storage and the network.
 */
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

const bufferCrc32 = createRequire(import.meta.url)('buffer-crc32') as {
  unsigned: (buf: Buffer, prev?: number) => number;
};
bufferCrc32.unsigned = (buf, previous) => zlib.crc32(buf, previous ?? 0);

export { ZipFile } from 'yazl';
