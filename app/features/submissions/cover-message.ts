/**
 * A note about a cover page in the reader's language. The reader of the file records which field a note concerns
 * (`field: 'title'`) and which document type (`type: 'contribution'`) as codes; they are named here, in the language
 * the note is shown in, not in the language of the server that read the file.
 */
import type { DocumentType } from '../../../db/schema';
import type { MessageKey, MessageValues } from '../../i18n';
import type { CoverLabel } from './cover-labels';

const FIELD_KEYS: Record<CoverLabel, MessageKey> = {
  questions: 'submissions.coverField.questions',
  studyGroup: 'submissions.coverField.studyGroup',
  workingParty: 'submissions.coverField.workingParty',
  meeting: 'submissions.coverField.meeting',
  type: 'submissions.coverField.type',
  source: 'submissions.coverField.source',
  title: 'submissions.coverField.title',
  purpose: 'submissions.coverField.purpose',
  contact: 'submissions.coverField.contact',
  keywords: 'submissions.coverField.keywords',
  abstract: 'submissions.coverField.abstract',
};

type Translate = (key: MessageKey, values?: MessageValues) => string;

export function coverMessage(t: Translate, note: { key: MessageKey; vars?: MessageValues }): string {
  const vars = { ...note.vars };
  if (typeof vars.field === 'string' && vars.field in FIELD_KEYS) vars.field = t(FIELD_KEYS[vars.field as CoverLabel]);
  if (note.key === 'submissions.cover.typeNotTaken' && typeof vars.type === 'string')
    vars.type = t(`submissions.type.${vars.type as DocumentType}`);
  return t(note.key, vars);
}
