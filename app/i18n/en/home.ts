/** English messages of the pages the home leads to: a sub-group's documents, presence in the editor, list filters. */
export const home = {
  'group.documents.title': 'Documents allocated to {group}',
  'group.documents.none': 'No document is allocated to this group yet.',
  'group.documents.number': 'Number',
  'group.documents.document': 'Document',
  'group.documents.decision': 'Decision',
  'group.documents.all': 'All {count, plural, one {# document} other {# documents}} of {group} at this meeting',
  'group.documents.list': 'The list of {group} at this meeting',
  'collab.presence.editing': '{name} (editing)',
  'collab.presence.reading': '{name} (reading)',
  'publication.filter.label': 'Show',
  'publication.filter.all': 'All documents',
  'publication.filter.unpublished': 'Registered, not published',
  'publication.filter.noneUnpublished': 'Every registered document is published.',
} as const;
