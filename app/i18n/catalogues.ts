/**
 * Every language's catalogue, by locale. A new language: a folder app/i18n/<code>/ with the English file names and
 * keys, an aggregate file app/i18n/<code>.ts like en.ts, one line here, and its code in LOCALES (locales.ts).
 */
import { en, type MessageKey } from './en';
import { zh } from './zh';
import { ar } from './ar';
import type { Locale } from './locales';
import { ru } from './ru';
import { fr } from './fr';
import { es } from './es';

export type Catalogue = Readonly<Record<MessageKey, string>>;

export const CATALOGUES: Partial<Record<Locale, Catalogue>> = { en, zh, ar, ru, fr, es };
