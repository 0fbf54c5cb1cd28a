import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REQUIRED_FIELDS,
  missingFields,
  requiredFieldErrors,
  requiredFieldsOf,
} from '../../app/features/submissions/required-fields';

const filled = {
  source: 'ETRI',
  purpose: 'proposal',
  abstract: 'A.',
  keywords: 'k',
  proposedGroups: ['WG2'],
  contacts: [{ name: 'Kim', email: 'kim@etri.example' }],
};
const empty = {
  source: ' ',
  purpose: '',
  abstract: '',
  keywords: '',
  proposedGroups: [],
  contacts: [{ name: 'Kim', email: '' }],
};

describe('the fields a meeting requires', () => {
  it('by default: source, purpose, abstract and a contact with an e-mail address', () => {
    expect(requiredFieldsOf({ requiredFields: null })).toEqual(DEFAULT_REQUIRED_FIELDS);
    expect(missingFields(empty, DEFAULT_REQUIRED_FIELDS)).toEqual(['source', 'purpose', 'abstract', 'contacts']);
    expect(missingFields(filled, DEFAULT_REQUIRED_FIELDS)).toEqual([]);
  });

  it('as the meeting sets them, ignoring names it does not know, and Questions/WGs only where there are some to choose', () => {
    const required = requiredFieldsOf({ requiredFields: ['proposedGroups', 'keywords', 'colour'] });
    expect(required).toEqual(['keywords', 'proposedGroups']);
    expect(requiredFieldErrors(empty, required)).toEqual({
      keywords: 'submissions.keywordsRequired',
      proposedGroups: 'submissions.proposedRequired',
    });
    expect(requiredFieldErrors(empty, required, false)).toEqual({ keywords: 'submissions.keywordsRequired' });
    expect(requiredFieldErrors(empty, requiredFieldsOf({ requiredFields: [] }))).toEqual({});
  });
});
