import type { bulk as english } from '../en/bulk';
import type { Translation } from '../types';

/** French messages of bulk actions over a list. */
export const bulk: Translation<typeof english> = {
  'bulk.bar': 'Actions groupées',
  'bulk.selected':
    '{count, plural, =0 {Aucun document sélectionné} one {# document sélectionné} other {# documents sélectionnés}}',
  'bulk.selectMatching':
    '{count, plural, one {Sélectionner le document correspondant} other {Sélectionner les # documents correspondants}}',
  'bulk.confirm.heading': 'Confirmer la modification',
  'bulk.confirm.text':
    '{count, plural, one {Ceci modifie # document : confirmer} other {Ceci modifie # documents : confirmer}}',
  'bulk.confirm.button': 'Confirmer',
  'bulk.confirm.cancel': 'Annuler',
  'bulk.done.publish': '{count, plural, one {# document publié} other {# documents publiés}}',
  'bulk.done.unpublish': '{count, plural, one {# document retiré de la liste} other {# documents retirés de la liste}}',
  'bulk.done.public': '{count, plural, one {# document rendu public} other {# documents rendus publics}}',
  'bulk.done.members': '{count, plural, one {# document réservé aux membres} other {# documents réservés aux membres}}',
  'bulk.done.move': '{count, plural, one {# document déplacé} other {# documents déplacés}}',
  'bulk.done.reallocate': '{count, plural, one {# document réattribué} other {# documents réattribués}}',
  'bulk.done.handback': '{count, plural, one {# document rendu} other {# documents rendus}}',
};
