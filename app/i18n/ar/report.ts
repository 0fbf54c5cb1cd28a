import type { report as english } from '../en/report';
import type { Translation } from '../types';

/** Arabic messages of chair’s notes, meeting reports, a meeting’s outputs and what became of a document. */
export const report: Translation<typeof english> = {
  'notes.title': 'ملاحظات الرئيس',
  'notes.write': 'كتابة ملاحظات',
  'notes.edit': 'تعديل الملاحظات',
  'notes.close': 'إغلاق الملاحظات',
  'notes.editorLabel': 'ملاحظات الرئيس بشأن البند {label}',
  'notes.chairsOnly': 'لا يكتب ملاحظات الرئيس إلا رؤساء فريق الاجتماع وأمانته.',
  'report.title': 'تقرير الاجتماع',
  'report.nav': 'التقرير',
  'report.none': 'لم تتم صياغة تقرير لهذا الاجتماع بعد.',
  'report.draftHelp':
    'تصوغ البوابة مسودة أولى انطلاقاً من جدول الأعمال: كل بند مع ملاحظات الرئيس ووثائقه والقرارات المتخذة بشأنها، وبيانات الاتصال المرسلة، والاجتماعات القادمة، وقائمة المشاركين المسجلين. حرّروها معاً؛ ثم تنشرها الأمانة كوثيقة مرقّمة.',
  'report.draft': 'صياغة التقرير',
  'report.drafted': 'تمت صياغة التقرير انطلاقاً من الاجتماع.',
  'report.noAgenda': 'ليس لهذا الاجتماع جدول أعمال بعد، والتقرير يُصاغ من بنوده: ابدأ جدول الأعمال أولاً. لم يتغير شيء.',
  'report.draftExists': 'توجد مسودة للتقرير وربما عُدّلت: لم تُستبدل. لإعادة البدء من الاجتماع، أكّد الصياغة من جديد.',
  'report.redraft': 'الصياغة من جديد انطلاقاً من الاجتماع…',
  'report.redraftWarning':
    'تستبدل الصياغة من جديد النص الحالي بمسودة جديدة مأخوذة من الاجتماع كما هو الآن. يُحفظ النص الحالي أولاً كنسخة يمكنك مقارنتها واستعادتها أدناه.',
  'report.redraftConfirm': 'الاستبدال بمسودة جديدة',
  'report.redraftCancel': 'الإبقاء على المسودة الحالية',
  'report.redrafted': 'أعيدت صياغة التقرير؛ والنص السابق محفوظ كنسخة «{label}».',
  'report.keptVersion': 'قبل إعادة الصياغة ({date})',
  'report.publish': 'النشر كوثيقة مرقّمة',
  'report.published': 'نُشر التقرير برقم {number}.',
  'report.alreadyPublished': 'التقرير منشور بالفعل برقم {number}: يُنشر مرة واحدة فقط. لم يُغيَّر شيء.',
  'report.publishedHint': 'التقرير منشور؛ التعديلات اللاحقة على هذا النص ليست جزءًا من الوثيقة المنشورة.',
  'report.state.draft': 'مسودة',
  'report.state.published': 'منشور',
  'report.noAccess': 'مسودة التقرير متاحة لأعضاء فريق الاجتماع.',
  'report.noScheme':
    'ليس لهذا الاجتماع مخطط ترقيم للتقارير (ولا للوثائق المؤقتة أو وثائق النتائج أو وثائق JCA التي يمكن أن تستعملها التقارير بدلاً منه). تضيف الأمانة مخططاً في صفحة مخططات الترقيم الخاصة بالفريق؛ لم يُنشر شيء.',
  'report.outputs.report': 'تقرير الاجتماع',
  'report.outputs.reportDraft': 'التقرير قيد الصياغة.',
  'report.outputs.statements': 'بيانات الاتصال المرسلة',
  'report.outputs.deliverables': 'النواتج المتفق عليها',
  'report.outputs.others': 'نتائج أخرى',
  'fate.title': 'ما آل إليه',
  'fate.decision': 'القرار: {decision}',
  'fate.pending': 'لم يُسجَّل أي قرار بعد.',
  'fate.revisedBy': 'نُقّح في {number}',
  'fate.answeredBy': 'أُجيب عنه في {number}',
  'fate.replyDrafting': 'تجري صياغة رد.',
  'fate.inReport': 'مسجّل في تقرير الاجتماع {number}',
};
