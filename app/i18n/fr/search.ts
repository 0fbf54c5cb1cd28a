import type { search as english } from '../en/search';
import type { Translation } from '../types';

/** French messages for search: the search box's syntax, its help and problems, and the group-wide search page. */
export const search: Translation<typeof english> = {
  'search.label': 'Recherche',
  'search.hint':
    'Des mots dans toute langue, « une expression », -mot pour exclure, « or » entre deux mots, et des filtres tels que type:input (voir Syntaxe de recherche).',
  'search.help.summary': 'Syntaxe de recherche',
  'search.help.intro': 'Combinez texte libre et filtres, par exemple : metaverse type:input wg:WG2 since:2023-06-01',
  'search.help.text':
    'mots (dans n’importe quel ordre, les formes fléchies correspondent : normes trouve norme), 元宇宙 (chinois, japonais, coréen : toute partie d’un titre)',
  'search.help.phrase':
    '"jumeau numérique" : ces mots dans cet ordre ; -mot ou -type:output : exclure ; a or b : l’un ou l’autre',
  'search.help.type': 'type:input, type:contribution, type:td, type:ls_in … : type de document',
  'search.help.group': 'wg:WG2, q:Q1/20 : attribué à ce groupe de travail ou à cette Question (ou à un sous-groupe)',
  'search.help.source': 'source:"China Mobile" : la source contient ce texte',
  'search.help.decision': 'decision:agreed (approved, noted, revised, postponed, withdrawn, none)',
  'search.help.late':
    'late:yes, late:no ; has:file, no:file ; since:2023-06-01 (enregistré ou publié depuis cette date)',
  'search.problem.tooLong':
    '{max, plural, one {Seul le premier mot ou filtre est pris en compte} other {Seuls les # premiers mots et filtres sont pris en compte}}.',
  'search.problem.empty': 'Indiquez une valeur après {prefix}:, par exemple {prefix}:… sans espace.',
  'search.problem.type': '« {value} » n’est pas un type de document : utilisez l’un des types suivants : {types}.',
  'search.problem.decision': '« {value} » n’est pas une décision : utilisez l’une des valeurs suivantes : {decisions}.',
  'search.problem.late': 'late: accepte yes ou no, et non « {value} ».',
  'search.problem.has': '{prefix}: accepte file (has:file, no:file), et non « {value} ».',
  'search.problem.since': '« {value} » n’est pas une date : écrivez since:AAAA-MM-JJ, par exemple since:2023-06-01.',
  'search.problem.group': 'Il n’y a pas ici de groupe de travail ni de Question « {value} ».',
  'documents.sort.relevance': 'Pertinence',
  'search.group.title': 'Recherche : {group}',
  'search.group.intro':
    'Documents de toutes les réunions du groupe {group} et de ses sous-groupes, ainsi que les documents qui leur sont attribués.',
  'search.group.button': 'Rechercher',
  'search.group.results': '{total, plural, one {# document trouvé} other {# documents trouvés}}',
  'search.group.none': 'Aucun document ne correspond à cette recherche.',
  'search.group.enter': 'Saisissez ce que vous recherchez.',
  'search.group.col.meeting': 'Réunion',
  'search.group.placeholder': 'Rechercher dans tous les documents du groupe {group}',
};
