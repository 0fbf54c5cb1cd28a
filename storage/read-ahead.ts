import type { ObjectReader, Storage } from './types.js';

/** An object to read whole, with the size the caller expects it to have. */
export interface ObjectToRead { key: string; size: number; name?: string }

/**
 * Objects read whole and in order through storage's readers (openReader), up to `ahead` buffers ahead of the
 * consumer and across object boundaries, with the readers of the next `opensAhead` objects opened early: the
 * disk's next reads overlap whatever the consumer does with the bytes before them (for the zip: sending them).
 * Each buffer holds exactly the bytes due at its place (a short read is completed), and an object whose size is
 * not the expected one stops the reading with an error.
 * `take` hands out buffers of `chunk` bytes; a buffer given back by next() is the consumer's until it says so
 * to whoever gave it.
 */
export class ReadAhead {
  #queue: Promise<{ buffer: Buffer; bytes: number }>[] = [];
  #open = new Map<ObjectToRead, { reader: Promise<ObjectReader>; reads: number }>();
  #object = 0;
  #position = 0;
  #stopped = false;

  constructor(
    private readonly storage: Storage,
    private readonly objects: ObjectToRead[],
    private readonly opts: { take: () => Promise<Buffer>; chunk: number; ahead: number; opensAhead: number },
  ) {
    if (!storage.openReader) throw new Error(`${storage.kind} storage has no readers.`);
  }

  /** The next piece of the objects, in order: a buffer and how many of its bytes are due (0 for an empty object). */
  async next(): Promise<{ buffer: Buffer; bytes: number }> {
    this.#fill();
    const read = this.#queue.shift();
    if (!read) throw new Error('Read past the last object.');
    return read;
  }

  #fill() {
    while (this.#queue.length < this.opts.ahead && this.#object < this.objects.length) {
      const object = this.objects[this.#object];
      const read = this.#read(object, this.#position);
      read.catch(() => {}); // awaited in order by next(), where an error surfaces
      this.#queue.push(read);
      this.#position += this.opts.chunk;
      if (this.#position >= object.size) { this.#object++; this.#position = 0; }
    }
    // A reader's open reads the file's inode, from the disk if it is not cached: done ahead, it is not in the way.
    const opens = Math.min(this.objects.length, this.#object + this.opts.opensAhead);
    for (let i = this.#object; i < opens; i++) this.#reader(this.objects[i]);
  }

  async #read(object: ObjectToRead, position: number) {
    const reader = await this.#reader(object);
    const buffer = await this.opts.take();
    const due = Math.min(buffer.length, object.size - position);
    let bytes = 0;
    try {
      for (let n = -1; bytes < due && n !== 0; bytes += n) {
        if (this.#stopped) throw new Error('Reading was stopped.');
        n = await reader.read(bytes ? buffer.subarray(bytes) : buffer, position + bytes);
      }
      const size = bytes < due ? position + bytes : reader.size;
      if (size !== object.size) throw new Error(`"${object.name ?? object.key}" has ${size} bytes in storage, ${object.size} expected.`);
    } finally {
      await this.#done(object);
    }
    return { buffer, bytes };
  }

  /** The object's reader, opened by its first read and closed after its last (reads: how many are left). */
  #reader(object: ObjectToRead) {
    let open = this.#open.get(object);
    if (!open) {
      open = { reader: this.storage.openReader!(object.key), reads: Math.max(1, Math.ceil(object.size / this.opts.chunk)) };
      open.reader.catch(() => {}); // opened ahead, perhaps: an error surfaces in the object's reads
      this.#open.set(object, open);
    }
    return open.reader;
  }

  async #done(object: ObjectToRead) {
    const open = this.#open.get(object)!;
    if (--open.reads > 0) return;
    this.#open.delete(object);
    await (await open.reader).close();
  }

  /** Stops reading: waits for the reads in flight, then closes whatever is still open. */
  async close() {
    this.#stopped = true;
    await Promise.allSettled(this.#queue);
    await Promise.allSettled([...this.#open.values()].map(async (open) => (await open.reader).close()));
  }
}
