import type { languages as english } from '../en/languages';
import type { Translation } from '../types';

/** Chinese (Simplified) messages of the language switcher and the account's language preference. */
export const languages: Translation<typeof english> = {
  'language.label': '语言',
  'language.change': '切换',
  'language.preference.title': '语言',
  'language.preference.hint': '门户网站及发送给您的电子邮件均使用此语言。',
  'language.preference.browser': '按浏览器设置',
  'language.preference.save': '保存语言',
};
