import type { languages as english } from '../en/languages';
import type { Translation } from '../types';

/** Spanish messages of the language switcher and the account's language preference. */
export const languages: Translation<typeof english> = {
  'language.label': 'Idioma',
  'language.change': 'Cambiar',
  'language.preference.title': 'Idioma',
  'language.preference.hint': 'El portal y los mensajes de correo electrónico que se le envían utilizan este idioma.',
  'language.preference.browser': 'El que indique mi navegador',
  'language.preference.save': 'Guardar el idioma',
} as const;
