import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

/** Spanish messages of the page frame, the API reference page, cover-field names and the sent-LS mail. */
export const pages: Translation<typeof english> = {
  'meta.title': '{page} — Plenary',
  'meta.inMeeting': '{page} — {meeting}',
  'meta.searchQuery': '{query} — búsqueda en {group}',
  'nav.main': 'Navegación principal',
  'nav.breadcrumbs': 'Ruta de navegación',

  'apiref.openapi': 'Descripción OpenAPI 3.1 (JSON)',
  'apiref.operations': 'Operaciones',
  'apiref.scope': 'ámbito: {scope}',
  'apiref.noToken': 'no hace falta token',
  'apiref.required': 'obligatorio',
  'apiref.body': 'Cuerpo: {types}',
  'apiref.problems': 'Tipos de problema',

  'form.unknownAction':
    'El formulario envió una acción que esta página no conoce. Vuelva a cargar la página e inténtelo de nuevo.',

  'submissions.coverField.questions': 'Cuestión(es)',
  'submissions.coverField.studyGroup': 'Comisión de Estudio',
  'submissions.coverField.workingParty': 'Grupo de Trabajo',
  'submissions.coverField.meeting': 'Reunión',
  'submissions.coverField.type': 'Tipo de documento previsto',
  'submissions.coverField.source': 'Origen',
  'submissions.coverField.title': 'Título',
  'submissions.coverField.purpose': 'Propósito',
  'submissions.coverField.contact': 'Contacto',
  'submissions.coverField.keywords': 'Palabras clave',
  'submissions.coverField.abstract': 'Resumen',

  'mail.liaisonSent.subject': 'Declaración de coordinación {number}: {title}',
  'mail.liaisonSent.body':
    '{group} ha enviado la declaración de coordinación "{title}" ({number}), acordada en {meeting}.\n\nPara la adopción de medidas: {action}\nPara comentarios: {comment}\nPara información: {information}',
  'mail.liaisonSent.deadline': 'Plazo de respuesta: {date}',
};
