/**
 * The submission form filled from the cover page read from the main file: empty fields take the cover's
 * values (what the member typed wins), the Questions/WGs written on the cover are matched to the group's
 * own, and whatever does not fit (an "All", a Question the group does not have, a type the meeting does
 * not take, another group's name, a damaged cover) becomes a notice shown beside the field, never dropped.
 */
import type { Db } from '../../../db/client.server';
import { groups } from '../../../db/schema';
import { groupTree } from '../groups/group-tree';
import type { MessageKey } from '~/i18n';
import type { CoverContact, CoverFields } from './cover.server';
import type { MetaValues } from './submission-meta-input';

export interface CoverNotice {
  /** Where the form shows it: beside the type, the proposed Questions/WGs, the contacts, or above the form. */
  field: 'type' | 'purpose' | 'proposedGroups' | 'contacts' | 'general';
  key: MessageKey;
  vars?: Record<string, string | number>;
}

type FormContact = MetaValues['contacts'][number];

export interface CoverPrefillContext {
  /** The meeting's group. */
  groupCode: string;
  /** Codes of the groups of the group's tree (relatedGroupCodes): a cover naming one of them names the right group. */
  relatedGroupCodes: string[];
  /** The Questions/WGs a document may be proposed for. */
  proposable: { code: string }[];
  /** The types the meeting takes ([] for all). */
  documentTypes: string[];
  /** The member submitting, as the form pre-fills their contact. */
  member: FormContact;
}

/**
 * The codes of the meeting's group and of every group in its tree: the groups above it, and every group below the
 * topmost of those (its own sub-groups, and its sibling groups and theirs).
 */
export async function relatedGroupCodes(db: Db, groupId: string): Promise<string[]> {
  const all = await db.select({ id: groups.id, code: groups.code, parentId: groups.parentId }).from(groups);
  const tree = groupTree(all);
  const chain = tree.chainOf(groupId);
  const related = new Set([...chain, ...tree.subtreeOf(chain[chain.length - 1])]);
  const codeOf = new Map(all.map((g) => [g.id, g.code]));
  return [...related].map((id) => codeOf.get(id) ?? '').filter(Boolean);
}

const groupKey = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Whether the group a cover names ("JCA-IoT", "SG20") is one of these codes ("JCA-IoT and SC&C", "SG20"). */
function namesOneOf(coverGroup: string, codes: string[]) {
  const k = groupKey(coverGroup);
  return (
    !k ||
    codes.some((c) => {
      const g = groupKey(c);
      return g === k || (k.length >= 4 && g.startsWith(k));
    })
  );
}

const questionKey = (q: string) =>
  q
    .toUpperCase()
    .normalize('NFKC')
    .replace(/^QUESTIONS?\s*/, 'Q')
    .replace(/^Q\.\s*/, 'Q')
    .replace(/^WORKING\s*GROUP\s*/, 'WG')
    .replace(/[\s.\-‑_]/g, '');
const ALL = /^(ALL|ALLQUESTIONS|ALLWGS|TOUTES|TOUS|TODAS|TODOS|ВСЕ|所有|全部|جميع|الكل)(\/\d+)?$/u;

/** The group's codes a Question/WG written on a cover stands for ("1/20" → Q1/20, "Q1" → Q1/20, "WG 3" → WG3). */
function matchQuestion(written: string, codes: string[]): string | null {
  const q = questionKey(written);
  const keyed = codes.map((c) => [questionKey(c), c] as const);
  const exact = keyed.find(([k]) => k === q || k === `Q${q}`);
  if (exact) return exact[1];
  const number = /^Q?(\d+)$/.exec(q)?.[1];
  if (!number) return null;
  const byNumber = keyed.filter(([k]) => new RegExp(`^(Q${number}/|WG${number}$)`).test(k));
  return byNumber.length === 1 ? byNumber[0][1] : null;
}

