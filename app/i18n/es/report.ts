import type { report as english } from '../en/report';
import type { Translation } from '../types';

/** Spanish messages of chair’s notes, meeting reports, a meeting’s outputs and what became of a document. */
export const report: Translation<typeof english> = {
  'notes.title': 'Notas del presidente',
  'notes.write': 'Escribir notas',
  'notes.edit': 'Editar las notas',
  'notes.close': 'Cerrar las notas',
  'notes.editorLabel': 'Notas del presidente sobre el punto {label}',
  'notes.chairsOnly': 'Solo los presidentes y la secretaría del grupo de la reunión escriben las notas del presidente.',
  'report.title': 'Informe de la reunión',
  'report.nav': 'Informe',
  'report.none': 'Aún no se ha redactado el informe de esta reunión.',
  'report.draftHelp':
    'El portal redacta un primer borrador a partir del orden del día: cada punto con las notas del presidente y sus documentos con sus decisiones, las declaraciones de enlace enviadas, las próximas reuniones y la lista de participantes inscritos. Edítenlo juntos; después la secretaría lo publica como documento numerado.',
  'report.draft': 'Redactar el informe',
  'report.drafted': 'El informe se redactó a partir de la reunión.',
  'report.noAgenda':
    'Esta reunión aún no tiene orden del día, y el informe se redacta a partir de sus puntos: empiece primero el orden del día. No se ha cambiado nada.',
  'report.draftExists':
    'Existe un borrador del informe que puede haber sido editado: no se ha sustituido. Para empezar de nuevo a partir de la reunión, confirme una nueva redacción.',
  'report.redraft': 'Redactar de nuevo a partir de la reunión…',
  'report.redraftWarning':
    'Redactar de nuevo sustituye el texto actual por un borrador nuevo hecho a partir de la reunión tal como está ahora. Antes, el texto actual se guarda como versión, que puede comparar y restaurar más abajo.',
  'report.redraftConfirm': 'Sustituir por un borrador nuevo',
  'report.redraftCancel': 'Conservar el borrador actual',
  'report.redrafted': 'El informe se redactó de nuevo; el texto anterior se conserva como la versión «{label}».',
  'report.keptVersion': 'Antes de redactar de nuevo ({date})',
  'report.publish': 'Publicar como documento numerado',
  'report.published': 'El informe se publicó como {number}.',
  'report.alreadyPublished':
    'El informe ya está publicado como {number}: se publica una sola vez. No se ha cambiado nada.',
  'report.publishedHint':
    'El informe está publicado; los cambios posteriores de este texto no forman parte del documento publicado.',
  'report.state.draft': 'Borrador',
  'report.state.published': 'Publicado',
  'report.noAccess': 'El borrador del informe está abierto a los miembros del grupo de la reunión.',
  'report.noScheme':
    'Esta reunión no tiene esquema de numeración para informes (ni para TD, documentos de salida o documentos JCA, que los informes pueden usar en su lugar). La secretaría añade uno en la página de esquemas de numeración del grupo; no se ha publicado nada.',
  'report.outputs.report': 'Informe de la reunión',
  'report.outputs.reportDraft': 'El informe se está redactando.',
  'report.outputs.statements': 'Declaraciones de enlace enviadas',
  'report.outputs.deliverables': 'Entregables acordados',
  'report.outputs.others': 'Otros resultados',
  'fate.title': 'Qué fue de él',
  'fate.decision': 'Decisión: {decision}',
  'fate.pending': 'Aún no se ha registrado ninguna decisión.',
  'fate.revisedBy': 'Revisado por {number}',
  'fate.answeredBy': 'Respondido por {number}',
  'fate.replyDrafting': 'Se está redactando una respuesta.',
  'fate.inReport': 'Recogido en el informe de la reunión {number}',
};
