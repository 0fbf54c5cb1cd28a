/** English messages of the language switcher and the account's language preference. */
export const languages = {
  'language.label': 'Language',
  'language.change': 'Change',
  'language.preference.title': 'Language',
  'language.preference.hint': 'The portal and the e-mails sent to you use this language.',
  'language.preference.browser': 'As my browser asks',
  'language.preference.save': 'Save language',
} as const;
