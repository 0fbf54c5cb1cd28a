/** English messages of the account e-mails (each sent in the recipient's language). */
export const mail = {
  'mail.signature': '—\nPlenary',
  'mail.hello': 'Hello {name},',
  'mail.confirm.subject': '[Plenary] Confirm your e-mail address',
  'mail.confirm.intro': 'To confirm that this address is yours, open this link and sign in if asked:',
  'mail.confirm.validity':
    'The link works once, for {hours, plural, one {# hour} other {# hours}}. Until the address is confirmed the account cannot submit documents.',
  'mail.confirm.notYou':
    'If you did not create an account on Plenary, ignore this message: nothing happens without the link.',
  'mail.existing.subject': '[Plenary] Someone tried to create an account with your address',
  'mail.existing.intro':
    'Someone (perhaps you) tried to create a Plenary account with this e-mail address. You already have one, so no\naccount was created and nothing changed.',
  'mail.existing.signIn': 'To sign in: {url}',
  'mail.existing.forgot': 'If you forgot your password, choose a new one: {url}',
  'mail.existing.notYou': 'If it was not you, you need not do anything.',
  'mail.reset.subject': '[Plenary] Choose a new password',
  'mail.reset.intro': 'To choose a new password for your Plenary account, open this link:',
  'mail.reset.validity':
    'The link works once, for {hours, plural, one {# hour} other {# hours}}. If you did not ask for it, ignore this message: your password stays as it is.',
  'mail.ack.subject':
    '[Plenary] {what, select, replaced {File replaced} revised {Revision received} other {Received}}: {title} ({meeting})',
  'mail.ack.intro': 'Plenary has received your document for {meeting}.',
  'mail.ack.title': 'Title: {title}',
  'mail.ack.revision': 'Revision: Rev.{revision}',
  'mail.ack.status':
    'Status: submitted, awaiting registration by the secretariat{late, select, yes { (late)} other {}}',
  'mail.ack.received': 'Received: {utc} UTC ({local} meeting time, {zone})',
  'mail.ack.files': 'Files:',
  'mail.ack.file': '  {role}: {filename} ({size, number} bytes) sha-256 {sha256}',
  'mail.ack.receipt': 'Receipt: {url}',
} as const;
