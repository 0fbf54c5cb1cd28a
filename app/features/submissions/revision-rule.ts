import type { MessageKey } from '~/i18n';

/** Why a document cannot be revised now (only a registered one without a newer revision can), or null. */
export function revisionRefusal(doc: { state: string }, newerRevisions: number): MessageKey | null {
  if (doc.state !== 'registered') return 'submissions.reviseUnregistered';
  if (newerRevisions > 0) return 'submissions.alreadyRevised';
  return null;
}
