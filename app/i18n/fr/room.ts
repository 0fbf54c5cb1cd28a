import type { room as english } from '../en/room';
import type { Translation } from '../types';

/** French messages of the meeting room. */
export const room: Translation<typeof english> = {
  'room.title': 'Salle de réunion',
  'room.nav': 'Salle de réunion',
  'room.now': 'En ce moment dans la salle',
  'room.nothing': 'Aucun point n’est indiqué comme en cours d’examen.',
  'room.item': 'Point {label} : {title}',
  'room.document': 'Document',
  'room.since': 'depuis {time}',
  'room.decision': 'Décision : {decision}',
  'room.decisionTarget': 'Décision : {decision} ({target})',
  'room.history': 'Plus tôt dans la salle',
  'room.history.item': '{time} point {label} abordé',
  'room.history.document': '{time} {document} présenté',
  'room.history.clear': '{time} salle libérée',
  'room.open': 'Ouvrir la salle de réunion',
  'room.live': 'En direct',
  'room.offline': 'Hors ligne : rechargez la page pour voir les changements',
  'room.refreshes': 'Cette page s’actualise toutes les 20 secondes.',
  'room.notesNone': 'La présidence n’a encore rédigé aucune note sur le point {label}.',
  'room.controls': 'Conduire la salle',
  'room.controls.help':
    'Choisissez le point de l’ordre du jour et, s’il est présenté, le document. Tous ceux qui suivent la réunion le voient aussitôt.',
  'room.field.item': 'Point de l’ordre du jour',
  'room.field.itemNone': 'Le point du document',
  'room.field.document': 'Document présenté',
  'room.field.documentNone': 'Aucun document',
  'room.move': 'Afficher dans la salle',
  'room.clear': 'Libérer la salle',
  'room.moved': 'La salle affiche maintenant votre choix.',
  'room.cleared': 'La salle est libérée.',
  'room.noAgenda': 'La réunion n’a pas encore de points à l’ordre du jour : rédigez d’abord l’ordre du jour.',
  'room.recordDecision': 'Consigner la décision sur {document}',
  'room.chooseItem': 'Choisissez un point de l’ordre du jour ou un document.',
  'room.itemNotOnAgenda': 'Ce point ne figure pas à l’ordre du jour de cette réunion.',
  'room.documentUnknown': 'Ce document n’existe pas.',
  'room.documentOtherMeeting':
    'Ce document appartient à une autre réunion : choisissez l’un des documents de cette réunion.',
  'room.documentNotListed': 'Ce document ne figure pas encore dans la liste de la réunion (il n’est pas enregistré).',
  'room.moveForbidden': 'Seuls le président du groupe de la réunion et le secrétariat conduisent la salle de réunion.',
  'room.readForbidden':
    'La salle de réunion est ouverte aux membres du groupe de la réunion et aux personnes inscrites à la réunion.',
};
