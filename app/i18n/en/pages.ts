/**
 * English messages of the page frame (titles in the browser tab, landmarks), the API reference page, the names of
 * cover-page fields in notes about a cover, a form's unknown action, and the mail about a sent liaison statement.
 */
export const pages = {
  'meta.title': '{page} — Plenary',
  'meta.inMeeting': '{page} — {meeting}',
  'meta.searchQuery': '{query} — search {group}',
  'nav.main': 'Main',
  'nav.breadcrumbs': 'Breadcrumbs',

  'apiref.openapi': 'OpenAPI 3.1 description (JSON)',
  'apiref.operations': 'Operations',
  'apiref.scope': 'scope: {scope}',
  'apiref.noToken': 'no token needed',
  'apiref.required': 'required',
  'apiref.body': 'Body: {types}',
  'apiref.problems': 'Problem types',

  'form.unknownAction': 'The form sent an action this page does not know. Reload the page and try again.',

  'submissions.coverField.questions': 'Question(s)',
  'submissions.coverField.studyGroup': 'Study Group',
  'submissions.coverField.workingParty': 'Working Party',
  'submissions.coverField.meeting': 'Meeting',
  'submissions.coverField.type': 'Intended type of document',
  'submissions.coverField.source': 'Source',
  'submissions.coverField.title': 'Title',
  'submissions.coverField.purpose': 'Purpose',
  'submissions.coverField.contact': 'Contact',
  'submissions.coverField.keywords': 'Keywords',
  'submissions.coverField.abstract': 'Abstract',

  'mail.liaisonSent.subject': 'Liaison statement {number}: {title}',
  'mail.liaisonSent.body':
    '{group} has sent the liaison statement "{title}" ({number}), agreed at {meeting}.\n\nFor action: {action}\nFor comment: {comment}\nFor information: {information}',
  'mail.liaisonSent.deadline': 'Reply deadline: {date}',
} as const;
