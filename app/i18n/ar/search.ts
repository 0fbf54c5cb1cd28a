import type { search as english } from '../en/search';
import type { Translation } from '../types';

/** Arabic messages for search: the search box's syntax, its help and problems, and the group-wide search page. */
export const search: Translation<typeof english> = {
  'search.label': 'بحث',
  'search.hint':
    'كلمات بأي لغة، أو "عبارة"، أو -كلمة للاستبعاد، أو or بين كلمتين، ومرشحات مثل type:input (انظر صيغة البحث).',
  'search.help.summary': 'صيغة البحث',
  'search.help.intro': 'اجمع بين النص الحر والمرشحات، مثلاً: metaverse type:input wg:WG2 since:2023-06-01',
  'search.help.text':
    'كلمات (بأي ترتيب، وتُطابَق الصيغ المصرَّفة: карта تجد карту)، 元宇宙 (الصينية واليابانية والكورية: أي جزء من العنوان)',
  'search.help.phrase': '"digital twin": هذه الكلمات بهذا الترتيب؛ -word أو -type:output: استبعاد؛ a or b: أيٌّ منهما',
  'search.help.type': 'type:input، type:contribution، type:td، type:ls_in …: نوع الوثيقة',
  'search.help.group': 'wg:WG2، q:Q1/20: مُسندة إلى فريق العمل أو المسألة المعنية (أو إلى فريق يتبعهما)',
  'search.help.source': 'source:"China Mobile": يتضمن المصدر هذا النص',
  'search.help.decision': 'decision:agreed (approved، noted، revised، postponed، withdrawn، none)',
  'search.help.late': 'late:yes، late:no؛ has:file، no:file؛ since:2023-06-01 (سُجّلت أو نُشرت منذ ذلك اليوم)',
  'search.problem.tooLong':
    'لا يُستخدم إلا {max, plural, zero {# كلمة أو مرشح} one {أول كلمة أو مرشح} two {أول كلمتين أو مرشحين} few {أول # كلمات ومرشحات} many {أول # كلمة ومرشحاً} other {أول # كلمة ومرشح}}.',
  'search.problem.empty': 'أدخل قيمة بعد {prefix}:، مثلاً {prefix}:… دون مسافة.',
  'search.problem.type': '"{value}" ليس نوع وثيقة: استخدم أحد الأنواع التالية: {types}.',
  'search.problem.decision': '"{value}" ليس قراراً: استخدم أحد القرارات التالية: {decisions}.',
  'search.problem.late': 'يقبل late: القيمة yes أو no، وليس "{value}".',
  'search.problem.has': 'يقبل {prefix}: القيمة file (has:file، no:file)، وليس "{value}".',
  'search.problem.since': '"{value}" ليس تاريخاً: اكتب since:YYYY-MM-DD، مثلاً since:2023-06-01.',
  'search.problem.group': 'لا يوجد هنا فريق عمل أو مسألة باسم "{value}".',
  'documents.sort.relevance': 'الصلة',
  'search.group.title': 'البحث في {group}',
  'search.group.intro': 'وثائق جميع اجتماعات {group} وأفرقته الفرعية، والوثائق المُسندة إليها.',
  'search.group.button': 'بحث',
  'search.group.results':
    '{total, plural, zero {لم يُعثر على أي وثيقة} one {عُثر على وثيقة واحدة} two {عُثر على وثيقتين} few {عُثر على # وثائق} many {عُثر على # وثيقة} other {عُثر على # وثيقة}}',
  'search.group.none': 'لا توجد وثائق تطابق هذا البحث.',
  'search.group.enter': 'اكتب ما تبحث عنه.',
  'search.group.col.meeting': 'الاجتماع',
  'search.group.placeholder': 'البحث في جميع وثائق {group}',
};
