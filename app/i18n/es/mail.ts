import type { mail as english } from '../en/mail';
import type { Translation } from '../types';

/** Spanish messages of the account e-mails (each sent in the recipient's language). */
export const mail: Translation<typeof english> = {
  'mail.signature': '—\nPlenary',
  'mail.hello': 'Estimado/a {name}:',
  'mail.confirm.subject': '[Plenary] Confirme su dirección de correo electrónico',
  'mail.confirm.intro':
    'Para confirmar que esta dirección es suya, abra este enlace e inicie sesión si se le solicita:',
  'mail.confirm.validity':
    'El enlace puede utilizarse una sola vez, durante {hours, plural, one {# hora} other {# horas}}. Mientras la dirección no esté confirmada, la cuenta no podrá presentar documentos.',
  'mail.confirm.notYou':
    'Si no ha creado una cuenta en Plenary, haga caso omiso de este mensaje: sin el enlace no ocurrirá nada.',
  'mail.existing.subject': '[Plenary] Alguien ha intentado crear una cuenta con su dirección',
  'mail.existing.intro':
    'Alguien (quizá usted) ha intentado crear una cuenta de Plenary con esta dirección de correo electrónico. Usted ya\ntiene una, por lo que no se ha creado ninguna cuenta y nada ha cambiado.',
  'mail.existing.signIn': 'Para iniciar sesión: {url}',
  'mail.existing.forgot': 'Si ha olvidado su contraseña, elija una nueva: {url}',
  'mail.existing.notYou': 'Si no ha sido usted, no tiene que hacer nada.',
  'mail.reset.subject': '[Plenary] Elija una nueva contraseña',
  'mail.reset.intro': 'Para elegir una nueva contraseña para su cuenta de Plenary, abra este enlace:',
  'mail.reset.validity':
    'El enlace puede utilizarse una sola vez, durante {hours, plural, one {# hora} other {# horas}}. Si no lo ha solicitado, haga caso omiso de este mensaje: su contraseña no cambia.',
  'mail.ack.subject':
    '[Plenary] {what, select, replaced {Archivo sustituido} revised {Revisión recibida} other {Recibido}}: {title} ({meeting})',
  'mail.ack.intro': 'Plenary ha recibido su documento para {meeting}.',
  'mail.ack.title': 'Título: {title}',
  'mail.ack.revision': 'Revisión: Rev.{revision}',
  'mail.ack.status':
    'Estado: presentado, pendiente de registro por la secretaría{late, select, yes { (fuera de plazo)} other {}}',
  'mail.ack.received': 'Recibido: {utc} UTC ({local}, hora de la reunión, {zone})',
  'mail.ack.files': 'Archivos:',
  'mail.ack.file': '  {role}: {filename} ({size, number} bytes) sha-256 {sha256}',
  'mail.ack.receipt': 'Acuse de recibo: {url}',
} as const;
