/** Chair's notes on agenda items, the meeting report (drafting, publishing), a meeting's outputs and what became of a document. */
export const report = {
  'notes.title': 'Chair’s notes',
  'notes.write': 'Write notes',
  'notes.edit': 'Edit notes',
  'notes.close': 'Close the notes',
  'notes.editorLabel': 'Chair’s notes on item {label}',
  'notes.chairsOnly': 'Only the chairs and the secretariat of the meeting’s group write the chair’s notes.',
  'report.title': 'Meeting report',
  'report.nav': 'Report',
  'report.none': 'No report has been drafted for this meeting yet.',
  'report.draftHelp':
    'The portal writes a first draft from the agenda: each item with the chair’s notes and its documents with their decisions, the liaison statements sent, the next meetings and the participants’ organisations. Edit it together; the secretariat then publishes it as a numbered document.',
  'report.draft': 'Draft the report',
  'report.drafted': 'The report was drafted from the meeting.',
  'report.noAgenda':
    'This meeting has no agenda yet, and the report is drafted from its items: start the agenda first. Nothing was changed.',
  'report.draftExists':
    'A draft of the report exists and may have been edited: it was not replaced. To start again from the meeting, confirm drafting it afresh.',
  'report.redraft': 'Draft again from the meeting…',
  'report.redraftWarning':
    'Drafting again replaces the current text with a fresh draft made from the meeting as it is now. The current text is first kept as a version, which you can compare and restore below.',
  'report.redraftConfirm': 'Replace with a fresh draft',
  'report.redraftCancel': 'Keep the current draft',
  'report.redrafted': 'The report was drafted again; the earlier text is kept as the version “{label}”.',
  'report.keptVersion': 'Before drafting again ({date})',
  'report.publish': 'Publish as a numbered document',
  'report.published': 'The report was published as {number}.',
  'report.state.draft': 'Draft',
  'report.state.published': 'Published',
  'report.noAccess': 'The report’s draft is open to the members of the meeting’s group.',
  'report.noScheme':
    'This meeting has no numbering scheme for reports (nor for TDs, output or JCA documents, which reports can use instead). The secretariat adds one on the group’s numbering schemes page; nothing was published.',
  'report.outputs.report': 'Meeting report',
  'report.outputs.reportDraft': 'The report is being drafted.',
  'report.outputs.statements': 'Liaison statements sent',
  'report.outputs.deliverables': 'Agreed deliverables',
  'report.outputs.others': 'Other outputs',
} as const;
