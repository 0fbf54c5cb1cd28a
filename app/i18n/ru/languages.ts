import type { languages as english } from '../en/languages';
import type { Translation } from '../types';

/** Russian messages of the language switcher and the account's language preference. */
export const languages: Translation<typeof english> = {
  'language.label': 'Язык',
  'language.change': 'Изменить',
  'language.preference.title': 'Язык',
  'language.preference.hint': 'На этом языке отображается портал и отправляются вам сообщения электронной почты.',
  'language.preference.browser': 'Как запрашивает мой браузер',
  'language.preference.save': 'Сохранить язык',
};
