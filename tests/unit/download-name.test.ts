import { describe, expect, it } from 'vitest';
import { downloadName } from '../../app/features/publication/downloads.server';

describe('the name a download is saved under', () => {
  it('puts the document number first', () => {
    expect(downloadName('FGMV-I-012', 'proposal.docx')).toBe('FGMV-I-012 - proposal.docx');
    expect(downloadName('TD 348/PLEN', 'draft.docx')).toBe('TD 348-PLEN - draft.docx');
  });

  it('names a revision once, whichever way its file already spells the number', () => {
    expect(downloadName('FGMV-I-001 Rev.1', 'FGMV-I-001-Rev.1.docx')).toBe('FGMV-I-001-Rev.1.docx');
    expect(downloadName('FGMV-I-001 Rev.1', 'fgmv_i_001 rev1.docx')).toBe('fgmv_i_001 rev1.docx');
    expect(downloadName('FGMV-I-001 Rev.1', 'FGMV-I-001.docx')).toBe('FGMV-I-001 Rev.1.docx');
    expect(downloadName('FGMV-I-001 Rev.1', 'FGMV-I-001 avatars.docx')).toBe('FGMV-I-001 Rev.1 - avatars.docx');
    expect(downloadName('FGMV-I-001', 'FGMV-I-001.docx')).toBe('FGMV-I-001.docx');
  });

  it('does not take another number for this one', () => {
    expect(downloadName('FGMV-I-001', 'FGMV-I-0012.docx')).toBe('FGMV-I-001 - FGMV-I-0012.docx');
  });
});
