import type { mail as english } from '../en/mail';
import type { Translation } from '../types';

/** Chinese (Simplified) messages of the account e-mails (each sent in the recipient's language). */
export const mail: Translation<typeof english> = {
  'mail.signature': '—\nPlenary',
  'mail.hello': '{name}，您好：',
  'mail.confirm.subject': '[Plenary] 请确认您的电子邮件地址',
  'mail.confirm.intro': '为确认此地址属于您，请打开以下链接，如有提示请登录：',
  'mail.confirm.validity':
    '该链接仅可使用一次，有效期 {hours, plural, other {# 小时}}。地址确认之前，该账户不能提交文件。',
  'mail.confirm.notYou': '如果您并未在 Plenary 上创建账户，请忽略此邮件：不打开链接则不会发生任何事情。',
  'mail.existing.subject': '[Plenary] 有人试图使用您的地址创建账户',
  'mail.existing.intro':
    '有人（可能是您本人）试图使用此电子邮件地址创建 Plenary 账户。由于您已有账户，\n因此未创建新账户，也未作任何更改。',
  'mail.existing.signIn': '登录：{url}',
  'mail.existing.forgot': '如果您忘记了密码，请设置新密码：{url}',
  'mail.existing.notYou': '如果不是您本人操作，您无需采取任何行动。',
  'mail.reset.subject': '[Plenary] 设置新密码',
  'mail.reset.intro': '如需为您的 Plenary 账户设置新密码，请打开以下链接：',
  'mail.reset.validity':
    '该链接仅可使用一次，有效期 {hours, plural, other {# 小时}}。如果您并未提出此申请，请忽略此邮件：您的密码保持不变。',
  'mail.ack.subject':
    '[Plenary] {what, select, replaced {文件已替换} revised {已收到修订版} other {已收到}}：{title}（{meeting}）',
  'mail.ack.intro': 'Plenary 已收到您提交给 {meeting} 的文件。',
  'mail.ack.title': '标题：{title}',
  'mail.ack.revision': '修订版：Rev.{revision}',
  'mail.ack.status': '状态：已提交，等待秘书处登记{late, select, yes {（逾期）} other {}}',
  'mail.ack.received': '收到时间：{utc} UTC（会议当地时间 {local}，{zone}）',
  'mail.ack.files': '文件：',
  'mail.ack.file': '  {role}：{filename}（{size, number} 字节）sha-256 {sha256}',
  'mail.ack.receipt': '回执：{url}',
};
