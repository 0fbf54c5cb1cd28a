import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

/**
 * Spanish messages of the page frame (titles in the browser tab, landmarks), the API reference page, the names of
 * cover-page fields in notes about a cover, a form's unknown action, and the mail about a sent liaison statement.
 */
export const pages: Translation<typeof english> = {
  'meta.title': '{page} — Plenary',
  'meta.inMeeting': '{page} — {meeting}',
  'meta.searchQuery': '{query} — buscar en {group}',
  'nav.main': 'Principal',
  'nav.breadcrumbs': 'Ruta de navegación',

  'apiref.openapi': 'Descripción OpenAPI 3.1 (JSON)',
  'apiref.operations': 'Operaciones',
  'apiref.scope': 'ámbito: {scope}',
  'apiref.noToken': 'no requiere token',
  'apiref.required': 'obligatorio',
  'apiref.body': 'Cuerpo: {types}',
  'apiref.problems': 'Tipos de problema',

  'form.unknownAction':
    'El formulario ha enviado una acción que esta página no reconoce. Vuelva a cargar la página e inténtelo de nuevo.',

  'submissions.coverField.questions': 'Cuestión(es)',
  'submissions.coverField.studyGroup': 'Comisión de Estudio',
  'submissions.coverField.workingParty': 'Grupo de Trabajo',
  'submissions.coverField.meeting': 'Reunión',
  'submissions.coverField.type': 'Tipo de documento previsto',
  'submissions.coverField.source': 'Origen',
  'submissions.coverField.title': 'Título',
  'submissions.coverField.purpose': 'Finalidad',
  'submissions.coverField.contact': 'Contacto',
  'submissions.coverField.keywords': 'Palabras clave',
  'submissions.coverField.abstract': 'Resumen',

  'mail.liaisonSent.subject': 'Declaración de coordinación {number}: {title}',
  'mail.liaisonSent.body':
    '{group} ha enviado la declaración de coordinación «{title}» ({number}), acordada en {meeting}.\n\nPara acción: {action}\nPara comentarios: {comment}\nPara información: {information}',
  'mail.liaisonSent.deadline': 'Fecha límite de respuesta: {date}',
} as const;
