/**
 * Reads one mail as a stream, never whole: mailparser hands each attachment over as a stream, the first Word
 * document goes straight into storage and every other attachment is drained (its checksum kept), so a mail costs
 * the portal the parser's buffers, not its size.
 */
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MailParser, type AddressObject, type AttachmentStream, type Headers } from 'mailparser';

const DOCX = /\.docx$/i;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface MailHeaders {
  from?: string;
  to: string[];
  messageId?: string;
  subject: string;
  date?: Date;
  /** A bounce or an automatic reply: never answered. */
  automatic: boolean;
}

export interface ReadMail<Stored> {
  headers: MailHeaders;
  /** Filenames of the Word documents attached, in order. */
  docxNames: string[];
  /** What `storeDocx` returned for the first Word document (the others are not stored). */
  stored: Stored | null;
  /** Checksums of every attachment, for a stable identity of a mail without a Message-ID. */
  checksums: string[];
}

const addressesOf = (value: unknown) =>
  ((Array.isArray(value) ? value : value ? [value] : []) as AddressObject[])
    .flatMap((a) => a.value ?? [])
    .map((v) => v.address?.toLowerCase())
    .filter((a): a is string => !!a);

function headersOf(headers: Headers): MailHeaders {
  const date = headers.get('date');
  const subject = headers.get('subject');
  const messageId = headers.get('message-id');
  return {
    from: addressesOf(headers.get('from'))[0],
    to: [...addressesOf(headers.get('to')), ...addressesOf(headers.get('cc'))],
    messageId: typeof messageId === 'string' && messageId ? messageId : undefined,
    subject: typeof subject === 'string' ? subject : '',
    date: date instanceof Date ? date : undefined,
    automatic: headers.has('auto-submitted'),
  };
}

const isDocx = (a: AttachmentStream) => DOCX.test(a.filename ?? '') || a.contentType === DOCX_TYPE;

/**
 * Parses the mail from `source`. `storeDocx` receives the first Word document's content stream and must consume it
 * (a rejection stops the reading and is thrown, after `discard` was given what was stored).
 */
export async function readMail<Stored>(
  source: Readable | Buffer,
  storeDocx: (content: Readable, filename: string) => Promise<Stored>,
  discard: (stored: Stored) => Promise<void>,
): Promise<ReadMail<Stored>> {
  const parser = new MailParser({ skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
  let headers: MailHeaders = { to: [], subject: '', automatic: false };
  const docxNames: string[] = [];
  const attachments: AttachmentStream[] = [];
  let stored: Stored | null = null;
  parser.on('headers', (h: Headers) => {
    headers = headersOf(h);
  });
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
  const parsing = pipeline(input, parser);
  parsing.catch(() => {}); // awaited below; an early exit from the loop must not leave it unhandled
  try {
    for await (const part of parser as AsyncIterable<{ type: string } & Partial<AttachmentStream>>) {
      if (part.type !== 'attachment') continue;
      const attachment = part as AttachmentStream;
      attachments.push(attachment);
      if (isDocx(attachment)) docxNames.push(attachment.filename ?? 'document.docx');
      if (isDocx(attachment) && docxNames.length === 1) {
        stored = await storeDocx(attachment.content, docxNames[0]);
      } else {
        // Drained (its checksum taken on the way) without being kept.
        const ended = once(attachment.content, 'end');
        attachment.content.resume();
        attachment.release?.();
        await ended;
        continue;
      }
      attachment.release?.();
    }
    await parsing;
  } catch (err) {
    input.destroy();
    if (stored !== null) await discard(stored);
    throw err;
  }
  return { headers, docxNames, stored, checksums: attachments.map((a) => a.checksum ?? '') };
}
