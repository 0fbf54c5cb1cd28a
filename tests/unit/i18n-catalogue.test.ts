import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from '../../app/i18n/en';
import { CATALOGUES } from '../../app/i18n/catalogues';
import { LOCALES } from '../../app/i18n/locales';

/**
 * Keys the code builds from a prefix and a value (`documents.type.${type}`): each prefix must still be computed
 * somewhere in app/, and every key under it counts as used.
 */
const COMPUTED_PREFIXES: Record<string, string> = {
  'doc.': 'labels of generated documents, by name (documentLabels in app/i18n/document-labels.ts)',
  'documents.type.': 'document types, named by their code',
  'bulk.done.': 'what a finished bulk action did, named by the action',
  'import.action.': 'what importing does to each row of a document list',
  'submissions.type.': 'document types in the submission form',
  'numbering.type.': 'document types of numbering schemes',
  'documents.decision.': 'decisions on a document, by kind',
  'decision.': 'decision forms, by kind',
  'agenda.template.': 'agenda templates, by id (agenda-templates.ts)',
  'documents.access.': 'access levels',
  'documents.sort.': 'sort orders of the document list',
  'documents.file.': 'file roles on the document page',
  'submissions.state.': 'document states',
  'submissions.role.': 'file roles in submissions',
  'submissions.purpose.': 'purposes of a contribution',
  'submissions.file.': 'reasons a file is refused',
  'submissions.event.': 'history events, by action',
  'submissions.meeting.': 'meeting form fields and errors, by field name',
  'group.kind.': 'kinds of groups',
  'group.access.': 'groups\u2019 document access',
  'role.': 'roles in a group',
  'tokens.scope.': 'access-token scopes',
  'numbering.schemes.scope.': 'scopes of numbering schemes',
  'meeting.outcome.': 'meeting outcomes',
  'agenda.state.': 'agenda states',
  'liaison.': 'liaison statements: states, purposes, next steps and done messages by state',
  'home.draft.': 'kinds of drafts on the home page',
  'deadlines.kind.': 'kinds of meeting deadlines (DEADLINE_KINDS)',
  'deadlines.rule.': 'the deadline rule that let a submission in (DEADLINE_RULES)',
  'home.chair.': 'counts on the chair\u2019s home cards, by name',
  'home.secretariat.': 'counts on the secretariat\u2019s home cards, by name',
  'participation.mode.': 'ways of attending a meeting (PARTICIPATION_MODES)',
  'participation.delegation.': 'kinds of delegation (DELEGATIONS)',
  'participation.role.': 'roles in a delegation (DELEGATE_ROLES)',
  'participation.need.': 'what a participant needs (PARTICIPANT_NEEDS)',
  'participation.status.': 'states of a registration (PARTICIPANT_STATUSES)',
  'participation.visaStatus.': 'states of a visa-letter request (VISA_STATUSES)',
  'participation.mail.': 'participants\u2019 mails, by kind (ParticipationMailJob)',
  'participation.visa.f.': 'visa-request fields, by name',
};

/**
 * Keys no code uses at present; listed so the test names them (it fails once one is used again, or is gone).
 * Remove them from the catalogue together with their translations.
 */
const NOT_USED_YET = new Set([
  'meeting.deadlineIn',
  'meeting.deadlineToday',
  'meeting.preregistration',
  'meeting.upcomingBadge',
  'meeting.documentTypes',
  'auth.confirm.confirmed',
  'auth.confirm.unconfirmed',
  'auth.signedOut',
  'submissions.doc.number',
  'submissions.doc.state',
  'documents.filter.q',
  'documents.filter.qHint',
  'publication.publish',
  'publication.unpublish',
  'docpage.files',
  'docpage.versions',
  'docpage.version',
  'docpage.size',
  'docpage.sha256',
  'docpage.uploaded',
  'docpage.superseded',
  'docpage.revisions',
  'docpage.history',
  'docpage.audit',
  'docpage.noHistory',
  'download.notFound',
  'registration.submitter',
  'registration.fill',
  'allocation.handBackHint',
  'dashboard.link',
  'collab.status.connected',
  'agenda.download',
  'tokens.revokedDone',
]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // The catalogues themselves do not count as use; app/i18n's own modules do.
    const catalogue = dir === path.join('app', 'i18n') && (entry.isDirectory() || /^[a-z]{2}\.ts$/.test(entry.name));
    if (catalogue) return [];
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * What a message needs from its caller: each argument with its kind, and the options of each select. A plain
 * argument of English may be a plural elsewhere (Russian counts where English does not).
 */
function signature(elements: MessageFormatElement[], into = new Map<string, string>()): Map<string, string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if (e.type === TYPE.tag) {
      signature(e.children, into);
      continue;
    }
    let kind: string = TYPE[e.type];
    if (e.type === TYPE.select) kind = `select(${Object.keys(e.options).sort().join('|')})`;
    if (e.type === TYPE.plural) kind = e.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
    const seen = into.get(e.value);
    into.set(e.value, seen && seen !== kind && seen !== 'argument' ? `${seen}+${kind}` : kind);
    if (e.type === TYPE.select || e.type === TYPE.plural)
      for (const option of Object.values(e.options)) signature(option.value, into);
  }
  return into;
}

