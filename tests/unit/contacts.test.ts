import { describe, expect, it } from 'vitest';
import { acknowledgmentRecipients, MAX_CONTACTS } from '../../app/features/submissions/contacts';

describe('acknowledgment recipients', () => {
  it('are the member and the contacts, each once, whatever the case', () => {
    expect(
      acknowledgmentRecipients('Kim@Example.org', [
        { email: 'kim@example.org' },
        { email: 'Aino@example.org ' },
        { email: '' },
      ]),
    ).toEqual(['kim@example.org', 'aino@example.org']);
  });

  it('never exceed the member plus the cap, even for a document stored with more contacts', () => {
    const many = Array.from({ length: 900 }, (_, i) => ({ email: `p${i}@example.org` }));
    const to = acknowledgmentRecipients('member@example.org', many);
    expect(to).toHaveLength(1 + MAX_CONTACTS);
    expect(to[0]).toBe('member@example.org');
  });
});
