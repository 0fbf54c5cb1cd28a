import { describe, expect, it } from 'vitest';
import type { CoverFields } from '../../app/features/submissions/cover.server';
import { prefillFromCover, type CoverPrefillContext } from '../../app/features/submissions/cover-prefill.server';
import type { MetaValues } from '../../app/features/submissions/submission-meta-input';
import { coverMessage } from '../../app/features/submissions/cover-message';
import { translator } from '../../app/i18n';

const member = {
  name: 'Ana Silva',
  organisation: 'ETRI',
  country: 'Korea (Republic of)',
  email: 'ana@etri.example',
  phone: '',
};
const sg20: CoverPrefillContext = {
  groupCode: 'SG20',
  relatedGroupCodes: ['SG20', 'WP1/20', 'Q1/20', 'Q2/20', 'JCA-IoT and SC&C'],
  documentTypes: ['contribution', 'td'],
  member,
  proposable: [{ code: 'WP1/20' }, { code: 'Q1/20' }, { code: 'Q2/20' }, { code: 'Q12/20' }],
};
const fgmv: CoverPrefillContext = {
  groupCode: 'FG-MV',
  relatedGroupCodes: ['FG-MV', 'WG2', 'WG3', 'WG5'],
  documentTypes: ['input'],
  member,
  proposable: [{ code: 'WG2' }, { code: 'WG3' }, { code: 'WG5' }],
};
/** The form as it comes: the member's organisation as source and the member as contact. */
const form = (over: Partial<MetaValues> = {}): MetaValues => ({
  type: '',
  title: '',
  source: member.organisation,
  purpose: '',
  keywords: '',
  abstract: '',
  proposedGroups: [],
  contacts: [member],
  ...over,
});
const cover = (over: Partial<CoverFields> = {}): CoverFields => ({
  title: 'T',
  source: 'China Mobile',
  purpose: 'proposal',
  keywords: ['IoT'],
  abstract: 'A',
  questions: [],
  type: null,
  group: '',
  workingParty: '',
  contacts: [],
  warnings: [],
  fromPortalTemplate: false,
  ...over,
});

