import { describe, expect, it } from 'vitest';
import { passwordResetMail } from '../../app/features/accounts/account-mail.server';
import { translate, LOCALES, type Locale } from '../../app/i18n';
import { documentLabels, documentLocale } from '../../app/i18n/document-labels';
import { pickLocale } from '../../app/i18n/locales';
import { requestLocale, sameSiteReturnPath } from '../../app/platform/i18n.server';

const SIX: Locale[] = ['en', 'ar', 'zh', 'fr', 'ru', 'es'];

describe('choosing the language', () => {
  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de, en;q=0.5, ar;q=0.7', 'ar'],
    ['zh-CN,zh;q=0.9', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-TW', 'zh'],
    ['ar-EG', 'ar'],
    ['RU-ru;q=0.3, es;q=0.2', 'ru'],
    ['fr;q=0, es', 'es'],
    ['de, it', 'en'],
    ['', 'en'],
    ['*;q=0.1, fr;q=garbage', 'en'],
  ])('Accept-Language %j gives %s', (header, expected) => {
    expect(pickLocale(header, SIX)).toBe(expected);
  });

  it('offers only the languages whose catalogue is complete', () => {
    for (const locale of SIX) expect(pickLocale(locale)).toBe((LOCALES as string[]).includes(locale) ? locale : 'en');
  });

  it("takes the account's choice first, then the cookie, then the browser's", () => {
    const offered = LOCALES[LOCALES.length - 1];
    expect(requestLocale({ locale: offered }, 'plenary_locale=en', 'en')).toBe(offered);
    expect(requestLocale({ locale: null }, `a=b; plenary_locale=${offered}`, 'en')).toBe(offered);
    expect(requestLocale(null, 'plenary_locale=xx', `${offered};q=0.5`)).toBe(offered);
    expect(requestLocale({ locale: 'xx' }, 'plenary_locale=%E0%A4%A', 'xx')).toBe('en');
  });

  it.each([
    ['/meetings/fgmv-1/documents?type=td#list', '/meetings/fgmv-1/documents?type=td#list'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/a\nb', '/'],
    [undefined, '/'],
  ])('returns to %j as %j', (to, expected) => {
    expect(sameSiteReturnPath(to)).toBe(expected);
  });
});

describe('in the reader’s language', () => {
  it.each(LOCALES)('an account mail to a member who chose %s is written in it', (locale) => {
    const mail = passwordResetMail('https://plenary.test', { email: 'a@b.org', name: 'Ana', locale }, 'tok');
    expect(mail.subject).toBe(translate(locale, 'mail.reset.subject'));
    expect(mail.text).toContain(translate(locale, 'mail.hello', { name: 'Ana' }));
    expect(mail.text).toContain('https://plenary.test/reset-password?token=tok');
  });

  it('writes in English to an account without a language, or with one no longer offered', () => {
    for (const locale of [null, 'xx']) {
      const mail = passwordResetMail('https://plenary.test', { email: 'a@b.org', name: 'Ana', locale }, 'tok');
      expect(mail.subject).toBe('[Plenary] Choose a new password');
      expect(mail.text).toContain('for 1 hour.');
    }
  });

  it("labels generated documents in the meeting's working language unless another is asked for", () => {
    expect(documentLocale({ language: null })).toBe('en');
    expect(documentLocale({ language: 'xx' }, 'en')).toBe('en');
    for (const locale of LOCALES) {
      const labels = documentLabels(documentLocale({ language: locale }));
      expect(labels.source).toBe(translate(locale, 'doc.source'));
      expect(labels.label('studyPeriod', { period: '2025-2028' })).toContain('2025-2028');
    }
    expect(documentLabels('en')).toMatchObject({ source: 'Source:', question: 'Question(s):', agenda: 'Agenda' });
  });
});
