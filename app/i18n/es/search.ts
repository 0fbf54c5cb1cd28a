import type { search as english } from '../en/search';
import type { Translation } from '../types';

/** Spanish messages for search: the search box's syntax, its help and problems, and the group-wide search page. */
export const search: Translation<typeof english> = {
  'search.label': 'Buscar',
  'search.hint':
    'Palabras en cualquier idioma, "una frase", -palabra para excluir, or entre palabras, y filtros como type:input (véase Sintaxis de búsqueda).',
  'search.help.summary': 'Sintaxis de búsqueda',
  'search.help.intro': 'Combine texto libre con filtros, por ejemplo: metaverse type:input wg:WG2 since:2023-06-01',
  'search.help.text':
    'palabras (en cualquier orden; se encuentran las formas flexionadas: contribución encuentra contribuciones), 元宇宙 (chino, japonés, coreano: cualquier parte de un título)',
  'search.help.phrase':
    '"gemelo digital": estas palabras en este orden; -palabra o -type:output: excluir; a or b: una u otra',
  'search.help.type': 'type:input, type:contribution, type:td, type:ls_in …: tipo de documento',
  'search.help.group': 'wg:WG2, q:Q1/20: asignados a ese GT o esa Cuestión (o a un grupo dependiente)',
  'search.help.source': 'source:"China Mobile": el origen contiene este texto',
  'search.help.decision': 'decision:agreed (approved, noted, revised, postponed, withdrawn, none): decisión',
  'search.help.late': 'late:yes, late:no; has:file, no:file; since:2023-06-01 (registrados o publicados desde ese día)',
  'search.problem.tooLong':
    'Solo se tienen en cuenta {max, plural, one {la primera palabra o el primer filtro} other {las # primeras palabras y filtros}}.',
  'search.problem.empty': 'Indique un valor después de {prefix}:, por ejemplo {prefix}:… sin espacio.',
  'search.problem.type': '«{value}» no es un tipo de documento: utilice uno de estos: {types}.',
  'search.problem.decision': '«{value}» no es una decisión: utilice una de estas: {decisions}.',
  'search.problem.late': 'late: admite yes o no, no «{value}».',
  'search.problem.has': '{prefix}: admite file (has:file, no:file), no «{value}».',
  'search.problem.since': '«{value}» no es una fecha: escriba since:AAAA-MM-DD, por ejemplo since:2023-06-01.',
  'search.problem.group': 'Aquí no hay ningún GT ni ninguna Cuestión «{value}».',
  'documents.sort.relevance': 'Pertinencia',
  'search.group.title': 'Buscar en {group}',
  'search.group.intro':
    'Documentos de todas las reuniones de {group} y de sus subgrupos, y documentos asignados a ellos.',
  'search.group.button': 'Buscar',
  'search.group.results': '{total, plural, one {# documento encontrado} other {# documentos encontrados}}',
  'search.group.none': 'Ningún documento corresponde a esta búsqueda.',
  'search.group.enter': 'Escriba lo que desea buscar.',
  'search.group.col.meeting': 'Reunión',
  'search.group.placeholder': 'Buscar en todos los documentos de {group}',
} as const;
