import type { reservations as english } from '../en/reservations';
import type { Translation } from '../types';

/** Chinese messages of numbers members reserve before their document is written. */
export const reservations: Translation<typeof english> = {
  'reservations.link': '预留编号',
  'reservations.title': '预留编号 — {meeting}',
  'reservations.intro':
    '在撰写文件之前，为您将要提交的文件预留编号。该编号归您所有：请在文稿截止日期前上传其文件，否则该编号将作为“未提交”撤回（该编号绝不会分配给其他文件）。',
  'reservations.closes': '预留截止',
  'reservations.filesDue': '文件截止',
  'reservations.noDeadline': '无截止日期',
  'reservations.cap': '您尚无文件的预留',
  'reservations.capValue': '{open} 个，最多 {cap} 个',
  'reservations.mine': '您在本次会议的预留',
  'reservations.none': '您尚未在本次会议预留任何编号。',
  'reservations.number': '编号和标题',
  'reservations.state': '状态',
  'reservations.upload': '上传',
  'reservations.waiting': '已预留 — 等待文件',
  'reservations.notSubmitted': '已撤回 — 未提交',
  'reservations.uploadFor': '上传 {number} 的文件',
  'reservations.new': '预留新编号',
  'reservations.formTitle': '文件标题',
  'reservations.source': '来源',
  'reservations.sourceHint': '将提交该文件的成员组织（或小组）。',
  'reservations.submit': '预留编号',
  'reservations.reservedOk': '{number} 已为您预留。请在文稿截止日期前上传其文件。',
  'reservations.deadlinePassed': '预留截止日期已过：本次会议不能再预留编号。在文稿截止日期前您仍可提交文件。',
  'reservations.capReached':
    '您已有 {cap, plural, other {# 个}}尚无文件的预留编号，已达本次会议允许的上限。请先上传其中一个的文件。',
  'reservations.expired':
    '{number} 的预留已过期：其文件应在文稿截止日期前上传。该编号仍作为“未提交”撤回；如会议仍接受，请将文件作为新文件提交。',
  'reservations.notYours': '{number} 由他人预留：只有预留者或秘书处可以上传其文件。',
  'reservations.typeNotUsed': '本次会议不接受该类型的文件。',
  'reservations.docxOnly': '文件必须是按模板制作的 Word 文档（.docx）。',
  'reservations.capInvalid': '请输入 0 到 100 之间的整数。',
  'reservations.settings': '成员预留编号',
  'reservations.capLabel': '每名成员可持有的无文件预留编号数',
  'reservations.capHint': '成员可在预留截止日期前预留；设为 0 则成员不能预留。',
  'reservations.capSave': '保存',
  'reservations.capSaved': '现在每名成员最多可持有 {cap} 个无文件的预留编号。',
};