export function matchQuestions(written: string[], proposable: { code: string }[]) {
  const codes = proposable.map((p) => p.code);
  const matched: string[] = [];
  const all: string[] = [];
  const unmatched: string[] = [];
  for (const w of written) {
    if (ALL.test(questionKey(w))) {
      all.push(w);
      continue;
    }
    const code = matchQuestion(w, codes);
    if (code) {
      if (!matched.includes(code)) matched.push(code);
    } else unmatched.push(w);
  }
  return { matched, all, unmatched };
}

const WARNING_FIELDS: Partial<Record<MessageKey, CoverNotice['field']>> = {
  'submissions.cover.contactNoEmail': 'contacts',
  'submissions.cover.tooManyContacts': 'contacts',
  'submissions.cover.purposeUnknown': 'purpose',
  'submissions.cover.typeUnknown': 'type',
};

const sameText = (a: string, b: string) =>
  a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/** The cover's contacts, with the member's own kept first unless the cover names them (by e-mail or name). */
function contactsWithMember(member: FormContact, fromCover: CoverContact[]): FormContact[] {
  const isMember = (c: CoverContact) =>
    c.email ? sameText(c.email, member.email) : !!c.name && sameText(c.name, member.name);
  const named = fromCover.find(isMember);
  const contacts = fromCover.map((c) =>
    c === named
      ? {
          name: c.name || member.name,
          organisation: c.organisation || member.organisation,
          country: c.country || member.country,
          email: c.email || member.email,
          phone: c.phone || member.phone,
        }
      : { ...c },
  );
  return named ? contacts : [member, ...contacts];
}

/**
 * Fills the form from the cover. `values` are what the form posted: the member's organisation as source and
 * the member as only contact are the form's defaults, not something typed, and give way to the cover.
 */
export function prefillFromCover(
  values: MetaValues,
  cover: CoverFields | null,
  ctx: CoverPrefillContext,
): { values: MetaValues; notices: CoverNotice[] } {
  if (!cover) return { values, notices: [] };
  const notices: CoverNotice[] = (cover.warnings ?? []).map((w) => ({
    field: WARNING_FIELDS[w.key] ?? 'general',
    ...w,
  }));
  const next = { ...values };
  next.title ||= cover.title;
  if (!next.source.trim() || sameText(next.source, ctx.member.organisation)) next.source = cover.source || next.source;
  next.purpose ||= cover.purpose ?? '';
  next.keywords ||= cover.keywords.join(', ');
  next.abstract ||= cover.abstract;

  if (cover.type && !next.type) {
    if (!ctx.documentTypes.length || ctx.documentTypes.includes(cover.type)) next.type = cover.type;
    else
      notices.push({
        field: 'type',
        key: 'submissions.cover.typeNotTaken',
        vars: { type: cover.type },
      });
  }

  const { matched, all, unmatched } = matchQuestions(cover.questions ?? [], ctx.proposable);
  if (!next.proposedGroups.length) next.proposedGroups = matched;
  const where = ctx.proposable.length ? 'proposedGroups' : 'general';
  if (all.length) notices.push({ field: where, key: 'submissions.cover.questionsAll', vars: { text: all.join(', ') } });
  if (unmatched.length)
    notices.push({
      field: where,
      key: 'submissions.cover.questionsUnmatched',
      vars: { values: unmatched.map((u) => `“${u}”`).join(', '), group: ctx.groupCode },
    });

  const defaultsOnly =
    next.contacts.every((c) => !c.name.trim() && !c.email.trim()) ||
    (next.contacts.length === 1 && sameText(next.contacts[0].email, ctx.member.email));
  if (cover.contacts.length && defaultsOnly) next.contacts = contactsWithMember(ctx.member, cover.contacts);
  if (!next.contacts.length) next.contacts = [ctx.member];

  if (cover.group && !namesOneOf(cover.group, ctx.relatedGroupCodes.length ? ctx.relatedGroupCodes : [ctx.groupCode])) {
    notices.unshift({
      field: 'general',
      key: 'submissions.cover.otherGroup',
      vars: { cover: cover.group, group: ctx.groupCode },
    });
  }
  return { values: next, notices };
}
