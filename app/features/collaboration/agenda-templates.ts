/**
 * Draft agenda templates, one per kind of meeting, chosen when the agenda is created. Items are as ITU-T groups
 * write them; a [title, sub-items] pair nests. The working groups, working parties or Questions of the meeting's
 * group are filled in where the template says so (SUBGROUPS), so each group's agenda names its own.
 */
import type { GroupKind } from '../../../db/schema';

export type TemplateItem = string | [string, TemplateItem[]];
/** Stands for the meeting group's sub-groups ("WG2 Applications and services"), listed as sub-items. */
export const SUBGROUPS = '{subgroups}';

export const AGENDA_TEMPLATES = {
  /** A focus-group meeting (e.g. FG-MV): working groups report, deliverables progress. */
  'focus-group': [
    'Opening of the meeting',
    'Approval of the agenda',
    'Approval of the report of the previous meeting',
    ['Working methods', ['Meeting document folder', 'Remote participation']],
    'Incoming liaison statements',
    ['Reports and input documents of the working groups', [SUBGROUPS]],
    'Progress of the deliverables',
    'Approval of outgoing liaison statements',
    'Future meetings',
    'Any other business',
    'Closing of the meeting',
  ],
  /** A study-group meeting (e.g. SG20): TSB report, working parties and Questions, texts for consent or approval. */
  'study-group': [
    'Opening of the meeting',
    'Approval of the agenda, document allocation and time management plan',
    'Approval of the report of the previous meeting',
    'Report of TSB',
    'Incoming liaison statements',
    ['Reports of the working parties and Questions', [SUBGROUPS]],
    ['Texts for consent, determination, agreement or approval', ['Recommendations', 'Supplements and other texts']],
    'Work programme',
    'Approval of outgoing liaison statements',
    'Future meetings',
    'Any other business',
    'Closing of the meeting',
  ],
  /** A joint coordination activity's meeting: coordination of the work of groups and other SDOs. */
  jca: [
    'Opening of the meeting',
    'Approval of the agenda',
    'Approval of the report of the previous meeting',
    'Incoming liaison statements',
    'Standardization work of study groups, other SDOs and forums',
    'Standardization roadmap',
    'Input documents',
    'Items needing coordination',
    'Approval of outgoing liaison statements',
    'Future meetings',
    'Any other business',
    'Closing of the meeting',
  ],
  /** JCA-MV's first meeting, as its circular has it (annex B). */
  'jca-mv': [
    'Opening of the meeting',
    'Approval of the agenda',
    ['Working methods', ['Meeting document folder', 'Remote participation']],
    ['Outcome of TSAG establishing the JCA', ['Definition of "metaverse"']],
    'Terms of reference',
    'Incoming liaison statements',
    'Standardization work of study groups, other SDOs and forums',
    'Input documents',
    'Items needing coordination',
    'Appointment of liaison representatives',
    'Approval of outgoing liaison statements',
    'Future meetings',
    'Any other business',
    'Next steps',
    'Closing of the meeting',
  ],
} satisfies Record<string, TemplateItem[]>;

export type AgendaTemplateId = keyof typeof AGENDA_TEMPLATES;
export const AGENDA_TEMPLATE_IDS = Object.keys(AGENDA_TEMPLATES) as AgendaTemplateId[];

/** The templates offered for a group (the first is preselected): its kind's, then the others. */
export function templatesFor(group: { kind: GroupKind; slug: string }): AgendaTemplateId[] {
  const first: AgendaTemplateId =
    group.slug === 'jca-mv'
      ? 'jca-mv'
      : group.kind === 'jca'
        ? 'jca'
        : group.kind === 'study_group' || group.kind === 'working_party'
          ? 'study-group'
          : 'focus-group';
  return [first, ...AGENDA_TEMPLATE_IDS.filter((id) => id !== first)];
}

/** The template with the meeting group's sub-groups in place of SUBGROUPS (the item is dropped when there are none). */
export function expandTemplate(id: AgendaTemplateId, subgroups: string[]): TemplateItem[] {
  const expand = (items: TemplateItem[]): TemplateItem[] =>
    items.flatMap((i): TemplateItem[] => {
      if (i === SUBGROUPS) return subgroups;
      if (typeof i === 'string') return [i];
      const children = expand(i[1]);
      return [children.length ? [i[0], children] : i[0]];
    });
  return expand(AGENDA_TEMPLATES[id]);
}
