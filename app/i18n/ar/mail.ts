import type { mail as english } from '../en/mail';
import type { Translation } from '../types';

/** Arabic messages of the account e-mails (each sent in the recipient's language). */
export const mail: Translation<typeof english> = {
  'mail.signature': '—\nPlenary',
  'mail.hello': 'السيد/السيدة {name}،',
  'mail.confirm.subject': '[Plenary] تأكيد عنوان بريدك الإلكتروني',
  'mail.confirm.intro': 'لتأكيد أن هذا العنوان يخصك، افتح الرابط التالي وسجّل الدخول إذا طُلب منك ذلك:',
  'mail.confirm.validity':
    'يصلح الرابط لمرة واحدة، خلال {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}. ولا يمكن تقديم الوثائق من الحساب قبل تأكيد العنوان.',
  'mail.confirm.notYou': 'إذا لم تنشئ حساباً في Plenary، فتجاهل هذه الرسالة: لن يحدث شيء دون الرابط.',
  'mail.existing.subject': '[Plenary] محاولة لإنشاء حساب بعنوان بريدك الإلكتروني',
  'mail.existing.intro':
    'حاول شخص ما (ربما أنت) إنشاء حساب في Plenary بعنوان البريد الإلكتروني هذا. ولديك حساب بالفعل، ولذلك لم يُنشأ\nأي حساب ولم يتغير شيء.',
  'mail.existing.signIn': 'لتسجيل الدخول: {url}',
  'mail.existing.forgot': 'إذا نسيت كلمة المرور، فاختر كلمة مرور جديدة: {url}',
  'mail.existing.notYou': 'إذا لم تكن أنت صاحب المحاولة، فلا حاجة إلى أي إجراء.',
  'mail.reset.subject': '[Plenary] اختيار كلمة مرور جديدة',
  'mail.reset.intro': 'لاختيار كلمة مرور جديدة لحسابك في Plenary، افتح الرابط التالي:',
  'mail.reset.validity':
    'يصلح الرابط لمرة واحدة، خلال {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}. وإذا لم تطلبه، فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي.',
  'mail.ack.subject':
    '[Plenary] {what, select, replaced {استُبدل الملف} revised {استُلمت المراجعة} other {استُلمت الوثيقة}}: {title} ({meeting})',
  'mail.ack.intro': 'استلمت Plenary وثيقتك المقدَّمة إلى {meeting}.',
  'mail.ack.title': 'العنوان: {title}',
  'mail.ack.revision': 'المراجعة: Rev.{revision}',
  'mail.ack.status': 'الحالة: مقدَّمة، في انتظار تسجيلها من الأمانة{late, select, yes { (متأخرة)} other {}}',
  'mail.ack.received': 'الاستلام: {utc} UTC ({local} بتوقيت الاجتماع، {zone})',
  'mail.ack.files': 'الملفات:',
  'mail.ack.file': '  {role}: {filename} ({size, number} بايت) sha-256 {sha256}',
  'mail.ack.receipt': 'الإيصال: {url}',
};
