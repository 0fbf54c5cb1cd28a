/** A numbering scheme's format and the scheme form's schema: checked in the browser and on the server alike. */
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../../db/schema';

// Formats: "FGMV-I-{n:3}", "JCA-MV-D-{n:3}", "SG20-C{n}", "TD {n}/{part}"
export const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Parts a TD-style number may carry: PLEN, GEN, or a working party such as WP1. */
export const PART_PATTERN = /^(PLEN|GEN|WP\d{1,2})$/;

export type FormatProblem =
  | 'numbering.format.noN'
  | 'numbering.format.twoN'
  | 'numbering.format.unknown'
  | 'numbering.format.padding'
  | 'numbering.format.empty';

/** The first problem with a scheme format, or null when it is usable. */
export function formatProblem(format: string): FormatProblem | null {
  if (!format.trim()) return 'numbering.format.empty';
  let ns = 0;
  for (const [, inner] of format.matchAll(PLACEHOLDER)) {
    const n = /^n(?::(\d+))?$/.exec(inner);
    if (n) {
      ns++;
      if (n[1] !== undefined && (Number(n[1]) < 1 || Number(n[1]) > 8)) return 'numbering.format.padding';
    } else if (inner !== 'part') return 'numbering.format.unknown';
  }
  // Unbalanced braces are as unknown as an unknown placeholder.
  if (format.replace(PLACEHOLDER, '').match(/[{}]/)) return 'numbering.format.unknown';
  if (ns === 0) return 'numbering.format.noN';
  if (ns > 1) return 'numbering.format.twoN';
  return null;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'numbering.scheme.dateInvalid');
const optional = <T extends z.ZodTypeAny>(s: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), s.optional());

export const schemeInput = z
  .object({
    documentType: z.enum(DOCUMENT_TYPES, { message: 'error.field.required' }),
    name: z.string().trim().min(1, 'error.field.required').max(100, 'error.field.tooLong'),
    format: z
      .string()
      .trim()
      .min(1, 'error.field.required')
      .max(60, 'error.field.tooLong')
      .superRefine((f, ctx) => {
        const p = formatProblem(f);
        if (p) ctx.addIssue({ code: 'custom', message: p });
      }),
    scope: z.enum(['group', 'period', 'meeting'], { message: 'error.field.required' }),
    periodStart: optional(isoDate),
    periodEnd: optional(isoDate),
    meetingId: optional(z.string().uuid('error.field.required')),
  })
  .superRefine((s, ctx) => {
    if (s.scope === 'period') {
      if (!s.periodStart) ctx.addIssue({ code: 'custom', path: ['periodStart'], message: 'error.field.required' });
      if (!s.periodEnd) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'error.field.required' });
      if (s.periodStart && s.periodEnd && s.periodEnd < s.periodStart)
        ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'numbering.scheme.endBeforeStart' });
    }
    if (s.scope === 'meeting' && !s.meetingId)
      ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'error.field.required' });
  });
export type SchemeInput = z.input<typeof schemeInput>;
