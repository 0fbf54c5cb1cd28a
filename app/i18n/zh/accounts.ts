import type { accounts as english } from '../en/accounts';
import type { Translation } from '../types';

/** Chinese (Simplified) messages for accounts: signing up and in, e-mail confirmation, passwords, the profile. */
export const accounts: Translation<typeof english> = {
  'auth.signInTitle': '登录',
  'auth.signUpTitle': '创建账户',
  'auth.email': '电子邮件',
  'auth.password': '密码',
  'auth.passwordHint': '至少 10 个字符，不易猜测，且不以您的姓名或电子邮件地址为基础：几个互不相关的词组合效果很好。',
  'auth.name': '全名',
  'auth.organisation': '组织',
  'auth.country': '国家',
  'auth.submitSignIn': '登录',
  'auth.submitSignUp': '创建账户',
  'auth.haveAccount': '已有账户？请登录',
  'auth.noAccount': '还没有账户？请创建',
  'auth.invalidCredentials': '电子邮件或密码不正确。',
  'auth.rateLimited': '来自您网络连接的登录尝试次数过多。请于 {wait} 后重试。',
  'auth.slowedDown': '此账户已从多个地点多次输入错误密码，因此每次登录尝试须间隔一段时间。请于 {wait} 后重试。',
  'auth.requestsRateLimited': '来自您网络连接的请求过多。请于 {wait} 后重试。',
  'auth.mailRateLimited': '不久前已向此地址发送了多封电子邮件。请于 {wait} 后重试。',
  'auth.weakPassword': '请选择至少 10 个字符且不常见的密码。',
  'auth.passwordTooLong': '密码过长（最多 256 个字符）。',
  'auth.password.personal': '此密码以您的电子邮件地址或姓名为基础，他人容易猜到。请另选一个。',
  'auth.password.pattern':
    '此密码是一个序列或键盘排列（如 0123456789 或 qwertyuiop），是猜测者最先尝试的密码。请另选一个。',
  'auth.password.common': '此密码属于或接近最常用的密码之一。请另选一个。',
  'auth.password.dates': '日期和年份容易被猜到。请选择不含日期的密码，或再加长一些。',
  'auth.password.guessable': '此密码容易被猜到。几个互不相关的词可以组成一个既长又好记的密码。',
  'auth.forgot': '忘记密码？',

  'auth.signUp.sentTitle': '请查收电子邮件',
  'auth.signUp.sent':
    '我们已向您提供的地址发送了一封邮件。请打开其中的链接以确认您的地址，之后即可登录并提交文件。如果几分钟内未收到邮件，请查看垃圾邮件文件夹。',

  'auth.confirm.title': '确认您的电子邮件地址',
  'auth.confirm.intro': '请确认 {email} 是您的地址。',
  'auth.confirm.button': '确认我的地址',
  'auth.confirm.done': '您的电子邮件地址已确认。',
  'auth.confirm.already': '您的电子邮件地址此前已确认。',
  'auth.confirm.badLink': '此确认链接对您的账户无效、已被使用或已过期。请在下方申请新链接。',
  'auth.confirm.needed': '提交文件前，请先确认您的电子邮件地址（{email}）：打开我们发送给您的链接。',
  'auth.confirm.beforeSubmitting':
    '提交文件前，请先确认您的电子邮件地址：打开我们发送给您的链接，或在个人资料页面申请新链接。',
  'auth.confirm.resend': '重新发送链接',
  'auth.confirm.resent': '新链接已发出；之前的链接已失效。',
  'auth.confirm.confirmed': '已确认',
  'auth.confirm.unconfirmed': '尚未确认',

  'auth.reset.requestTitle': '忘记密码？',
  'auth.reset.requestIntro': '请提供您账户的电子邮件地址，我们将向您发送设置新密码的链接。',
  'auth.reset.requestButton': '发送链接',
  'auth.reset.requested': '如果存在使用此地址的账户，设置新密码的链接已发出。该链接一小时内有效。',
  'auth.reset.title': '设置新密码',
  'auth.reset.newPassword': '新密码',
  'auth.reset.button': '保存新密码',
  'auth.reset.badLink': '此链接无效、已被使用或已过期。请申请新链接。',
  'auth.reset.done': '您的新密码已保存，您已登录。您账户的其他会话均已退出。',
  'auth.signedOut': '您已退出。',
  'auth.required': '请登录后继续。',

  'profile.title': '您的个人资料',
  'profile.save': '保存个人资料',
  'profile.saved': '您的个人资料已保存。',
  'profile.roles': '您的角色',
  'profile.noRoles': '您目前在任何组中均无角色。',
};
