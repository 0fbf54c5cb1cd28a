/** English messages of importing a meeting's document list and of the mailbox bridge. */
export const importing = {
  'import.list.empty':
    'The list is empty: it needs a heading row with at least Number and Title, and one row per document.',
  'import.list.tooLarge':
    'The list file is larger than {max}. Split it, or leave the files out of it (they go in the zip).',
  'import.list.tooManyRows':
    'The list has {count} rows; at most {max} can be imported at once. Split it into several lists and import them one after the other.',
  'import.list.columnsMissing':
    'The list needs a heading row naming at least the columns Number and Title (the columns of the meeting CSV export are understood as they are).',
  'import.list.utf16NoBom':
    'The list looks like UTF-16 text without a byte order mark, which cannot be read safely. Save it again as "CSV UTF-8" (or as .xlsx).',
  'import.list.unknownEncoding':
    'The list is in a text encoding the import cannot tell: it reads {accepted}. Save it again as "CSV UTF-8" (or as .xlsx).',
  'import.list.badCsv':
    'The list could not be read as CSV: {reason}. Check the quotes and save it again as "CSV UTF-8".',
  'import.list.badXlsx':
    'The .xlsx file could not be read as a spreadsheet. Open it in Excel or LibreOffice and save it again.',
  'import.list.ignoredColumn': 'Column "{column}" is not one the import knows; it is left out.',
  'import.list.noRows': 'The list has no document rows.',
  'import.refused':
    'Nothing was imported: {count, plural, one {# row has} other {# rows have}} a problem. Correct the list and try again.',
  'import.row.numberMissing': 'No number.',
  'import.row.titleMissing': 'No title.',
  'import.row.unknownType':
    'Unknown document type "{type}" (use contribution, td, input, output, jca, ls_in, ls_out, agenda or report).',
  'import.row.typeUnknownFromNumber':
    'No numbering scheme of this meeting prints numbers like {number}; add a Type column.',
  'import.row.noScheme':
    'The meeting has no numbering scheme for the type {type}; add one on the group numbering page first.',
  'import.row.numberFormat': 'The number {number} does not follow the scheme format (numbers look like {example}).',
  'import.row.unknownGroup': 'Unknown WG or Question "{code}" (not a sub-group of this meeting group).',
  'import.row.unknownAgenda':
    'Agenda item "{item}" is not on this meeting agenda; the document is imported without one.',
  'import.row.unknownDecision': 'Unknown decision "{decision}" (use {allowed}, or leave it empty).',
  'import.row.unknownAccess': 'Unknown access "{access}" (use public or members, or leave it empty).',
  'import.row.unknownPurpose': 'Unknown purpose "{purpose}" (use {allowed}, or leave it empty).',
  'import.row.badEmail': '"{value}" is not an e-mail address.',
  'import.row.badDate': '"{value}" is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ).',
  'import.row.duplicate': 'The number {number} is already on line {line} of this list.',
  'import.row.numberTaken': 'The number {number} belongs to a document of another meeting.',
  'import.row.originalMissing':
    '{number} needs its original {original}, which is neither in this list nor in the meeting.',
  'import.row.noMainFile': 'No .docx among its files: the document is imported without a main file.',
  'import.zip.corrupt': 'The zip could not be read (damaged or not a zip). Make it again and try once more.',
  'import.zip.bomb':
    'The zip declares more entries or more bytes than an import takes (at most 20,000 files, 16 GB expanded).',
  'import.zip.unmatched': 'The zip entry "{name}" matches no number of the list; it is not imported.',
  'import.zip.notNeeded':
    'The zip entry "{name}" belongs to a document the meeting already has; it is not imported again.',
  'import.zip.entryUnreadable': 'The zip entry {filename} could not be read.',
  'import.form.listRequired': 'Choose the document list (.csv or .xlsx).',
  'import.form.listType': 'The list must be a .csv or .xlsx file.',
  'import.form.zipType': 'The files must come together in one .zip file.',
  'import.page.title': 'Import a document list into {meeting}',
  'import.page.intro':
    'Bring an existing meeting document list into the portal: each row becomes a registered document with the number it already has, and the numbering counters move past them. Check the list first: nothing is stored until every row is right. Importing the same list again changes nothing. At most {max} rows at once.',
  'import.page.link': 'Import a document list',
  'import.page.list': 'Document list (.csv or .xlsx)',
  'import.page.listHint':
    'A heading row, then one row per document. Columns: Number, Title, Source, Type, WG/Question, Agenda item, Decision, Access, Contact (the meeting CSV export has them). CSV in UTF-8, UTF-16 or the encoding a spreadsheet program saves in (Windows-1252, GB18030, Big5, Shift_JIS, EUC-KR, Windows-1251…); cells are taken as text, never as formulas.',
  'import.page.zip': 'Files (.zip, optional)',
  'import.page.zipHint':
    'Each file named by its document number, e.g. FGMV-I-012.docx or "FGMV-I-012 - Proposal.pdf" (as the download-all archive names them). The .docx is the main file; others are attachments.',
  'import.page.check': 'Check the list',
  'import.page.import': 'Import',
  'import.page.dryRunTitle': 'Check of the list (nothing stored)',
  'import.page.resultTitle': 'Import',
  'import.page.imported':
    'Imported: {created, plural, one {# document} other {# documents}} created, {unchanged} already there, {files, plural, one {# file} other {# files}} stored.',
  'import.page.wouldImport':
    'The list is ready: {created, plural, one {# document} other {# documents}} would be created ({files, plural, one {# file} other {# files}}), {unchanged} already there.',
  'import.page.nothingToDo': 'Nothing to import: the meeting already has all {unchanged} documents of the list.',
  'import.page.line': 'Line',
  'import.page.number': 'Number',
  'import.page.titleColumn': 'Title',
  'import.page.action': 'Outcome',
  'import.page.files': 'Files',
  'import.page.problems': 'Problems',
  'import.action.create': 'new',
  'import.action.unchanged': 'already there',
  'import.action.error': 'refused',
  'mailbox.reply.noMeeting':
    'Plenary received your mail, but no meeting takes contributions by mail at {address}. Submit on the portal instead, from the meeting page.',
  'mailbox.reply.closed':
    'Plenary received your mail, but {meeting} no longer takes contributions (the deadline has passed or submission is closed). Nothing was stored. Ask the secretariat whether a late contribution can be accepted: {url}',
  'mailbox.reply.noDocx':
    'Plenary received your mail for {meeting}, but it carries no Word document (.docx). Send the contribution again as one .docx attachment made from the group template, or submit it on the portal.',
  'mailbox.reply.severalDocx':
    'Plenary received your mail with {count} Word documents; a mail can carry one contribution only. Nothing was stored. Send each contribution in a mail of its own.',
  'mailbox.reply.badFile':
    'Plenary received your mail, but its document cannot be taken: {reason} Nothing was stored; send it again once corrected.',
  'mailbox.reply.confirm':
    'Plenary received your contribution {filename} for {meeting}. It counts as received when your mail arrived, but it is submitted only once you confirm it: review the fields read from its cover page and confirm here: {link}',
  'mailbox.reply.signUp':
    'Plenary received your contribution {filename} for {meeting}. No account has this address yet: create one with this address ({signup}), confirm the address, then open {link} to review and confirm the submission. It counts as received when your mail arrived.',
  'mailbox.page.title': 'Mailed contribution for {meeting}',
  'mailbox.page.received': 'Mail from {from} ("{subject}"), received',
  'mailbox.page.intro':
    'The fields below were read from the cover page of the mailed document. Check them and confirm: the submission is made for {sender} ({email}), with the time the mail arrived.',
  'mailbox.page.confirm': 'Confirm the submission',
  'mailbox.page.submitted': 'This mailed contribution has been submitted.',
  'mailbox.page.alreadyConfirmed': 'This mailed contribution has already been confirmed; it was submitted once.',
  'mailbox.page.expired':
    'This mailed contribution was not confirmed within {days} days of its arrival; it expired and its file was removed.',
  'mailbox.page.submitInstead': 'Submit it on the portal',
  'mailbox.page.open': 'Open the document',
  'mailbox.page.noAccount':
    'The sender has no account yet; once they sign up with the address the mail came from, they can confirm it here.',
  'mailbox.queue.title': 'Received by e-mail, awaiting confirmation',
  'mailbox.queue.review': 'Review and confirm for the sender',
  'mailbox.queue.byEmail': 'by e-mail',
  'mailbox.meeting.intakeAddress': 'Intake address for mailed contributions (optional)',
  'mailbox.meeting.intakeAddressHint':
    'Mail to this address (forwarded to the portal) becomes submissions to this meeting, awaiting confirmation by the sender. Empty: mail to the group mailbox goes to its next meeting open for contributions.',
} as const;
