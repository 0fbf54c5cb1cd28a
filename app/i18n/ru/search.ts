import type { search as english } from '../en/search';
import type { Translation } from '../types';

/** Russian messages for search: the search box's syntax, its help and problems, and the group-wide search page. */
export const search: Translation<typeof english> = {
  'search.label': 'Поиск',
  'search.hint':
    'Слова на любом языке, "фраза", -слово для исключения, or между словами и фильтры, например type:input (см. «Синтаксис поиска»).',
  'search.help.summary': 'Синтаксис поиска',
  'search.help.intro': 'Сочетайте свободный текст с фильтрами, например: metaverse type:input wg:WG2 since:2023-06-01',
  'search.help.text':
    'слова (в любом порядке, учитываются словоформы: карта находит карту), 元宇宙 (китайский, японский, корейский: любая часть названия)',
  'search.help.phrase':
    '"цифровой двойник": эти слова в этом порядке; -слово или -type:output: исключить; a or b: любое из двух',
  'search.help.type': 'type:input, type:contribution, type:td, type:ls_in …: тип документа',
  'search.help.group': 'wg:WG2, q:Q1/20: распределенные в эту РГ или этот Вопрос (или в подчиненную группу)',
  'search.help.source': 'source:"China Mobile": источник содержит этот текст',
  'search.help.decision': 'decision:agreed (approved, noted, revised, postponed, withdrawn, none)',
  'search.help.late':
    'late:yes, late:no; has:file, no:file; since:2023-06-01 (зарегистрированные или опубликованные с этой даты)',
  'search.problem.tooLong':
    'Используются только {max, plural, one {первое # слово или фильтр} few {первые # слова и фильтра} many {первые # слов и фильтров} other {первые # слова и фильтра}}.',
  'search.problem.empty': 'Укажите значение после {prefix}:, например {prefix}:… без пробела.',
  'search.problem.type': '"{value}" не является типом документа: используйте один из типов {types}.',
  'search.problem.decision': '"{value}" не является решением: используйте одно из решений {decisions}.',
  'search.problem.late': 'late: принимает значения yes или no, а не "{value}".',
  'search.problem.has': '{prefix}: принимает значение file (has:file, no:file), а не "{value}".',
  'search.problem.since': '"{value}" не является датой: пишите since:ГГГГ-ММ-ДД, например since:2023-06-01.',
  'search.problem.group': 'Здесь нет РГ или Вопроса "{value}".',
  'documents.sort.relevance': 'Релевантность',
  'search.group.title': 'Поиск: {group}',
  'search.group.intro': 'Документы всех собраний {group} и ее подгрупп, а также документы, распределенные в них.',
  'search.group.button': 'Найти',
  'search.group.results':
    '{total, plural, one {Найден # документ} few {Найдено # документа} many {Найдено # документов} other {Найдено # документа}}',
  'search.group.none': 'Нет документов, соответствующих этому запросу.',
  'search.group.enter': 'Введите, что нужно найти.',
  'search.group.col.meeting': 'Собрание',
  'search.group.placeholder': 'Поиск по всем документам {group}',
};
