import type { languages as english } from '../en/languages';
import type { Translation } from '../types';

/** Arabic messages of the language switcher and the account's language preference. */
export const languages: Translation<typeof english> = {
  'language.label': 'اللغة',
  'language.change': 'تغيير',
  'language.preference.title': 'اللغة',
  'language.preference.hint': 'تُستخدم هذه اللغة في البوابة وفي رسائل البريد الإلكتروني المرسلة إليك.',
  'language.preference.browser': 'حسب لغة متصفحي',
  'language.preference.save': 'حفظ اللغة',
};
