import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { bufferSource, stampDocx } from '../../app/features/registration/stamping.server';
import { ituCoverDocx } from '../support/documents';

/** The stamped copies the portal writes open in LibreOffice, with the number where the cover had its placeholder. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-libreoffice-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Converts the .docx with LibreOffice; returns the converted file's path. */
async function convert(name: string, docx: Readable, format: 'txt:Text' | 'odt') {
  const file = path.join(dir, `${name}.docx`);
  await pipeline(docx, fs.createWriteStream(file));
  execFileSync('soffice', ['--headless', '--convert-to', format, '--outdir', dir, file], {
    timeout: 90_000,
    stdio: 'ignore',
    env: { ...process.env, HOME: dir },
  });
  return path.join(dir, `${name}.${format === 'odt' ? 'odt' : 'txt'}`);
}

describe('stamped .docx files in LibreOffice', () => {
  it('shows the number in the cover table in place of FGMV-I-xxx, and keeps the text in every script', async () => {
    const { stream, where } = await stampDocx(
      bufferSource(await ituCoverDocx({ title: 'Metaverse use cases' })),
      'FGMV-I-042',
      '2026-07-01',
    );
    expect(where).toBe('cover');
    const shown = fs.readFileSync(await convert('cover', stream, 'txt:Text'), 'utf8');
    expect(shown).toContain('FGMV-I-042');
    expect(shown).not.toContain('FGMV-I-xxx');
    expect(shown).toContain('引言');
    expect(shown).toContain('Введение');
  });

  it('shows the number in the first header when the cover has no number cell', async () => {
    const { stream, where } = await stampDocx(
      bufferSource(await ituCoverDocx({ title: 'Header only', placeholder: null, header: 'ITU-T FG-MV' })),
      'FGMV-I-043',
      '2026-07-01',
    );
    expect(where).toBe('header');
    // The plain-text export leaves headers out; in the OpenDocument LibreOffice writes, headers are in styles.xml.
    const styles = strFromU8(unzipSync(fs.readFileSync(await convert('header', stream, 'odt')))['styles.xml']);
    expect(styles).toContain('FGMV-I-043');
    expect(styles).toContain('ITU-T FG-MV');
  });
});
