import type { reservations as english } from '../en/reservations';
import type { Translation } from '../types';

/** Arabic messages of numbers members reserve before their document is written. */
export const reservations: Translation<typeof english> = {
  'reservations.link': 'حجز رقم',
  'reservations.title': 'حجز رقم — {meeting}',
  'reservations.intro':
    'احجز رقم وثيقة ستقدّمها قبل أن تكتبها. الرقم لك: حمّل ملفها قبل الموعد النهائي للمساهمات، وإلا سُحب بوصفه غير مقدَّم (ولا يُعطى الرقم لوثيقة أخرى أبداً).',
  'reservations.closes': 'نهاية الحجز',
  'reservations.filesDue': 'موعد الملفات',
  'reservations.noDeadline': 'بلا موعد نهائي',
  'reservations.cap': 'حجوزاتك بلا ملف',
  'reservations.capValue': '{open} من \u2068{cap}\u2069 كحد أقصى',
  'reservations.mine': 'حجوزاتك في هذا الاجتماع',
  'reservations.none': 'لم تحجز أي رقم في هذا الاجتماع.',
  'reservations.number': 'الرقم والعنوان',
  'reservations.state': 'الحالة',
  'reservations.upload': 'التحميل',
  'reservations.waiting': 'محجوز — في انتظار ملفه',
  'reservations.notSubmitted': 'مسحوب — لم يُقدَّم',
  'reservations.uploadFor': 'تحميل ملف \u2068{number}\u2069',
  'reservations.new': 'حجز رقم جديد',
  'reservations.formTitle': 'عنوان الوثيقة',
  'reservations.source': 'المصدر',
  'reservations.sourceHint': 'المنظمات الأعضاء (أو الفريق) التي ستقدّمها.',
  'reservations.submit': 'احجز الرقم',
  'reservations.reservedOk': 'حُجز \u2068{number}\u2069 لك. حمّل ملفه قبل الموعد النهائي للمساهمات.',
  'reservations.deadlinePassed':
    'انقضى الموعد النهائي للحجز: لم يعد ممكناً حجز أرقام لهذا الاجتماع. ما زال بإمكانك تقديم وثيقة حتى الموعد النهائي للمساهمات.',
  'reservations.capReached':
    'لديك بالفعل {cap, plural, zero {# رقم محجوز} one {رقم محجوز واحد} two {رقمان محجوزان} few {# أرقام محجوزة} many {# رقماً محجوزاً} other {# رقم محجوز}} بلا ملف، وهو الحد الأقصى في هذا الاجتماع. حمّل ملف أحدها أولاً.',
  'reservations.expired':
    'انتهت صلاحية حجز \u2068{number}\u2069: كان يجب تحميل ملفه قبل الموعد النهائي للمساهمات. يبقى الرقم مسحوباً بوصفه غير مقدَّم؛ قدّم الوثيقة بوصفها وثيقة جديدة إن كان الاجتماع ما زال يقبلها.',
  'reservations.notYours': 'حجز \u2068{number}\u2069 شخص آخر: لا يستطيع تحميل ملفه إلا هو أو الأمانة.',
  'reservations.typeNotUsed': 'لا يقبل هذا الاجتماع وثائق من هذا النوع.',
  'reservations.docxOnly': 'يجب أن يكون الملف مستند Word ‏(.docx) مُعدّاً من القالب.',
  'reservations.capInvalid': 'أدخل عدداً صحيحاً من 0 إلى 100.',
  'reservations.settings': 'الحجز من جانب الأعضاء',
  'reservations.capLabel': 'عدد الأرقام المحجوزة بلا ملف التي يجوز للعضو الاحتفاظ بها',
  'reservations.capHint': 'يجوز للأعضاء الحجز حتى الموعد النهائي للحجز؛ والقيمة 0 تمنع الأعضاء من الحجز.',
  'reservations.capSave': 'حفظ',
  'reservations.capSaved': 'يجوز لكل عضو الآن الاحتفاظ بما يصل إلى \u2068{cap}\u2069 من الأرقام المحجوزة بلا ملف.',
};
