import type { api as english } from '../en/api';
import type { Translation } from '../types';

/** Chinese (Simplified) messages of the JSON API (problem documents) and of the profile's access tokens. */
export const api: Translation<typeof english> = {
  'api.unauthenticated':
    '此调用需要个人访问令牌，以“Authorization: Bearer plenary_…”形式发送。请在个人资料页面创建令牌。',
  'api.cookieNotAccepted':
    'API 不会基于已登录的浏览器会话执行操作。请以“Authorization: Bearer plenary_…”形式发送个人访问令牌。',
  'api.tokenUnknown': '无法识别此访问令牌。请检查是否完整复制，或创建新令牌。',
  'api.tokenRevoked': '此访问令牌已被撤销。请在个人资料页面创建新令牌。',
  'api.tokenExpired': '此访问令牌已过期。请在个人资料页面创建新令牌。',
  'api.scope': '此访问令牌不具备此调用所需的“{scope}”权限范围。',
  'api.rateLimited': '使用此访问令牌的调用过多。请于 {wait} 后重试。',
  'api.routeNotFound': '不存在此 API 地址。地址列表见 /api/v1/openapi.json。',
  'api.methodNotAllowed': '此地址不接受 {method}。可接受：{allowed}。',
  'api.jsonRequired': '请以 JSON 格式发送请求正文，并附“Content-Type: application/json”。',
  'api.badJson': '请求正文不是有效的 JSON：{reason}。',
  'api.bodyTooLarge': 'JSON 请求正文过大（最多 {max} KB）。',
  'api.multipartRequired': '请以 multipart/form-data 格式发送请求正文，文件放在名为“file”的部分中。',
  'api.badMetadata': '“metadata”部分不是有效的 JSON：{reason}。',
  'api.metadataObject': '“metadata”部分必须是一个 JSON 对象。',
  'api.fileRequired': '请在名为“file”的部分中发送要读取的文件。',
  'api.limit': 'limit 必须是 1 至 {max} 之间的整数。',
  'api.cursor': '此游标并非由此列表给出（或筛选条件已更改）。请不带游标重新开始。',
  'api.field.type': '此值的类型有误；请参阅 API 参考。',
  'api.field.unknown': '此处不识别该字段。',
  'api.problem': '请求存在问题；请参阅“errors”。',

  'api.token.nameTooLong': '请为令牌取一个较短的名称（最多 100 个字符）。',
  'api.token.scopeUnknown': '权限范围为 read、submit 和 manage。',
  'api.token.scopesRequired': '请至少选择一个权限范围。',
  'api.token.days': '令牌的有效期为 1 至 366 天。',

  'tokens.title': '个人访问令牌',
  'tokens.intro':
    '令牌可让程序以您的身份、按您的权限使用 API（/api），并仅限于您选择的权限范围。请像密码一样妥善保密。',
  'tokens.reference': 'API 参考',
  'tokens.name': '名称',
  'tokens.nameHint': '用途说明，例如“会议机器人”。',
  'tokens.scopes': '权限范围',
  'tokens.scope.read': 'read：读取您可查看的会议、文件和电子文件',
  'tokens.scope.submit': 'submit：提交文稿和修订版，读取封面页',
  'tokens.scope.manage': 'manage：在您的角色允许范围内登记、分配、决定和发布',
  'tokens.days': '有效期（天）',
  'tokens.create': '创建令牌',
  'tokens.created': '您的新令牌“{name}”。请立即复制：它将不再显示。',
  'tokens.none': '您没有访问令牌。',
  'tokens.created.at': '创建时间',
  'tokens.lastUsed': '最近使用',
  'tokens.expires': '到期时间',
  'tokens.never': '从不',
  'tokens.notUsed': '尚未使用',
  'tokens.revoked': '已撤销',
  'tokens.expired': '已过期',
  'tokens.revoke': '撤销',
  'tokens.revokedDone': '令牌已撤销。',
  'tokens.list': '您的令牌',
};
