import type { reservations as english } from '../en/reservations';
import type { Translation } from '../types';

/** Russian messages of numbers members reserve before their document is written. */
export const reservations: Translation<typeof english> = {
  'reservations.link': 'Зарезервировать номер',
  'reservations.title': 'Резервирование номера — {meeting}',
  'reservations.intro':
    'Зарезервируйте номер документа, который вы представите, ещё до того, как он написан. Номер закреплён за вами: загрузите файл до крайнего срока представления вкладов, иначе номер будет отозван как непредставленный (другому документу он не передаётся никогда).',
  'reservations.closes': 'Резервирование до',
  'reservations.filesDue': 'Файлы до',
  'reservations.noDeadline': 'Без крайнего срока',
  'reservations.cap': 'Ваши резервирования без файла',
  'reservations.capValue': '{open} из не более чем {cap}',
  'reservations.mine': 'Ваши резервирования на этом собрании',
  'reservations.none': 'Вы не резервировали номеров на этом собрании.',
  'reservations.number': 'Номер и название',
  'reservations.state': 'Состояние',
  'reservations.upload': 'Загрузка',
  'reservations.waiting': 'зарезервирован — ожидается файл',
  'reservations.notSubmitted': 'отозван — не представлен',
  'reservations.uploadFor': 'Загрузить файл для {number}',
  'reservations.new': 'Зарезервировать новый номер',
  'reservations.formTitle': 'Название документа',
  'reservations.source': 'Источник',
  'reservations.sourceHint': 'Организации-члены (или группа), которые его представят.',
  'reservations.submit': 'Зарезервировать номер',
  'reservations.reservedOk':
    'Номер {number} зарезервирован за вами. Загрузите файл до крайнего срока представления вкладов.',
  'reservations.deadlinePassed':
    'Срок резервирования истёк: резервировать номера на это собрание больше нельзя. Представить документ ещё можно до крайнего срока представления вкладов.',
  'reservations.capReached':
    'У вас уже {cap, plural, one {# зарезервированный номер} few {# зарезервированных номера} many {# зарезервированных номеров} other {# зарезервированного номера}} без файла — максимум для этого собрания. Сначала загрузите файл для одного из них.',
  'reservations.expired':
    'Резервирование номера {number} истекло: файл нужно было загрузить до крайнего срока представления вкладов. Номер остаётся отозванным как непредставленный; представьте документ как новый, если собрание ещё принимает документы.',
  'reservations.notYours':
    'Номер {number} зарезервирован другим участником: загрузить его файл может только он или секретариат.',
  'reservations.typeNotUsed': 'Это собрание не принимает документы такого типа.',
  'reservations.docxOnly': 'Файл должен быть документом Word (.docx), подготовленным по шаблону.',
  'reservations.capInvalid': 'Введите целое число от 0 до 100.',
  'reservations.settings': 'Резервирование номеров членами',
  'reservations.capLabel': 'Сколько номеров без файла может держать один член',
  'reservations.capHint': 'Члены могут резервировать до срока резервирования; 0 запрещает членам резервировать.',
  'reservations.capSave': 'Сохранить',
  'reservations.capSaved': 'Теперь каждый член может держать до {cap} зарезервированных номеров без файла.',
};
