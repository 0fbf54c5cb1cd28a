import { randomBytes } from 'node:crypto';
import { buffer, text } from 'node:stream/consumers';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bufferSource, stampDocx } from '../../app/features/registration/stamping.server';
import { docxFromBody } from '../fixtures/docx';

const MB = 1024 * 1024;
const cover = '<w:p><w:r><w:t>Document number: FGMV-I-xxx</w:t></w:r></w:p>';

describe('the stamped copy of a Word document', () => {
  it('carries the number and every other part byte for byte, however large the photos in it', async () => {
    // Photos do not compress: several megabytes of them pass through the copy as they are read.
    const photo = randomBytes(6 * MB);
    const original = docxFromBody(cover, { 'word/media/image1.jpeg': photo });
    const { stream } = await stampDocx(bufferSource(original), 'FGMV-I-042', '2023-06-20');
    const copy = unzipSync(await buffer(stream));
    expect(Buffer.from(copy['word/document.xml']).toString('utf8')).toContain('FGMV-I-042');
    expect(Buffer.from(copy['word/media/image1.jpeg']).equals(photo)).toBe(true);
    expect(Object.keys(copy)[0]).toBe('[Content_Types].xml');
  });

  it('fails, instead of writing a broken copy, when a part of the original is damaged', async () => {
    const notes = Buffer.from('<note>minutes of the meeting</note>'.repeat(100_000));
    const original = docxFromBody(cover, { 'word/notes.xml': notes });
    // Damage the part's compressed bytes without touching the zip's directory.
    const at = original.indexOf('word/notes.xml') + 'word/notes.xml'.length + 200;
    for (let i = 0; i < 64; i++) original[at + i] ^= 0xa5;
    const { stream } = await stampDocx(bufferSource(original), 'FGMV-I-042', '2023-06-20');
    await expect(text(stream)).rejects.toThrow();
  });
});
