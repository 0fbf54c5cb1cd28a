import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

/** Russian messages of the page frame, the API reference page, cover-field names and the sent-LS mail. */
export const pages: Translation<typeof english> = {
  'meta.title': '{page} — Plenary',
  'meta.inMeeting': '{page} — {meeting}',
  'meta.searchQuery': '{query} — поиск: {group}',
  'nav.main': 'Основная навигация',
  'nav.breadcrumbs': 'Навигационная цепочка',

  'apiref.openapi': 'Описание OpenAPI 3.1 (JSON)',
  'apiref.operations': 'Операции',
  'apiref.scope': 'область действия: {scope}',
  'apiref.noToken': 'токен не нужен',
  'apiref.required': 'обязательный',
  'apiref.body': 'Тело запроса: {types}',
  'apiref.problems': 'Типы ошибок',

  'form.unknownAction':
    'Форма отправила действие, которое эта страница не знает. Обновите страницу и повторите попытку.',

  'submissions.coverField.questions': 'Вопрос(ы)',
  'submissions.coverField.studyGroup': 'Исследовательская комиссия',
  'submissions.coverField.workingParty': 'Рабочая группа',
  'submissions.coverField.meeting': 'Собрание',
  'submissions.coverField.type': 'Предполагаемый тип документа',
  'submissions.coverField.source': 'Источник',
  'submissions.coverField.title': 'Название',
  'submissions.coverField.purpose': 'Цель',
  'submissions.coverField.contact': 'Контактное лицо',
  'submissions.coverField.keywords': 'Ключевые слова',
  'submissions.coverField.abstract': 'Резюме',

  'mail.liaisonSent.subject': 'Заявление о взаимодействии {number}: {title}',
  'mail.liaisonSent.body':
    '{group} направила заявление о взаимодействии «{title}» ({number}), согласованное на собрании {meeting}.\n\nДля принятия мер: {action}\nДля комментариев: {comment}\nДля информации: {information}',
  'mail.liaisonSent.deadline': 'Срок ответа: {date}',
};
