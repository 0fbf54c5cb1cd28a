import type { languages as english } from '../en/languages';
import type { Translation } from '../types';

/** French messages of the language switcher and the account's language preference. */
export const languages: Translation<typeof english> = {
  'language.label': 'Langue',
  'language.change': 'Changer',
  'language.preference.title': 'Langue',
  'language.preference.hint': 'Le portail et les messages qui vous sont envoyés utilisent cette langue.',
  'language.preference.browser': 'Selon mon navigateur',
  'language.preference.save': 'Enregistrer la langue',
};
