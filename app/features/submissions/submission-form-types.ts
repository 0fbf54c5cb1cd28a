import type { CoverNotice } from './cover-prefill.server';
import type { MetaValues } from './submission-meta-input';

/** An upload already received and checked, kept for the next step of the same form. */
export interface PendingFile {
  id: string;
  role: 'main' | 'attachment';
  filename: string;
  size: number;
  sha256: string;
}
export interface SubmitResult {
  ok: boolean;
  kind?: 'review' | 'invalid';
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: MetaValues;
  main?: PendingFile | null;
  attachments?: PendingFile[];
  missing?: string[];
  cover?: CoverRead | null;
  notices?: CoverNotice[];
}

/** What the review step says of the cover page read from the main file. */
export interface CoverRead {
  fromPortalTemplate: boolean;
  title?: string;
  source?: string;
  abstract?: string;
  purpose?: unknown;
  questions?: unknown[];
  contacts?: unknown[];
  keywords?: unknown[];
}
