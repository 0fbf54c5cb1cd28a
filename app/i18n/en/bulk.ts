/** Bulk actions over a list: the bar, its count, the confirmation of a large change, what a finished action did. */
export const bulk = {
  'bulk.bar': 'Bulk actions',
  'bulk.selected': '{count, plural, =0 {No document selected} one {# document selected} other {# documents selected}}',
  'bulk.selectMatching':
    '{count, plural, one {Select the # matching document} other {Select all # matching documents}}',
  'bulk.confirm.heading': 'Confirm the change',
  'bulk.confirm.text':
    '{count, plural, one {This changes # document: confirm} other {This changes # documents: confirm}}',
  'bulk.confirm.button': 'Confirm',
  'bulk.confirm.cancel': 'Cancel',
  'bulk.done.publish': '{count, plural, one {# document published} other {# documents published}}',
  'bulk.done.unpublish':
    '{count, plural, one {# document withdrawn from the list} other {# documents withdrawn from the list}}',
  'bulk.done.public': '{count, plural, one {# document made public} other {# documents made public}}',
  'bulk.done.members': '{count, plural, one {# document made members-only} other {# documents made members-only}}',
  'bulk.done.move': '{count, plural, one {# document moved} other {# documents moved}}',
  'bulk.done.reallocate': '{count, plural, one {# document reallocated} other {# documents reallocated}}',
  'bulk.done.handback': '{count, plural, one {# document handed back} other {# documents handed back}}',
} as const;
