/**
 * The submission metadata schema as the browser form reads it (its posted fields) and as the server reads it (the
 * metadata): the meeting's required fields named with every other problem, a contact's message on its own row.
 */
import { describe, expect, it } from 'vitest';
import {
  metaOfFields,
  submissionFormInput,
  submissionMetaInput,
} from '../../app/features/submissions/submission-meta-input';
import { DEFAULT_REQUIRED_FIELDS } from '../../app/features/submissions/required-fields';
import { parseFormWith } from '../../app/platform/validation';

const rules = { required: DEFAULT_REQUIRED_FIELDS, hasProposable: true };
const complete = {
  type: 'input',
  title: 'Digital twins',
  source: 'ETRI',
  purpose: 'proposal',
  keywords: 'twins',
  abstract: 'An abstract.',
  contactName: 'Kim Min-jun',
  contactOrganisation: 'ETRI',
  contactCountry: 'Korea (Rep. of)',
  contactEmail: 'member.etri@example.org',
  contactPhone: '',
};

function form(fields: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
}
const errorsOf = (fields: Record<string, string | string[]>) => {
  const submission = parseFormWith(form(fields), submissionFormInput(rules));
  return submission.status === 'error' ? submission.error : {};
};

describe('the submission form in the browser', () => {
  it('takes a complete form with the empty contact row it always has', () => {
    const rows = { contactName: ['Kim Min-jun', ''], contactEmail: ['member.etri@example.org', ''] };
    expect(parseFormWith(form({ ...complete, ...rows }), submissionFormInput(rules)).status).toBe('success');
  });

  it('names a contact without an address on its own row, even below an emptied one', () => {
    const rows = {
      contactName: ['Kim Min-jun', '', 'Zhang Wei', ''],
      contactOrganisation: ['ETRI', '', 'CAICT', ''],
      contactEmail: ['member.etri@example.org', '', 'not an address', ''],
    };
    expect(errorsOf({ ...complete, ...rows })).toEqual({ 'contacts[2].email': ['error.field.email'] });
  });

  it("names the meeting's required fields together with the type and the title", () => {
    expect(errorsOf({ ...complete, type: '', title: ' ', purpose: '', abstract: '', contactEmail: '' })).toEqual({
      type: ['error.field.required'],
      title: ['error.field.required'],
      purpose: ['submissions.purposeRequired'],
      abstract: ['submissions.abstractRequired'],
      contacts: ['submissions.contactRequired'],
      'contacts[0].email': ['error.field.email'],
    });
  });

  it('asks for nothing while the member only reads the cover page of the main file', () => {
    const reading = parseFormWith(form({ intent: 'read', title: '', contactEmail: '' }), submissionFormInput(rules));
    expect(reading.status).toBe('success');
  });
});

describe('the submission metadata on the server', () => {
  const values = metaOfFields(Object.fromEntries(Object.entries(complete).map(([k, v]) => [k, [v]])));

  it('leaves out the rows naming no contact and names a purpose the form does not offer', () => {
    const blank = { name: '', organisation: '', country: 'Chile', email: '', phone: '+56' };
    const parsed = submissionMetaInput(rules).safeParse({ ...values, contacts: [...values.contacts, blank] });
    expect(parsed.success && parsed.data.contacts).toEqual(values.contacts);
    const odd = submissionMetaInput(rules).safeParse({ ...values, purpose: 'gossip', source: '' });
    expect(odd.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['purpose', 'submissions.purposeRequired'],
      ['source', 'error.field.required'],
    ]);
  });

  it('asks for Questions or WGs only where the meeting has some to choose', () => {
    const required = { required: ['proposedGroups' as const], hasProposable: true };
    expect(submissionMetaInput(required).safeParse(values).error?.issues[0].message).toBe(
      'submissions.proposedRequired',
    );
    expect(submissionMetaInput({ ...required, hasProposable: false }).safeParse(values).success).toBe(true);
  });
});
