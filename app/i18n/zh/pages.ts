import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

/** Chinese messages of the page frame, the API reference page, cover-field names and the sent-LS mail. */
export const pages: Translation<typeof english> = {
  'meta.title': '{page} — Plenary',
  'meta.inMeeting': '{page} — {meeting}',
  'meta.searchQuery': '{query} — 搜索 {group}',
  'nav.main': '主导航',
  'nav.breadcrumbs': '导航路径',

  'apiref.openapi': 'OpenAPI 3.1 说明（JSON）',
  'apiref.operations': '操作',
  'apiref.scope': '权限范围：{scope}',
  'apiref.noToken': '无需令牌',
  'apiref.required': '必填',
  'apiref.body': '请求体：{types}',
  'apiref.problems': '问题类型',

  'form.unknownAction': '表单发送了本页面无法识别的操作。请重新加载页面后再试。',

  'submissions.coverField.questions': '课题',
  'submissions.coverField.studyGroup': '研究组',
  'submissions.coverField.workingParty': '工作组',
  'submissions.coverField.meeting': '会议',
  'submissions.coverField.type': '拟定文件类型',
  'submissions.coverField.source': '来源',
  'submissions.coverField.title': '标题',
  'submissions.coverField.purpose': '目的',
  'submissions.coverField.contact': '联系人',
  'submissions.coverField.keywords': '关键词',
  'submissions.coverField.abstract': '摘要',

  'mail.liaisonSent.subject': '联络声明 {number}：{title}',
  'mail.liaisonSent.body':
    '{group} 已发出联络声明“{title}”（{number}），该声明在 {meeting} 上商定。\n\n供采取行动：{action}\n供评论：{comment}\n供参考：{information}',
  'mail.liaisonSent.deadline': '答复截止日期：{date}',
};
