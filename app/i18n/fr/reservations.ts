import type { reservations as english } from '../en/reservations';
import type { Translation } from '../types';

/** French messages of numbers members reserve before their document is written. */
export const reservations: Translation<typeof english> = {
  'reservations.link': 'Réserver un numéro',
  'reservations.title': 'Réserver un numéro — {meeting}',
  'reservations.intro':
    'Réservez le numéro d’un document que vous allez soumettre, avant de l’avoir rédigé. Le numéro vous appartient : déposez son fichier avant la date limite des contributions, sinon il est retiré comme non soumis (le numéro n’est jamais attribué à un autre document).',
  'reservations.closes': 'Fin des réservations',
  'reservations.filesDue': 'Fichiers attendus avant',
  'reservations.noDeadline': 'Pas de date limite',
  'reservations.cap': 'Vos réservations sans fichier',
  'reservations.capValue': '{open} sur {cap} au plus',
  'reservations.mine': 'Vos réservations pour cette réunion',
  'reservations.none': 'Vous n’avez réservé aucun numéro pour cette réunion.',
  'reservations.number': 'Numéro et titre',
  'reservations.state': 'État',
  'reservations.upload': 'Dépôt',
  'reservations.waiting': 'réservé — fichier attendu',
  'reservations.notSubmitted': 'retiré — non soumis',
  'reservations.uploadFor': 'Déposer le fichier de {number}',
  'reservations.new': 'Réserver un nouveau numéro',
  'reservations.formTitle': 'Titre du document',
  'reservations.source': 'Source',
  'reservations.sourceHint': 'Les organisations membres (ou le groupe) qui le soumettront.',
  'reservations.submit': 'Réserver le numéro',
  'reservations.reservedOk': '{number} vous est réservé. Déposez son fichier avant la date limite des contributions.',
  'reservations.deadlinePassed':
    'La date limite de réservation est passée : il n’est plus possible de réserver de numéro pour cette réunion. Vous pouvez encore soumettre un document jusqu’à la date limite des contributions.',
  'reservations.capReached':
    'Vous détenez déjà {cap, plural, one {# numéro réservé} other {# numéros réservés}} sans fichier, le maximum permis pour cette réunion. Déposez d’abord le fichier de l’un d’eux.',
  'reservations.expired':
    'La réservation de {number} a expiré : son fichier devait être déposé avant la date limite des contributions. Le numéro reste retiré comme non soumis ; soumettez le document comme nouveau document si la réunion l’accepte encore.',
  'reservations.notYours':
    '{number} a été réservé par quelqu’un d’autre : seul cette personne, ou le secrétariat, peut en déposer le fichier.',
  'reservations.typeNotUsed': 'Cette réunion ne reçoit pas de documents de ce type.',
  'reservations.docxOnly': 'Le fichier doit être un document Word (.docx) établi à partir du modèle.',
  'reservations.capInvalid': 'Saisissez un nombre entier de 0 à 100.',
  'reservations.settings': 'Réservations par les membres',
  'reservations.capLabel': 'Numéros réservés sans fichier qu’un membre peut détenir',
  'reservations.capHint':
    'Les membres peuvent réserver jusqu’à la date limite de réservation ; 0 empêche les membres de réserver.',
  'reservations.capSave': 'Enregistrer',
  'reservations.capSaved': 'Chaque membre peut désormais détenir {cap} numéros réservés sans fichier.',
};
