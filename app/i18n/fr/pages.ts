import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

/** French messages of the page frame, the API reference page, cover-field names and the sent-LS mail. */
export const pages: Translation<typeof english> = {
  'meta.title': '{page} — Plenary',
  'meta.inMeeting': '{page} — {meeting}',
  'meta.searchQuery': '{query} — recherche : {group}',
  'nav.main': 'Navigation principale',
  'nav.breadcrumbs': 'Fil d’Ariane',

  'apiref.openapi': 'Description OpenAPI 3.1 (JSON)',
  'apiref.operations': 'Opérations',
  'apiref.scope': 'portée : {scope}',
  'apiref.noToken': 'aucun jeton nécessaire',
  'apiref.required': 'obligatoire',
  'apiref.body': 'Corps : {types}',
  'apiref.problems': 'Types de problèmes',

  'form.unknownAction':
    'Le formulaire a envoyé une action que cette page ne connaît pas. Rechargez la page et réessayez.',

  'submissions.coverField.questions': 'Question(s)',
  'submissions.coverField.studyGroup': 'Commission d’études',
  'submissions.coverField.workingParty': 'Groupe de travail',
  'submissions.coverField.meeting': 'Réunion',
  'submissions.coverField.type': 'Type de document envisagé',
  'submissions.coverField.source': 'Source',
  'submissions.coverField.title': 'Titre',
  'submissions.coverField.purpose': 'Objet',
  'submissions.coverField.contact': 'Contact',
  'submissions.coverField.keywords': 'Mots clés',
  'submissions.coverField.abstract': 'Résumé',

  'mail.liaisonSent.subject': 'Déclaration de liaison {number} : {title}',
  'mail.liaisonSent.body':
    '{group} a envoyé la déclaration de liaison « {title} » ({number}), adoptée lors de {meeting}.\n\nPour suite à donner : {action}\nPour observations : {comment}\nPour information : {information}',
  'mail.liaisonSent.deadline': 'Date limite de réponse : {date}',
};
