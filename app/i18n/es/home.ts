import type { home as english } from '../en/home';
import type { Translation } from '../types';

/** Spanish messages of the pages the home leads to: a sub-group's documents, presence in the editor, list filters. */
export const home: Translation<typeof english> = {
  'group.documents.title': 'Documentos asignados a {group}',
  'group.documents.none': 'Todavía no se ha asignado ningún documento a este grupo.',
  'group.documents.number': 'Número',
  'group.documents.document': 'Documento',
  'group.documents.decision': 'Decisión',
  'group.documents.all':
    '{count, plural, one {El único documento} other {Los # documentos}} de {group} en esta reunión',
  'group.documents.list': 'La lista de {group} en esta reunión',
  'collab.presence.editing': '{name} (editando)',
  'collab.presence.reading': '{name} (leyendo)',
  'publication.filter.label': 'Mostrar',
  'publication.filter.all': 'Todos los documentos',
  'publication.filter.unpublished': 'Registrados, sin publicar',
  'publication.filter.noneUnpublished': 'Todos los documentos registrados están publicados.',
} as const;
