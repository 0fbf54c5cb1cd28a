import type { importing as english } from '../en/import';
import type { Translation } from '../types';

/** Arabic messages of importing a meeting's document list and of the mailbox bridge. */
export const importing: Translation<typeof english> = {
  'import.list.empty': 'القائمة فارغة: تحتاج إلى صف عناوين يتضمن Number وTitle على الأقل، وإلى صف لكل وثيقة.',
  'import.list.tooLarge': 'ملف القائمة أكبر من \u2068{max}\u2069. قسّمه، أو لا تضع الملفات فيه (فمكانها ملف zip).',
  'import.list.tooManyRows':
    'في القائمة {count, plural, zero {# صف} one {صف واحد} two {صفان} few {# صفوف} many {# صفاً} other {# صف}}؛ ولا يمكن استيراد أكثر من {max} دفعة واحدة. قسّمها إلى عدة قوائم واستوردها واحدة تلو الأخرى.',
  'import.list.columnsMissing':
    'تحتاج القائمة إلى صف عناوين يسمّي العمودين Number وTitle على الأقل (وتُفهم أعمدة ملف CSV المصدَّر من الاجتماع كما هي).',
  'import.list.utf16NoBom':
    'يبدو أن القائمة نص UTF-16 دون علامة ترتيب البايتات، ولا يمكن قراءته بأمان. احفظها مجدداً بنسق "\u2068CSV UTF-8\u2069" (أو بنسق \u2066.xlsx\u2069).',
  'import.list.unknownEncoding':
    'القائمة مكتوبة بترميز نصي لا يستطيع الاستيراد تحديده؛ فهو يقرأ: {accepted}. احفظها من جديد بصيغة "CSV UTF-8" (أو بصيغة ‎.xlsx).',
  'import.list.badCsv':
    'تعذّرت قراءة القائمة بنسق CSV: {reason}. تحقق من علامات التنصيص واحفظها مجدداً بنسق "\u2068CSV UTF-8\u2069".',
  'import.list.badXlsx':
    'تعذّرت قراءة ملف \u2066.xlsx\u2069 بوصفه جدول بيانات. افتحه في Excel أو LibreOffice واحفظه مجدداً.',
  'import.list.ignoredColumn': 'العمود "{column}" ليس من الأعمدة التي يعرفها الاستيراد؛ ويُترك جانباً.',
  'import.list.noRows': 'ليس في القائمة صفوف وثائق.',
  'import.refused':
    'لم يُستورد شيء: {count, plural, zero {# صف فيه} one {صف واحد فيه} two {صفان فيهما} few {# صفوف فيها} many {# صفاً فيها} other {# صف فيها}} مشكلة. صحّح القائمة وحاول مجدداً.',
  'import.row.numberMissing': 'لا رقم.',
  'import.row.titleMissing': 'لا عنوان.',
  'import.row.unknownType':
    'نوع وثيقة غير معروف "{type}" (استخدم contribution أو td أو input أو output أو jca أو ls_in أو ls_out أو agenda أو report).',
  'import.row.typeUnknownFromNumber': 'لا يطبع أي مخطط ترقيم في هذا الاجتماع أرقاماً مثل {number}؛ أضف عمود Type.',
  'import.row.noScheme': 'ليس للاجتماع مخطط ترقيم للنوع {type}؛ أضف مخططاً من صفحة الترقيم الخاصة بالفريق أولاً.',
  'import.row.numberFormat': 'الرقم {number} لا يتبع نسق المخطط (الأرقام على شاكلة {example}).',
  'import.row.unknownGroup': 'فريق عمل أو مسألة غير معروفة "{code}" (ليست فريقاً فرعياً لفريق هذا الاجتماع).',
  'import.row.unknownAgenda':
    'بند جدول الأعمال "{item}" غير موجود في جدول أعمال هذا الاجتماع؛ وتُستورد الوثيقة دون بند.',
  'import.row.unknownDecision': 'قرار غير معروف "{decision}" (استخدم {allowed}، أو اترك الخانة فارغة).',
  'import.row.unknownAccess': 'نفاذ غير معروف "{access}" (استخدم public أو members، أو اترك الخانة فارغة).',
  'import.row.unknownPurpose': 'غرض غير معروف "{purpose}" (استخدم {allowed}، أو اترك الخانة فارغة).',
  'import.row.badEmail': '"{value}" ليس عنوان بريد إلكتروني.',
  'import.row.badDate': '"{value}" ليس تاريخاً (استخدم YYYY-MM-DD أو YYYY-MM-DDTHH:MM:SSZ).',
  'import.row.duplicate': 'الرقم {number} موجود بالفعل في السطر {line} من هذه القائمة.',
  'import.row.numberTaken': 'الرقم {number} يعود إلى وثيقة من اجتماع آخر.',
  'import.row.originalMissing':
    'يحتاج الرقم {number} إلى وثيقته الأصلية {original}، وهي ليست في هذه القائمة ولا في الاجتماع.',
  'import.row.noMainFile': 'لا يوجد ملف \u2066.docx\u2069 بين ملفاتها: تُستورد الوثيقة دون ملف رئيسي.',
  'import.zip.corrupt': 'تعذّرت قراءة ملف zip (تالف أو ليس ملف zip). أعد إنشاءه وحاول مرة أخرى.',
  'import.zip.bomb':
    'يعلن ملف zip عن مدخلات أو بايتات أكثر مما يقبله الاستيراد (20 000 ملف على الأكثر، و16 غيغابايت بعد فك الضغط).',
  'import.zip.unmatched': 'المدخل "{name}" في ملف zip لا يطابق أي رقم في القائمة؛ ولا يُستورد.',
  'import.zip.notNeeded': 'المدخل "{name}" في ملف zip يعود إلى وثيقة موجودة بالفعل في الاجتماع؛ ولا يُستورد مرة أخرى.',
  'import.zip.entryUnreadable': 'تعذّرت قراءة المدخل {filename} في ملف zip.',
  'import.form.listRequired': 'اختر قائمة الوثائق (\u2066.csv\u2069 أو \u2066.xlsx\u2069).',
  'import.form.listType': 'يجب أن تكون القائمة ملفًا بصيغة ‎.csv أو ‎.xlsx.',
  'import.form.zipType': 'يجب أن تُجمع الملفات في ملف ‎.zip واحد.',
  'import.page.title': 'استيراد قائمة وثائق إلى {meeting}',
  'import.page.intro':
    'أدخِل قائمة وثائق اجتماع موجودة إلى البوابة: يصبح كل صف وثيقة مسجّلة بالرقم الذي تحمله، وتتقدّم عدادات الترقيم إلى ما بعدها. تحقق من القائمة أولاً: لا يُخزَّن شيء حتى تصح جميع الصفوف. ولا تغيّر إعادة استيراد القائمة نفسها شيئاً. {max} صف على الأكثر دفعة واحدة.',
  'import.page.link': 'استيراد قائمة وثائق',
  'import.page.list': 'قائمة الوثائق (\u2066.csv\u2069 أو \u2066.xlsx\u2069)',
  'import.page.listHint':
    'صف عناوين، ثم صف لكل وثيقة. الأعمدة: Number وTitle وSource وType وWG/Question وAgenda item وDecision وAccess وContact (وهي موجودة في ملف CSV المصدَّر من الاجتماع). ملف CSV بترميز UTF-8 أو UTF-16 أو بالترميز الذي يحفظ به برنامج الجداول (Windows-1252 وGB18030 وBig5 وShift_JIS وEUC-KR وWindows-1251…)؛ وتؤخذ الخانات نصاً، ولا تؤخذ صيغاً حسابية أبداً.',
  'import.page.zip': 'الملفات (\u2066.zip\u2069، اختيارية)',
  'import.page.zipHint':
    'يُسمّى كل ملف برقم وثيقته، مثل FGMV-I-012.docx أو "\u2068FGMV-I-012 - Proposal.pdf\u2069" (كما يسمّيها ملف تنزيل الكل). ملف \u2066.docx\u2069 هو الملف الرئيسي؛ والملفات الأخرى مرفقات.',
  'import.page.check': 'التحقق من القائمة',
  'import.page.import': 'استيراد',
  'import.page.dryRunTitle': 'التحقق من القائمة (لم يُخزَّن شيء)',
  'import.page.resultTitle': 'الاستيراد',
  'import.page.imported':
    'اكتمل الاستيراد: أُنشئت {created, plural, zero {# وثيقة} one {وثيقة واحدة} two {وثيقتان} few {# وثائق} many {# وثيقة} other {# وثيقة}}، و{unchanged} موجودة من قبل، وخُزّن {files, plural, zero {# ملف} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفاً} other {# ملف}}.',
  'import.page.wouldImport':
    'القائمة جاهزة: ستُنشأ {created, plural, zero {# وثيقة} one {وثيقة واحدة} two {وثيقتان} few {# وثائق} many {# وثيقة} other {# وثيقة}} ({files, plural, zero {# ملف} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفاً} other {# ملف}})، و{unchanged} موجودة من قبل.',
  'import.page.nothingToDo': 'لا شيء للاستيراد: جميع وثائق القائمة ({unchanged}) موجودة بالفعل في الاجتماع.',
  'import.page.line': 'السطر',
  'import.page.number': 'الرقم',
  'import.page.titleColumn': 'العنوان',
  'import.page.action': 'النتيجة',
  'import.page.files': 'الملفات',
  'import.page.problems': 'المشكلات',
  'import.action.create': 'جديدة',
  'import.action.unchanged': 'موجودة من قبل',
  'import.action.error': 'مرفوضة',
  'mailbox.reply.noMeeting':
    'استلمت Plenary رسالتك، لكن لا يوجد اجتماع يقبل المساهمات بالبريد على العنوان {address}. قدّم مساهمتك في البوابة بدلاً من ذلك، من صفحة الاجتماع.',
  'mailbox.reply.closed':
    'استلمت Plenary رسالتك، لكن {meeting} لم يعد يقبل المساهمات (انقضى الموعد النهائي أو أُغلق التقديم). لم يُخزَّن شيء. اسأل الأمانة عمّا إذا كان يمكن قبول مساهمة متأخرة: {url}',
  'mailbox.reply.noDocx':
    'استلمت Plenary رسالتك المرسلة إلى {meeting}، لكنها لا تحمل وثيقة \u2068Word (\u2066.docx\u2069)\u2069. أرسل المساهمة مجدداً في مرفق \u2066.docx\u2069 واحد مُعدّ من نموذج الفريق، أو قدّمها في البوابة.',
  'mailbox.reply.severalDocx':
    'استلمت Plenary رسالتك ومعها {count, plural, zero {# وثيقة Word} one {وثيقة Word واحدة} two {وثيقتا Word} few {# وثائق Word} many {# وثيقة Word} other {# وثيقة Word}}؛ ولا يمكن أن تحمل الرسالة إلا مساهمة واحدة. لم يُخزَّن شيء. أرسل كل مساهمة في رسالة مستقلة.',
  'mailbox.reply.badFile':
    'استلمت Plenary رسالتك، لكن لا يمكن قبول وثيقتها: {reason} لم يُخزَّن شيء؛ أرسلها مجدداً بعد تصحيحها.',
  'mailbox.reply.confirm':
    'استلمت Plenary مساهمتك {filename} المقدَّمة إلى {meeting}. وتُعدّ مستلمة في وقت وصول رسالتك، لكنها لا تُقدَّم إلا بعد تأكيدك: راجع الحقول المقروءة من صفحة غلافها وأكّد هنا: {link}',
  'mailbox.reply.signUp':
    'استلمت Plenary مساهمتك {filename} المقدَّمة إلى {meeting}. ولا يوجد بعد حساب بهذا العنوان: أنشئ حساباً بهذا العنوان ({signup})، وأكّد العنوان، ثم افتح {link} لمراجعة التقديم وتأكيده. وتُعدّ مستلمة في وقت وصول رسالتك.',
  'mailbox.page.title': 'مساهمة مرسلة بالبريد إلى {meeting}',
  'mailbox.page.received': 'رسالة من {from} ("{subject}")، تاريخ الاستلام',
  'mailbox.page.intro':
    'قُرئت الحقول أدناه من صفحة غلاف الوثيقة المرسلة بالبريد. تحقق منها وأكّد: يتم التقديم باسم {sender} ({email})، بوقت وصول الرسالة.',
  'mailbox.page.confirm': 'تأكيد التقديم',
  'mailbox.page.submitted': 'قُدّمت هذه المساهمة المرسلة بالبريد.',
  'mailbox.page.alreadyConfirmed': 'سبق تأكيد هذه المساهمة المرسلة بالبريد؛ وقد قُدّمت مرة واحدة.',
  'mailbox.page.expired':
    'لم تُؤكَّد هذه المساهمة المرسلة بالبريد خلال {days} يومًا من وصولها؛ فانتهت صلاحيتها وحُذف ملفها.',
  'mailbox.page.submitInstead': 'قدّمها عبر البوابة',
  'mailbox.page.open': 'فتح الوثيقة',
  'mailbox.page.noAccount': 'ليس للمرسل حساب بعد؛ ومتى سجّل بالعنوان الذي أُرسلت منه الرسالة، أمكنه تأكيدها هنا.',
  'mailbox.queue.title': 'مستلمة بالبريد الإلكتروني، في انتظار التأكيد',
  'mailbox.queue.review': 'المراجعة والتأكيد نيابة عن المرسل',
  'mailbox.queue.byEmail': 'بالبريد الإلكتروني',
  'mailbox.meeting.intakeAddress': 'عنوان استلام المساهمات بالبريد (اختياري)',
  'mailbox.meeting.intakeAddressHint':
    'يصبح البريد المرسَل إلى هذا العنوان (والمحوَّل إلى البوابة) وثائق مقدَّمة إلى هذا الاجتماع، في انتظار تأكيد المرسِل. وإذا تُرك فارغاً، يذهب البريد المرسَل إلى صندوق بريد الفريق إلى اجتماعه التالي المفتوح لتقديم المساهمات.',
};
