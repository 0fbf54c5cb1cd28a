import type { home as english } from '../en/home';
import type { Translation } from '../types';

/** Russian messages of the pages the home leads to: a sub-group's documents, presence in the editor, list filters. */
export const home: Translation<typeof english> = {
  'group.documents.title': 'Документы, распределенные в {group}',
  'group.documents.none': 'В эту группу пока не распределено ни одного документа.',
  'group.documents.number': 'Номер',
  'group.documents.document': 'Документ',
  'group.documents.decision': 'Решение',
  'group.documents.all':
    '{count, plural, one {Весь # документ} few {Все # документа} many {Все # документов} other {Все # документа}} {group} на этом собрании',
  'group.documents.list': 'Список {group} на этом собрании',
  'collab.presence.editing': '{name} (редактирует)',
  'collab.presence.reading': '{name} (читает)',
  'publication.filter.label': 'Показать',
  'publication.filter.all': 'Все документы',
  'publication.filter.unpublished': 'Зарегистрированные, не опубликованные',
  'publication.filter.noneUnpublished': 'Все зарегистрированные документы опубликованы.',
};
