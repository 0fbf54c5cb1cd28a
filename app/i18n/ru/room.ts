import type { room as english } from '../en/room';
import type { Translation } from '../types';

/** Russian messages of the meeting room. */
export const room: Translation<typeof english> = {
  'room.title': 'Зал собрания',
  'room.nav': 'Зал собрания',
  'room.now': 'Сейчас в зале',
  'room.nothing': 'Ничего не отмечено как обсуждаемое.',
  'room.item': 'Пункт {label}: {title}',
  'room.document': 'Документ',
  'room.since': 'с {time}',
  'room.decision': 'Решение: {decision}',
  'room.decisionTarget': 'Решение: {decision} ({target})',
  'room.history': 'Ранее в зале',
  'room.history.item': '{time} рассмотрение пункта {label}',
  'room.history.document': '{time} представлен документ {document}',
  'room.history.clear': '{time} зал освобожден',
  'room.open': 'Открыть зал собрания',
  'room.live': 'В прямом эфире',
  'room.offline': 'Нет связи: обновите страницу, чтобы увидеть изменения',
  'room.refreshes': 'Эта страница обновляется каждые 20 секунд.',
  'room.controls': 'Ведение зала',
  'room.controls.help':
    'Выберите пункт повестки дня и, если он представляется, документ. Все, кто следит за собранием, сразу это увидят.',
  'room.field.item': 'Пункт повестки дня',
  'room.field.itemNone': 'Пункт самого документа',
  'room.field.document': 'Представляемый документ',
  'room.field.documentNone': 'Без документа',
  'room.move': 'Показать в зале',
  'room.clear': 'Освободить зал',
  'room.moved': 'Теперь зал показывает ваш выбор.',
  'room.cleared': 'Зал освобожден.',
  'room.noAgenda': 'В повестке дня собрания еще нет пунктов: сначала подготовьте повестку дня.',
  'room.recordDecision': 'Записать решение по документу {document}',
  'room.chooseItem': 'Выберите пункт повестки дня или документ.',
  'room.itemNotOnAgenda': 'Этого пункта нет в повестке дня данного собрания.',
  'room.documentUnknown': 'Такого документа нет.',
  'room.documentOtherMeeting':
    'Этот документ относится к другому собранию: выберите один из документов этого собрания.',
  'room.documentNotListed': 'Этого документа еще нет в списке собрания (он не зарегистрирован).',
  'room.moveForbidden': 'Вести зал собрания могут только председатель группы собрания и секретариат.',
  'room.readForbidden': 'Зал собрания открыт для членов группы собрания.',
};
