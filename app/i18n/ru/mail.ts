import type { mail as english } from '../en/mail';
import type { Translation } from '../types';

/** Russian messages of the account e-mails (each sent in the recipient's language). */
export const mail: Translation<typeof english> = {
  'mail.signature': '—\nPlenary',
  'mail.hello': 'Здравствуйте, {name}!',
  'mail.confirm.subject': '[Plenary] Подтвердите свой адрес электронной почты',
  'mail.confirm.intro':
    'Чтобы подтвердить, что этот адрес принадлежит вам, откройте эту ссылку и при необходимости войдите в систему:',
  'mail.confirm.validity':
    'Ссылку можно использовать один раз в течение {hours, plural, one {# часа} few {# часов} many {# часов} other {# часа}}. Пока адрес не подтвержден, с этой учетной записи нельзя представлять документы.',
  'mail.confirm.notYou':
    'Если вы не создавали учетную запись в Plenary, не обращайте внимания на это сообщение: без перехода по ссылке ничего не произойдет.',
  'mail.existing.subject': '[Plenary] Кто-то пытался создать учетную запись с вашим адресом',
  'mail.existing.intro':
    'Кто-то (возможно, вы) пытался создать учетную запись Plenary с этим адресом электронной почты. У вас она уже есть, поэтому\nновая учетная запись не создана и ничего не изменилось.',
  'mail.existing.signIn': 'Вход: {url}',
  'mail.existing.forgot': 'Если вы забыли пароль, выберите новый: {url}',
  'mail.existing.notYou': 'Если это были не вы, ничего делать не нужно.',
  'mail.reset.subject': '[Plenary] Выберите новый пароль',
  'mail.reset.intro': 'Чтобы выбрать новый пароль для вашей учетной записи Plenary, откройте эту ссылку:',
  'mail.reset.validity':
    'Ссылку можно использовать один раз в течение {hours, plural, one {# часа} few {# часов} many {# часов} other {# часа}}. Если вы ее не запрашивали, не обращайте внимания на это сообщение: ваш пароль останется прежним.',
  'mail.ack.subject':
    '[Plenary] {what, select, replaced {Файл заменен} revised {Пересмотр получен} other {Получено}}: {title} ({meeting})',
  'mail.ack.intro': 'Plenary получил ваш документ для собрания {meeting}.',
  'mail.ack.title': 'Название: {title}',
  'mail.ack.revision': 'Пересмотр: Rev.{revision}',
  'mail.ack.status':
    'Статус: представлен, ожидает регистрации секретариатом{late, select, yes { (с опозданием)} other {}}',
  'mail.ack.received': 'Получен: {utc} UTC ({local} по времени собрания, {zone})',
  'mail.ack.files': 'Файлы:',
  'mail.ack.file': '  {role}: {filename} ({size, number} байт) sha-256 {sha256}',
  'mail.ack.receipt': 'Подтверждение получения: {url}',
};
