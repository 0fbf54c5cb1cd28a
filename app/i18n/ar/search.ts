import type { search as english } from '../en/search';
import type { Translation } from '../types';

/** Arabic messages for search: the search box's syntax, its help and problems, and the group-wide search page. */
export const search: Translation<typeof english> = {
  'search.label': 'بحث',
  'search.hint':
    'كلمات بأي لغة، أو "عبارة"، أو -كلمة للاستبعاد، أو \u2066or\u2069 بين كلمتين، ومرشحات مثل \u2066type:input\u2069 (انظر صيغة البحث).',
  'search.help.summary': 'صيغة البحث',
  'search.help.intro': 'اجمع بين النص الحر والمرشحات، مثلاً: \u2066metaverse type:input wg:WG2 since:2023-06-01\u2069',
  'search.help.text':
    'كلمات (بأي ترتيب، وتُطابَق الصيغ المصرَّفة: карта تجد карту)، 元宇宙 (الصينية واليابانية والكورية: أي جزء من العنوان)',
  'search.help.phrase':
    '\u2066"digital twin"\u2069: هذه الكلمات بهذا الترتيب؛ \u2066-word\u2069 أو \u2066-type:output\u2069: استبعاد؛ \u2066a or b\u2069: أيٌّ منهما',
  'search.help.type':
    '\u2066type:input\u2069، \u2066type:contribution\u2069، \u2066type:td\u2069، \u2066type:ls_in\u2069 …: نوع الوثيقة',
  'search.help.group':
    '\u2066wg:WG2\u2069، \u2066q:Q1/20\u2069: مُسندة إلى فريق العمل أو المسألة المعنية (أو إلى فريق يتبعهما)',
  'search.help.source': '\u2066source:"China Mobile"\u2069: يتضمن المصدر هذا النص',
  'search.help.decision':
    '\u2066decision:agreed\u2069 (\u2066approved\u2069، \u2066noted\u2069، \u2066revised\u2069، \u2066postponed\u2069، \u2066withdrawn\u2069، \u2066none\u2069)',
  'search.help.late':
    '\u2066late:yes\u2069، \u2066late:no\u2069؛ \u2066has:file\u2069، \u2066no:file\u2069؛ \u2066since:2023-06-01\u2069 (سُجّلت أو نُشرت منذ ذلك اليوم)',
  'search.problem.tooLong':
    'لا يُستخدم إلا {max, plural, zero {# كلمة أو مرشح} one {أول كلمة أو مرشح} two {أول كلمتين أو مرشحين} few {أول # كلمات ومرشحات} many {أول # كلمة ومرشحاً} other {أول # كلمة ومرشح}}.',
  'search.problem.empty': 'أدخل قيمة بعد \u2066{prefix}:\u2069، مثلاً \u2066{prefix}:…\u2069 دون مسافة.',
  'search.problem.type': '"{value}" ليس نوع وثيقة: استخدم أحد الأنواع التالية: {types}.',
  'search.problem.decision': '"{value}" ليس قراراً: استخدم أحد القرارات التالية: {decisions}.',
  'search.problem.late': 'يقبل \u2066late:\u2069 القيمة \u2066yes\u2069 أو \u2066no\u2069، وليس "{value}".',
  'search.problem.has':
    'يقبل \u2066{prefix}:\u2069 القيمة \u2066file\u2069 (\u2066has:file\u2069، \u2066no:file\u2069)، وليس "{value}".',
  'search.problem.since': '"{value}" ليس تاريخاً: اكتب \u2066since:YYYY-MM-DD\u2069، مثلاً \u2066since:2023-06-01\u2069.',
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
