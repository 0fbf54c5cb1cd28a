import type { accounts as english } from '../en/accounts';
import type { Translation } from '../types';

/** Arabic messages for accounts: signing up and in, e-mail confirmation, passwords, the profile. */
export const accounts: Translation<typeof english> = {
  'auth.signInTitle': 'تسجيل الدخول',
  'auth.signUpTitle': 'إنشاء حساب',
  'auth.email': 'البريد الإلكتروني',
  'auth.password': 'كلمة المرور',
  'auth.passwordHint':
    'عشرة محارف على الأقل، يصعب تخمينها ولا تقوم على اسمك أو عنوان بريدك الإلكتروني: بضع كلمات لا رابط بينها خيار جيد.',
  'auth.name': 'الاسم الكامل',
  'auth.organisation': 'المنظمة',
  'auth.country': 'البلد',
  'auth.submitSignIn': 'تسجيل الدخول',
  'auth.submitSignUp': 'إنشاء الحساب',
  'auth.haveAccount': 'لديك حساب بالفعل؟ سجّل الدخول',
  'auth.noAccount': 'ليس لديك حساب؟ أنشئ حساباً',
  'auth.invalidCredentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'auth.rateLimited': 'محاولات تسجيل دخول كثيرة جداً من اتصالك. أعد المحاولة بعد {wait}.',
  'auth.slowedDown':
    'تلقّى هذا الحساب كلمات مرور خاطئة كثيرة من عدة أماكن، ولذلك تُباعَد المحاولات. أعد المحاولة بعد {wait}.',
  'auth.requestsRateLimited': 'طلبات كثيرة جداً من اتصالك. أعد المحاولة بعد {wait}.',
  'auth.mailRateLimited': 'أُرسلت عدة رسائل إلى هذا العنوان قبل قليل. أعد المحاولة بعد {wait}.',
  'auth.weakPassword': 'اختر كلمة مرور من عشرة محارف على الأقل وليست من كلمات المرور الشائعة.',
  'auth.passwordTooLong': 'كلمة المرور أطول من اللازم (256 محرفاً على الأكثر).',
  'auth.password.personal':
    'تقوم كلمة المرور هذه على عنوان بريدك الإلكتروني أو اسمك، وهو ما يمكن للآخرين تخمينه. اختر كلمة أخرى.',
  'auth.password.pattern':
    'كلمة المرور هذه تسلسل أو نمط على لوحة المفاتيح (مثل 0123456789 أو qwertyuiop)، وهو أول ما يجرّبه من يحاول التخمين. اختر كلمة أخرى.',
  'auth.password.common': 'كلمة المرور هذه من أكثر كلمات المرور شيوعاً أو قريبة منها. اختر كلمة أخرى.',
  'auth.password.dates': 'يسهل تخمين التواريخ والسنوات. اختر كلمة مرور لا تتضمنها، أو أضف إليها المزيد.',
  'auth.password.guessable': 'يسهل تخمين كلمة المرور هذه. بضع كلمات لا رابط بينها تعطي كلمة مرور طويلة يسهل تذكرها.',
  'auth.forgot': 'هل نسيت كلمة المرور؟',

  'auth.signUp.sentTitle': 'تحقق من بريدك الإلكتروني',
  'auth.signUp.sent':
    'أرسلنا رسالة إلى العنوان الذي قدمته. افتح الرابط الوارد فيها لتأكيد عنوانك؛ وبعد ذلك يمكنك تسجيل الدخول وتقديم الوثائق. وإذا لم تصل أي رسالة خلال بضع دقائق، فابحث في مجلد البريد غير المرغوب فيه.',

  'auth.confirm.title': 'تأكيد عنوان بريدك الإلكتروني',
  'auth.confirm.intro': 'أكّد أن العنوان {email} هو عنوانك.',
  'auth.confirm.button': 'تأكيد عنواني',
  'auth.confirm.done': 'تأكّد عنوان بريدك الإلكتروني.',
  'auth.confirm.already': 'عنوان بريدك الإلكتروني مؤكَّد من قبل.',
  'auth.confirm.badLink':
    'رابط التأكيد هذا غير صالح لحسابك، أو سبق استخدامه، أو انتهت صلاحيته. اطلب رابطاً جديداً أدناه.',
  'auth.confirm.needed': 'أكّد عنوان بريدك الإلكتروني ({email}) قبل تقديم الوثائق: افتح الرابط الذي أرسلناه إليك.',
  'auth.confirm.beforeSubmitting':
    'أكّد عنوان بريدك الإلكتروني قبل تقديم الوثائق: افتح الرابط الذي أرسلناه إليك، أو اطلب رابطاً جديداً من صفحة ملفك الشخصي.',
  'auth.confirm.resend': 'إعادة إرسال الرابط',
  'auth.confirm.resent': 'رابط جديد في الطريق إليك؛ ولم يعد الرابط السابق صالحاً.',
  'auth.confirm.confirmed': 'مؤكَّد',
  'auth.confirm.unconfirmed': 'غير مؤكَّد بعد',

  'auth.reset.requestTitle': 'هل نسيت كلمة المرور؟',
  'auth.reset.requestIntro': 'أدخل عنوان البريد الإلكتروني لحسابك وسنرسل إليك رابطاً لاختيار كلمة مرور جديدة.',
  'auth.reset.requestButton': 'إرسال الرابط',
  'auth.reset.requested':
    'إذا كان هناك حساب بهذا العنوان، فإن رابطاً لاختيار كلمة مرور جديدة في الطريق إليه. ويصلح الرابط لمدة ساعة واحدة.',
  'auth.reset.title': 'اختيار كلمة مرور جديدة',
  'auth.reset.newPassword': 'كلمة المرور الجديدة',
  'auth.reset.button': 'حفظ كلمة المرور الجديدة',
  'auth.reset.badLink': 'هذا الرابط غير صالح، أو سبق استخدامه، أو انتهت صلاحيته. اطلب رابطاً جديداً.',
  'auth.reset.done': 'حُفظت كلمة المرور الجديدة، وأنت الآن مسجَّل الدخول. وأُنهيت الجلسات الأخرى لحسابك.',
  'auth.signedOut': 'سُجّل خروجك.',
  'auth.required': 'سجّل الدخول للمتابعة.',

  'profile.title': 'ملفك الشخصي',
  'profile.save': 'حفظ الملف الشخصي',
  'profile.saved': 'حُفظ ملفك الشخصي.',
  'profile.roles': 'أدوارك',
  'profile.noRoles': 'ليس لديك أي دور في أي فريق بعد.',
};
