import type { search as english } from '../en/search';
import type { Translation } from '../types';

/** Chinese (Simplified) messages for search: the search box's syntax, its help and problems, and the group-wide search page. */
export const search: Translation<typeof english> = {
  'search.label': '搜索',
  'search.hint':
    '任何语言的词语，"短语"，-词语 表示排除，词语之间加 or 表示任一，以及 type:input 等筛选条件（见“搜索语法”）。',
  'search.help.summary': '搜索语法',
  'search.help.intro': '可将自由文本与筛选条件组合，例如：metaverse type:input wg:WG2 since:2023-06-01',
  'search.help.text':
    '词语（顺序不限，可匹配屈折形式：карта 可找到 карту），元宇宙（中文、日文、韩文：可匹配标题的任何部分）',
  'search.help.phrase': '"digital twin"：按此顺序出现的这些词；-词语 或 -type:output：排除；a or b：二者之一',
  'search.help.type': 'type:input、type:contribution、type:td、type:ls_in …：文件类型',
  'search.help.group': 'wg:WG2、q:Q1/20：分配给该工作组或课题（或其下属组）',
  'search.help.source': 'source:"China Mobile"：来源包含此文本',
  'search.help.decision': 'decision:agreed（approved、noted、revised、postponed、withdrawn、none）：决定',
  'search.help.late': 'late:yes、late:no；has:file、no:file；since:2023-06-01（自该日起登记或发布）',
  'search.problem.tooLong': '仅使用前 {max, plural, other {# 个词语和筛选条件}}。',
  'search.problem.empty': '请在 {prefix}: 之后给出一个值，例如 {prefix}:…，中间不留空格。',
  'search.problem.type': '“{value}”不是文件类型：请使用 {types} 之一。',
  'search.problem.decision': '“{value}”不是决定：请使用 {decisions} 之一。',
  'search.problem.late': 'late: 只接受 yes 或 no，而不是“{value}”。',
  'search.problem.has': '{prefix}: 只接受 file（has:file、no:file），而不是“{value}”。',
  'search.problem.since': '“{value}”不是日期：请写作 since:YYYY-MM-DD，例如 since:2023-06-01。',
  'search.problem.group': '此处没有工作组或课题“{value}”。',
  'documents.sort.relevance': '相关性',
  'search.group.title': '搜索 {group}',
  'search.group.intro': '{group} 及其下属组所有会议的文件，以及分配给它们的文件。',
  'search.group.button': '搜索',
  'search.group.results': '{total, plural, other {找到 # 份文件}}',
  'search.group.none': '没有与此搜索匹配的文件。',
  'search.group.enter': '请输入要查找的内容。',
  'search.group.col.meeting': '会议',
  'search.group.placeholder': '搜索 {group} 的全部文件',
};
