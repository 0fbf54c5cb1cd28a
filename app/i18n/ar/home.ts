import type { home as english } from '../en/home';
import type { Translation } from '../types';

/** Arabic messages of the pages the home leads to: a sub-group's documents, presence in the editor, list filters. */
export const home: Translation<typeof english> = {
  'group.documents.title': 'الوثائق المُسندة إلى {group}',
  'group.documents.none': 'لم تُسند أي وثيقة إلى هذا الفريق بعد.',
  'group.documents.number': 'الرقم',
  'group.documents.document': 'الوثيقة',
  'group.documents.decision': 'القرار',
  'group.documents.all':
    '{count, plural, zero {لا وثائق لـ {group}} one {الوثيقة الوحيدة لـ {group}} two {وثيقتا {group}} few {جميع وثائق {group} (# وثائق)} many {جميع وثائق {group} (# وثيقة)} other {جميع وثائق {group} (# وثيقة)}} في هذا الاجتماع',
  'group.documents.list': 'قائمة {group} في هذا الاجتماع',
  'collab.presence.editing': '{name} (يحرر)',
  'collab.presence.reading': '{name} (يقرأ)',
  'publication.filter.label': 'عرض',
  'publication.filter.all': 'جميع الوثائق',
  'publication.filter.unpublished': 'مسجّلة، غير منشورة',
  'publication.filter.noneUnpublished': 'جميع الوثائق المسجّلة منشورة.',
};