function parsed(message: string) {
  return parse(message, { ignoreTag: true, requiresOtherClause: true });
}

describe('message catalogues', () => {
  const keys = Object.keys(en).sort();

  it.each(LOCALES)('%s has every English key, and no other', (locale) => {
    const catalogue = CATALOGUES[locale];
    expect(catalogue, `no catalogue registered for ${locale} in app/i18n/catalogues.ts`).toBeDefined();
    expect(Object.keys(catalogue!).sort()).toEqual(keys);
    const empty = Object.entries(catalogue!).filter(([, m]) => !String(m).trim());
    expect(empty.map(([k]) => k)).toEqual([]);
  });

  it.each(LOCALES)('every %s message is valid ICU, plurals with an "other" form', (locale) => {
    const invalid = Object.entries(CATALOGUES[locale] ?? {}).flatMap(([key, message]) => {
      try {
        parsed(message);
        return [];
      } catch (err) {
        return [`${key}: ${(err as Error).message} in ${JSON.stringify(message)}`];
      }
    });
    expect(invalid).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s messages take the same values as English', (locale) => {
    const differing = keys.flatMap((key) => {
      const english = signature(parsed(en[key as keyof typeof en]));
      const translated = signature(parsed(CATALOGUES[locale]![key as keyof typeof en]));
      const same =
        english.size === translated.size &&
        [...english].every(([name, kind]) => {
          const other = translated.get(name);
          return other === kind || (kind === 'argument' && (other === 'plural' || other === 'number'));
        });
      return same ? [] : [`${key}: ${JSON.stringify([...english])} in English, ${JSON.stringify([...translated])}`];
    });
    expect(differing).toEqual([]);
  });

  it('every key is used by the code, or built from a prefix the code computes', () => {
    const code = sourceFiles('app')
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    for (const prefix of Object.keys(COMPUTED_PREFIXES))
      expect(code, `no key is computed from ${prefix} any more`).toMatch(
        new RegExp(`[\`'"]${prefix.replace(/\./g, '\\.')}(\\$\\{|['"]\\s*\\+)`),
      );
    const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q));
    const unused = keys.filter(
      (key) => !NOT_USED_YET.has(key) && !quoted(key) && !Object.keys(COMPUTED_PREFIXES).some((p) => key.startsWith(p)),
    );
    expect(unused, 'keys no code uses: remove them, or list their computed prefix').toEqual([]);
    const usedAgain = [...NOT_USED_YET].filter((key) => !(key in en) || quoted(key));
    expect(usedAgain, 'no longer unused (or gone): take them off NOT_USED_YET').toEqual([]);
  });

  it('counts in English take the plural their number needs', async () => {
    const { translate } = await import('../../app/i18n');
    expect(translate('en', 'bulk.done.publish', { count: 1 })).toBe('1 document published');
    expect(translate('en', 'bulk.done.publish', { count: 12 })).toBe('12 documents published');
    expect(translate('en', 'registration.registeredOk', { count: 1, numbers: 'FGMV-I-001' })).toBe(
      '1 document registered: FGMV-I-001.',
    );
    expect(translate('en', 'numbering.format.twoN')).toBe('The format may contain {n} only once.');
  });
});