describe('filling the form from the cover page', () => {
  it("matches Questions and WGs written in the usual ways to the group's own", () => {
    expect(prefillFromCover(form(), cover({ questions: ['Q1/20', 'Q2/20'] }), sg20).values.proposedGroups).toEqual([
      'Q1/20',
      'Q2/20',
    ]);
    expect(
      prefillFromCover(form(), cover({ questions: ['1/20', 'Question 2/20'] }), sg20).values.proposedGroups,
    ).toEqual(['Q1/20', 'Q2/20']);
    expect(prefillFromCover(form(), cover({ questions: ['Q12'] }), sg20).values.proposedGroups).toEqual(['Q12/20']);
    expect(prefillFromCover(form(), cover({ questions: ['WG3', 'WG 5'] }), fgmv).values.proposedGroups).toEqual([
      'WG3',
      'WG5',
    ]);
  });

  it('shows "All" and Questions the group does not have beside the field, never dropping them', () => {
    const { values, notices } = prefillFromCover(form(), cover({ questions: ['All', 'Q1/20', 'Q9/20'] }), sg20);
    expect(values.proposedGroups).toEqual(['Q1/20']);
    expect(notices).toEqual([
      { field: 'proposedGroups', key: 'submissions.cover.questionsAll', vars: { text: 'All' } },
      {
        field: 'proposedGroups',
        key: 'submissions.cover.questionsUnmatched',
        vars: { values: '“Q9/20”', group: 'SG20' },
      },
    ]);
    const noGroups = prefillFromCover(form(), cover({ questions: ['All'] }), { ...fgmv, proposable: [] });
    expect(noGroups.notices).toEqual([
      { field: 'general', key: 'submissions.cover.questionsAll', vars: { text: 'All' } },
    ]);
  });

  it('takes the type from the cover when the meeting takes it, and says so when it does not', () => {
    expect(prefillFromCover(form(), cover({ type: 'td' }), sg20).values.type).toBe('td');
    const { values, notices } = prefillFromCover(form(), cover({ type: 'td' }), fgmv);
    expect(values.type).toBe('');
    expect(notices).toEqual([{ field: 'type', key: 'submissions.cover.typeNotTaken', vars: { type: 'td' } }]);
    expect(coverMessage(translator('en'), notices[0])).toContain('Temporary document (TD)');
    const zh = coverMessage(translator('zh'), notices[0]);
    expect(zh).toContain(translator('zh')('submissions.type.td'));
    expect(zh).not.toMatch(/Temporary/);
  });

  it('names the cover field of a note in the language the note is read in', () => {
    const note = { key: 'submissions.cover.tooLong' as const, vars: { field: 'title', max: 300 } };
    expect(coverMessage(translator('en'), note)).toContain('Title');
    expect(coverMessage(translator('zh'), note)).toContain('标题');
    expect(coverMessage(translator('zh'), note)).not.toContain('Title');
  });

  it("keeps the member's own contact beside the cover's, unless the cover names them", () => {
    const li = {
      name: 'Li Lei',
      organisation: 'China Mobile',
      country: 'China',
      phone: '+86 1',
      email: 'lilei@cm.example',
    };
    expect(prefillFromCover(form(), cover({ contacts: [li] }), sg20).values.contacts).toEqual([member, li]);
    const named = prefillFromCover(
      form(),
      cover({
        contacts: [
          li,
          { name: 'Ana Silva', organisation: 'ETRI', country: '', phone: '+82 1', email: 'ANA@etri.example' },
        ],
      }),
      sg20,
    );
    expect(named.values.contacts).toEqual([
      li,
      {
        name: 'Ana Silva',
        organisation: 'ETRI',
        country: 'Korea (Republic of)',
        phone: '+82 1',
        email: 'ANA@etri.example',
      },
    ]);
    expect(prefillFromCover(form(), cover({ contacts: [] }), sg20).values.contacts).toEqual([member]);
  });

  it("leaves what the member typed, and replaces only the form's defaults", () => {
    const typed = form({
      title: 'Mine',
      source: 'Nokia',
      proposedGroups: ['Q2/20'],
      contacts: [{ ...member, name: 'Someone', email: 'someone@nokia.example' }],
    });
    const { values } = prefillFromCover(
      typed,
      cover({
        questions: ['Q1/20'],
        contacts: [{ name: 'Li', organisation: '', country: '', phone: '', email: 'li@cm.example' }],
      }),
      sg20,
    );
    expect(values).toMatchObject({
      title: 'Mine',
      source: 'Nokia',
      proposedGroups: ['Q2/20'],
      abstract: 'A',
      purpose: 'proposal',
      keywords: 'IoT',
    });
    expect(values.contacts.map((c) => c.email)).toEqual(['someone@nokia.example']);
    expect(prefillFromCover(form(), cover(), sg20).values.source).toBe('China Mobile');
  });

  it("warns when the cover names another group than the meeting's, not when it names the group above or below", () => {
    expect(prefillFromCover(form(), cover({ group: 'JCA-MV' }), fgmv).notices).toEqual([
      { field: 'general', key: 'submissions.cover.otherGroup', vars: { cover: 'JCA-MV', group: 'FG-MV' } },
    ]);
    expect(prefillFromCover(form(), cover({ group: 'FG-MV' }), fgmv).notices).toEqual([]);
    expect(prefillFromCover(form(), cover({ group: 'JCA-IoT' }), sg20).notices).toEqual([]);
    expect(
      prefillFromCover(form(), cover({ group: 'SG20' }), { ...sg20, groupCode: 'JCA-IoT and SC&C' }).notices,
    ).toEqual([]);
  });

  it("passes the reader's warnings on beside the field they concern", () => {
    const { notices } = prefillFromCover(
      form(),
      cover({
        warnings: [
          { key: 'submissions.cover.contactNoEmail', vars: { name: 'Li' } },
          { key: 'submissions.cover.tableCut', vars: { rows: 400 } },
        ],
      }),
      sg20,
    );
    expect(notices.map((n) => n.field)).toEqual(['contacts', 'general']);
  });
});
