import type { home as english } from '../en/home';
import type { Translation } from '../types';

/** French messages of the pages the home leads to: a sub-group's documents, presence in the editor, list filters. */
export const home: Translation<typeof english> = {
  'group.documents.title': 'Documents attribués à {group}',
  'group.documents.none': 'Aucun document n’est encore attribué à ce groupe.',
  'group.documents.number': 'Numéro',
  'group.documents.document': 'Document',
  'group.documents.decision': 'Décision',
  'group.documents.all': '{count, plural, one {# document} other {Les # documents}} de {group} pour cette réunion',
  'group.documents.list': 'La liste de {group} pour cette réunion',
  'collab.presence.editing': '{name} (modifie)',
  'collab.presence.reading': '{name} (lit)',
  'publication.filter.label': 'Afficher',
  'publication.filter.all': 'Tous les documents',
  'publication.filter.unpublished': 'Enregistrés, non publiés',
  'publication.filter.noneUnpublished': 'Tous les documents enregistrés sont publiés.',
};
