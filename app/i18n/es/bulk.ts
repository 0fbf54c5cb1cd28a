import type { bulk as english } from '../en/bulk';
import type { Translation } from '../types';

/** Spanish messages of bulk actions over a list. */
export const bulk: Translation<typeof english> = {
  'bulk.bar': 'Acciones en bloque',
  'bulk.selected':
    '{count, plural, =0 {Ningún documento seleccionado} one {# documento seleccionado} other {# documentos seleccionados}}',
  'bulk.selectMatching':
    '{count, plural, one {Seleccionar el documento que coincide} other {Seleccionar los # documentos que coinciden}}',
  'bulk.confirm.heading': 'Confirmar el cambio',
  'bulk.confirm.text':
    '{count, plural, one {Esto modifica # documento: confirmar} other {Esto modifica # documentos: confirmar}}',
  'bulk.confirm.button': 'Confirmar',
  'bulk.confirm.cancel': 'Cancelar',
  'bulk.done.publish': '{count, plural, one {# documento publicado} other {# documentos publicados}}',
  'bulk.done.unpublish':
    '{count, plural, one {# documento retirado de la lista} other {# documentos retirados de la lista}}',
  'bulk.done.public': '{count, plural, one {# documento hecho público} other {# documentos hechos públicos}}',
  'bulk.done.members':
    '{count, plural, one {# documento reservado a los miembros} other {# documentos reservados a los miembros}}',
  'bulk.done.move': '{count, plural, one {# documento movido} other {# documentos movidos}}',
  'bulk.done.reallocate': '{count, plural, one {# documento reasignado} other {# documentos reasignados}}',
  'bulk.done.handback': '{count, plural, one {# documento devuelto} other {# documentos devueltos}}',
};
