import type { mail as english } from '../en/mail';
import type { Translation } from '../types';

/** French messages of the account e-mails (each sent in the recipient's language). */
export const mail: Translation<typeof english> = {
  'mail.signature': '—\nPlenary',
  'mail.hello': 'Bonjour {name},',
  'mail.confirm.subject': '[Plenary] Confirmez votre adresse électronique',
  'mail.confirm.intro':
    'Pour confirmer que cette adresse est bien la vôtre, ouvrez ce lien et connectez-vous si cela vous est demandé :',
  'mail.confirm.validity':
    'Le lien n’est utilisable qu’une fois, pendant {hours, plural, one {# heure} other {# heures}}. Tant que l’adresse n’est pas confirmée, le compte ne peut pas soumettre de documents.',
  'mail.confirm.notYou':
    'Si vous n’avez pas créé de compte sur Plenary, ne tenez pas compte de ce message : rien ne se passe sans le lien.',
  'mail.existing.subject': '[Plenary] Tentative de création d’un compte avec votre adresse',
  'mail.existing.intro':
    'Quelqu’un (peut-être vous) a tenté de créer un compte Plenary avec cette adresse électronique. Vous en avez déjà un ;\naucun compte n’a donc été créé et rien n’a changé.',
  'mail.existing.signIn': 'Pour vous connecter : {url}',
  'mail.existing.forgot': 'Si vous avez oublié votre mot de passe, choisissez-en un nouveau : {url}',
  'mail.existing.notYou': 'Si ce n’était pas vous, vous n’avez rien à faire.',
  'mail.reset.subject': '[Plenary] Choisissez un nouveau mot de passe',
  'mail.reset.intro': 'Pour choisir un nouveau mot de passe pour votre compte Plenary, ouvrez ce lien :',
  'mail.reset.validity':
    'Le lien n’est utilisable qu’une fois, pendant {hours, plural, one {# heure} other {# heures}}. Si vous ne l’avez pas demandé, ne tenez pas compte de ce message : votre mot de passe reste inchangé.',
  'mail.ack.subject':
    '[Plenary] {what, select, replaced {Fichier remplacé} revised {Révision reçue} other {Reçu}} : {title} ({meeting})',
  'mail.ack.intro': 'Plenary a reçu votre document ({meeting}).',
  'mail.ack.title': 'Titre : {title}',
  'mail.ack.revision': 'Révision : Rev.{revision}',
  'mail.ack.status':
    'Statut : soumis, en attente d’enregistrement par le secrétariat{late, select, yes { (tardif)} other {}}',
  'mail.ack.received': 'Reçu : {utc} UTC ({local}, heure de la réunion, {zone})',
  'mail.ack.files': 'Fichiers :',
  'mail.ack.file': '  {role} : {filename} ({size, number} octets) SHA-256 {sha256}',
  'mail.ack.receipt': 'Accusé de réception : {url}',
};
