import type { api as english } from '../en/api';
import type { Translation } from '../types';

/** Arabic messages of the JSON API (problem documents) and of the profile's access tokens. */
export const api: Translation<typeof english> = {
  'api.unauthenticated':
    'يتطلب هذا الطلب رمز نفاذ شخصياً يُرسَل بالشكل "\u2068Authorization: Bearer plenary_…\u2069". أنشئ رمزاً من صفحة ملفك الشخصي.',
  'api.cookieNotAccepted':
    'لا تعمل واجهة API بجلسة متصفح مسجَّلة الدخول. أرسل رمز نفاذ شخصياً بالشكل "\u2068Authorization: Bearer plenary_…\u2069".',
  'api.tokenUnknown': 'رمز النفاذ هذا غير معروف. تحقق من نسخه كاملاً، أو أنشئ رمزاً جديداً.',
  'api.tokenRevoked': 'أُلغي رمز النفاذ هذا. أنشئ رمزاً جديداً من صفحة ملفك الشخصي.',
  'api.tokenExpired': 'انتهت صلاحية رمز النفاذ هذا. أنشئ رمزاً جديداً من صفحة ملفك الشخصي.',
  'api.scope': 'ليس لرمز النفاذ هذا النطاق "{scope}" الذي يتطلبه هذا الطلب.',
  'api.rateLimited': 'طلبات كثيرة جداً برمز النفاذ هذا. أعد المحاولة بعد {wait}.',
  'api.routeNotFound': 'لا يوجد عنوان API كهذا. قائمة العناوين في /api/v1/openapi.json.',
  'api.methodNotAllowed': 'لا يقبل هذا العنوان الطريقة {method}. الطرق المقبولة: {allowed}.',
  'api.jsonRequired': 'أرسل المتن بنسق JSON، مع "\u2068Content-Type: application/json\u2069".',
  'api.badJson': 'المتن ليس JSON صالحاً: {reason}.',
  'api.bodyTooLarge': 'متن JSON أكبر من اللازم ({max} كيلوبايت على الأكثر).',
  'api.multipartRequired': 'أرسل المتن بنسق multipart/form-data، والملف في جزء اسمه "file".',
  'api.badMetadata': 'الجزء "metadata" ليس JSON صالحاً: {reason}.',
  'api.metadataObject': 'يجب أن يكون الجزء "metadata" كائن JSON.',
  'api.fileRequired': 'أرسل الملف المطلوب قراءته في جزء اسمه "file".',
  'api.limit': 'يجب أن تكون قيمة limit عدداً صحيحاً من 1 إلى {max}.',
  'api.cursor': 'لم يصدر هذا المؤشر (cursor) عن هذه القائمة (أو تغيّرت المرشحات). ابدأ من جديد دون مؤشر.',
  'api.field.type': 'نوع هذه القيمة خاطئ؛ انظر مرجع API.',
  'api.field.unknown': 'هذا الحقل غير معروف هنا.',
  'api.problem': 'في الطلب مشكلات؛ انظر "errors".',

  'api.token.nameTooLong': 'أعط الرمز اسماً أقصر (100 محرف على الأكثر).',
  'api.token.scopeUnknown': 'النطاقات هي read وsubmit وmanage.',
  'api.token.scopesRequired': 'اختر نطاقاً واحداً على الأقل.',
  'api.token.days': 'تنتهي صلاحية الرمز بعد مدة من 1 إلى 366 يوماً.',

  'tokens.title': 'رموز النفاذ الشخصية',
  'tokens.intro':
    'يتيح الرمز لبرنامج ما استخدام واجهة API (/api) باسمك وبصلاحياتك، في حدود النطاقات التي تختارها. احفظه سراً ككلمة المرور.',
  'tokens.reference': 'مرجع API',
  'tokens.name': 'الاسم',
  'tokens.nameHint': 'الغرض منه، مثل "روبوت الاجتماعات".',
  'tokens.scopes': 'النطاقات',
  'tokens.scope.read': 'read: الاجتماعات والوثائق والملفات التي يحق لك الاطلاع عليها',
  'tokens.scope.submit': 'submit: تقديم المساهمات والمراجعات، وقراءة صفحات الغلاف',
  'tokens.scope.manage': 'manage: التسجيل والإسناد والبت والنشر، حيثما تسمح أدوارك بذلك',
  'tokens.days': 'تنتهي الصلاحية بعد (أيام)',
  'tokens.create': 'إنشاء رمز',
  'tokens.created': 'رمزك الجديد "{name}". انسخه الآن: لن يُعرض مرة أخرى.',
  'tokens.none': 'ليس لديك رموز نفاذ.',
  'tokens.created.at': 'تاريخ الإنشاء',
  'tokens.lastUsed': 'آخر استخدام',
  'tokens.expires': 'انتهاء الصلاحية',
  'tokens.never': 'أبداً',
  'tokens.notUsed': 'لم يُستخدم بعد',
  'tokens.revoked': 'ملغى',
  'tokens.expired': 'منتهي الصلاحية',
  'tokens.revoke': 'إلغاء',
  'tokens.revokedDone': 'أُلغي الرمز.',
  'tokens.list': 'رموزك',
};
