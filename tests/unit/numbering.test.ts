import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  formatUsesPart,
  fullLabel,
  PART_PATTERN,
  renderNumber,
  schemeInput,
} from '../../app/features/registration/numbering.server';

describe('scheme formats', () => {
  it.each([
    ['FGMV-I-{n:3}', 12, '', 'FGMV-I-012'],
    ['FGMV-I-{n:3}', 1234, '', 'FGMV-I-1234'],
    ['JCA-MV-D-{n:3}', 1, '', 'JCA-MV-D-001'],
    ['SG20-C{n}', 123, '', 'SG20-C123'],
    ['TD {n}/{part}', 348, 'PLEN', 'TD 348/PLEN'],
    ['TD {n}/{part}', 45, 'WP1', 'TD 45/WP1'],
    ['T25-SG21-TD-{part}-{n:4}', 348, 'PLEN', 'T25-SG21-TD-PLEN-0348'],
  ])('%s with %i (%s) prints %s', (format, n, part, expected) => {
    expect(formatProblem(format)).toBeNull();
    expect(renderNumber(format, n, part)).toBe(expected);
  });

  it('knows which formats carry a part', () => {
    expect(formatUsesPart('TD {n}/{part}')).toBe(true);
    expect(formatUsesPart('SG20-C{n}')).toBe(false);
  });

  it.each([
    ['', 'numbering.format.empty'],
    ['   ', 'numbering.format.empty'],
    ['SG20-C', 'numbering.format.noN'],
    ['TD {part}', 'numbering.format.noN'],
    ['C{n}-{n}', 'numbering.format.twoN'],
    ['C{num}', 'numbering.format.unknown'],
    ['C{x}{n}', 'numbering.format.unknown'],
    ['C{n', 'numbering.format.unknown'],
    ['C}{n}', 'numbering.format.unknown'],
    ['C{n:0}', 'numbering.format.padding'],
    ['C{n:9}', 'numbering.format.padding'],
  ])('refuses %j (%s)', (format, problem) => {
    expect(formatProblem(format)).toBe(problem);
  });

  it('the scheme form refuses a format without {n} with a field message', () => {
    const r = schemeInput.safeParse({ documentType: 'input', name: 'Input', format: 'FGMV-I-', scope: 'group' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.find((i) => i.path[0] === 'format')?.message).toBe('numbering.format.noN');
  });

  it('parts are PLEN, GEN or a working party', () => {
    for (const ok of ['PLEN', 'GEN', 'WP1', 'WP12']) expect(PART_PATTERN.test(ok)).toBe(true);
    for (const bad of ['plen', 'WP', 'WP123', 'X', '', 'GEN ']) expect(PART_PATTERN.test(bad)).toBe(false);
  });
});

describe('labels', () => {
  const base = { numberLabel: 'SG20-C123', revision: 0, relation: 'original' as const, relationNumber: 0 };
  it('no number, no label', () => expect(fullLabel({ ...base, numberLabel: null })).toBeNull());
  it('original', () => expect(fullLabel(base)).toBe('SG20-C123'));
  it('revision', () => expect(fullLabel({ ...base, revision: 2 })).toBe('SG20-C123 Rev.2'));
  it('addendum', () => expect(fullLabel({ ...base, relation: 'addendum', relationNumber: 1 })).toBe('SG20-C123 Add.1'));
  it('corrigendum', () =>
    expect(fullLabel({ ...base, relation: 'corrigendum', relationNumber: 3 })).toBe('SG20-C123 Corr.3'));
  it('revised addendum', () =>
    expect(fullLabel({ ...base, relation: 'addendum', relationNumber: 1, revision: 1 })).toBe('SG20-C123 Add.1 Rev.1'));
  it('TD with part', () =>
    expect(fullLabel({ ...base, numberLabel: renderNumber('TD {n}/{part}', 348, 'PLEN'), revision: 1 })).toBe(
      'TD 348/PLEN Rev.1',
    ));
});
