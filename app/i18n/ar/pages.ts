import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

/** Arabic messages of the page frame, the API reference page, cover-field names and the sent-LS mail. */
export const pages: Translation<typeof english> = {
  'meta.title': '{page} — Plenary',
  'meta.inMeeting': '{page} — {meeting}',
  'meta.searchQuery': '{query} — البحث في {group}',
  'nav.main': 'التنقل الرئيسي',
  'nav.breadcrumbs': 'مسار التنقل',

  'apiref.openapi': 'وصف OpenAPI 3.1 (JSON)',
  'apiref.operations': 'العمليات',
  'apiref.scope': 'النطاق: {scope}',
  'apiref.noToken': 'لا يلزم رمز',
  'apiref.required': 'إلزامي',
  'apiref.body': 'متن الطلب: {types}',
  'apiref.problems': 'أنواع المشكلات',

  'form.unknownAction': 'أرسلت الاستمارة إجراءً لا تعرفه هذه الصفحة. أعد تحميل الصفحة وحاول مرة أخرى.',

  'submissions.coverField.questions': 'المسألة (المسائل)',
  'submissions.coverField.studyGroup': 'لجنة الدراسات',
  'submissions.coverField.workingParty': 'فرقة العمل',
  'submissions.coverField.meeting': 'الاجتماع',
  'submissions.coverField.type': 'النوع المقصود للوثيقة',
  'submissions.coverField.source': 'المصدر',
  'submissions.coverField.title': 'العنوان',
  'submissions.coverField.purpose': 'الغرض',
  'submissions.coverField.contact': 'جهة الاتصال',
  'submissions.coverField.keywords': 'الكلمات الرئيسية',
  'submissions.coverField.abstract': 'الملخص',

  'mail.liaisonSent.subject': 'بيان اتصال {number}: {title}',
  'mail.liaisonSent.body':
    'أرسلت {group} بيان الاتصال "{title}" ({number})، الذي اتُّفق عليه في {meeting}.\n\nلاتخاذ إجراء: {action}\nللتعليق: {comment}\nللعلم: {information}',
  'mail.liaisonSent.deadline': 'الموعد النهائي للرد: {date}',
};
