/** English messages for search: the search box's syntax, its help and problems, and the group-wide search page. */
export const search = {
  'search.label': 'Search',
  'search.hint':
    'Words in any language, "a phrase", -word to exclude, or between words, and filters such as type:input (see Search syntax).',
  'search.help.summary': 'Search syntax',
  'search.help.intro': 'Combine free text with filters, for example: metaverse type:input wg:WG2 since:2023-06-01',
  'search.help.text':
    'words (any order, inflected forms match: карта finds карту), 元宇宙 (Chinese, Japanese, Korean: any part of a title)',
  'search.help.phrase': '"digital twin": these words in this order; -word or -type:output: exclude; a or b: either',
  'search.help.type': 'type:input, type:contribution, type:td, type:ls_in …: document type',
  'search.help.group': 'wg:WG2, q:Q1/20: allocated to that WG or Question (or a group below it)',
  'search.help.source': 'source:"China Mobile": source contains this text',
  'search.help.decision': 'decision:agreed (approved, noted, revised, postponed, withdrawn, none)',
  'search.help.late': 'late:yes, late:no; has:file, no:file; since:2023-06-01 (registered or published since that day)',
  'search.problem.tooLong':
    'Only the first {max, plural, one {word or filter is} other {# words and filters are}} used.',
  'search.problem.empty': 'Give a value after {prefix}:, for example {prefix}:… without a space.',
  'search.problem.type': '"{value}" is not a document type: use one of {types}.',
  'search.problem.decision': '"{value}" is not a decision: use one of {decisions}.',
  'search.problem.late': 'late: takes yes or no, not "{value}".',
  'search.problem.has': '{prefix}: takes file (has:file, no:file), not "{value}".',
  'search.problem.since': '"{value}" is not a date: write since:YYYY-MM-DD, for example since:2023-06-01.',
  'search.problem.group': 'There is no WG or Question "{value}" here.',
  'documents.sort.relevance': 'Relevance',
  'search.group.title': 'Search {group}',
  'search.group.intro': 'Documents of every meeting of {group} and of its sub-groups, and documents allocated to them.',
  'search.group.button': 'Search',
  'search.group.results': '{total, plural, one {# document found} other {# documents found}}',
  'search.group.none': 'No documents match this search.',
  'search.group.enter': 'Type what to look for.',
  'search.group.col.meeting': 'Meeting',
  'search.group.placeholder': 'Search all documents of {group}',
} as const;
