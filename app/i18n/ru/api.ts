import type { api as english } from '../en/api';
import type { Translation } from '../types';

/** Russian messages of the JSON API (problem documents) and of the profile's access tokens. */
export const api: Translation<typeof english> = {
  'api.unauthenticated':
    'Для этого вызова нужен персональный токен доступа, передаваемый как "Authorization: Bearer plenary_…". Создайте его на странице профиля.',
  'api.cookieNotAccepted':
    'API не выполняет действия в рамках сеанса браузера, в котором выполнен вход. Передайте персональный токен доступа как "Authorization: Bearer plenary_…".',
  'api.tokenUnknown': 'Этот токен доступа неизвестен. Проверьте, что он скопирован полностью, или создайте новый.',
  'api.tokenRevoked': 'Этот токен доступа отозван. Создайте новый на странице профиля.',
  'api.tokenExpired': 'Срок действия этого токена доступа истек. Создайте новый на странице профиля.',
  'api.scope': 'У этого токена доступа нет области действия "{scope}", необходимой для этого вызова.',
  'api.rateLimited': 'Слишком много вызовов с этим токеном доступа. Повторите попытку через {wait}.',
  'api.routeNotFound': 'Такого адреса API нет. Список адресов находится по адресу /api/v1/openapi.json.',
  'api.methodNotAllowed': 'Этот адрес не принимает {method}. Допустимые методы: {allowed}.',
  'api.jsonRequired': 'Передайте тело запроса в формате JSON, с заголовком "Content-Type: application/json".',
  'api.badJson': 'Тело запроса не является допустимым JSON: {reason}.',
  'api.bodyTooLarge': 'Тело запроса JSON слишком велико (не более {max} КБ).',
  'api.multipartRequired': 'Передайте тело запроса как multipart/form-data, с файлом в части с именем "file".',
  'api.badMetadata': 'Часть "metadata" не является допустимым JSON: {reason}.',
  'api.metadataObject': 'Часть "metadata" должна быть объектом JSON.',
  'api.fileRequired': 'Передайте файл для чтения в части с именем "file".',
  'api.limit': 'limit должен быть целым числом от 1 до {max}.',
  'api.cursor': 'Этот курсор не был выдан этим списком (или фильтры изменились). Начните заново без курсора.',
  'api.field.type': 'Значение имеет неверный тип; см. справочник по API.',
  'api.field.unknown': 'Это поле здесь не предусмотрено.',
  'api.problem': 'В запросе есть ошибки; см. "errors".',

  'api.token.nameTooLong': 'Укажите для токена более короткое имя (не более 100 символов).',
  'api.token.scopeUnknown': 'Области действия: read, submit и manage.',
  'api.token.scopesRequired': 'Выберите хотя бы одну область действия.',
  'api.token.days': 'Срок действия токена — от 1 до 366 дней.',

  'tokens.title': 'Персональные токены доступа',
  'tokens.intro':
    'Токен позволяет программе использовать API (/api) от вашего имени, с вашими правами, в пределах выбранных вами областей действия. Храните его в тайне, как пароль.',
  'tokens.reference': 'Справочник по API',
  'tokens.name': 'Имя',
  'tokens.nameHint': 'Для чего он предназначен, например «Бот собрания».',
  'tokens.scopes': 'Области действия',
  'tokens.scope.read': 'read: собрания, документы и файлы, которые вам доступны',
  'tokens.scope.submit': 'submit: представление вкладов и пересмотров, чтение титульных страниц',
  'tokens.scope.manage': 'manage: регистрация, распределение, принятие решений и публикация в пределах ваших ролей',
  'tokens.days': 'Срок действия (дней)',
  'tokens.create': 'Создать токен',
  'tokens.created': 'Ваш новый токен «{name}». Скопируйте его сейчас: больше он показан не будет.',
  'tokens.none': 'У вас нет токенов доступа.',
  'tokens.created.at': 'Создан',
  'tokens.lastUsed': 'Последнее использование',
  'tokens.expires': 'Действует до',
  'tokens.never': 'бессрочно',
  'tokens.notUsed': 'еще не использовался',
  'tokens.revoked': 'отозван',
  'tokens.expired': 'просрочен',
  'tokens.revoke': 'Отозвать',
  'tokens.revokedDone': 'Токен отозван.',
  'tokens.list': 'Ваши токены',
};
