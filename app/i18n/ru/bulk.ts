import type { bulk as english } from '../en/bulk';
import type { Translation } from '../types';

/** Russian messages of bulk actions over a list. */
export const bulk: Translation<typeof english> = {
  'bulk.bar': 'Групповые действия',
  'bulk.selected':
    '{count, plural, =0 {Документы не выбраны} one {Выбран # документ} few {Выбрано # документа} many {Выбрано # документов} other {Выбрано # документа}}',
  'bulk.selectMatching':
    '{count, plural, one {Выбрать # подходящий документ} few {Выбрать все # подходящих документа} many {Выбрать все # подходящих документов} other {Выбрать все # подходящего документа}}',
  'bulk.confirm.heading': 'Подтвердите изменение',
  'bulk.confirm.text':
    '{count, plural, one {Будет изменён # документ: подтвердите} few {Будут изменены # документа: подтвердите} many {Будут изменены # документов: подтвердите} other {Будут изменены # документа: подтвердите}}',
  'bulk.confirm.button': 'Подтвердить',
  'bulk.confirm.cancel': 'Отмена',
  'bulk.done.publish':
    '{count, plural, one {Опубликован # документ} few {Опубликовано # документа} many {Опубликовано # документов} other {Опубликовано # документа}}',
  'bulk.done.unpublish':
    '{count, plural, one {Из списка снят # документ} few {Из списка снято # документа} many {Из списка снято # документов} other {Из списка снято # документа}}',
  'bulk.done.public':
    '{count, plural, one {Открыт для всех # документ} few {Открыто для всех # документа} many {Открыто для всех # документов} other {Открыто для всех # документа}}',
  'bulk.done.members':
    '{count, plural, one {Только для членов: # документ} few {Только для членов: # документа} many {Только для членов: # документов} other {Только для членов: # документа}}',
  'bulk.done.move':
    '{count, plural, one {Перемещён # документ} few {Перемещено # документа} many {Перемещено # документов} other {Перемещено # документа}}',
  'bulk.done.reallocate':
    '{count, plural, one {Перераспределён # документ} few {Перераспределено # документа} many {Перераспределено # документов} other {Перераспределено # документа}}',
  'bulk.done.handback':
    '{count, plural, one {Возвращён # документ} few {Возвращено # документа} many {Возвращено # документов} other {Возвращено # документа}}',
};
