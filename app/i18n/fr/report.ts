import type { report as english } from '../en/report';
import type { Translation } from '../types';

/** French messages of chair’s notes, meeting reports, a meeting’s outputs and what became of a document. */
export const report: Translation<typeof english> = {
  'notes.title': 'Notes du président',
  'notes.write': 'Rédiger des notes',
  'notes.edit': 'Modifier les notes',
  'notes.close': 'Fermer les notes',
  'notes.editorLabel': 'Notes du président sur le point {label}',
  'notes.chairsOnly': 'Seuls les présidents et le secrétariat du groupe de la réunion rédigent les notes du président.',
  'report.title': 'Rapport de réunion',
  'report.nav': 'Rapport',
  'report.none': 'Aucun rapport n’a encore été rédigé pour cette réunion.',
  'report.draftHelp':
    'Le portail rédige une première version à partir de l’ordre du jour : chaque point avec les notes du président et ses documents avec leurs décisions, les déclarations de liaison envoyées, les prochaines réunions et la liste des participants inscrits. Modifiez-la ensemble ; le secrétariat la publie ensuite comme document numéroté.',
  'report.draft': 'Rédiger le rapport',
  'report.drafted': 'Le rapport a été rédigé à partir de la réunion.',
  'report.noAgenda':
    'Cette réunion n’a pas encore d’ordre du jour, et le rapport est rédigé à partir de ses points : commencez d’abord l’ordre du jour. Rien n’a été modifié.',
  'report.draftExists':
    'Un projet de rapport existe et a peut-être été modifié : il n’a pas été remplacé. Pour repartir de la réunion, confirmez une nouvelle rédaction.',
  'report.redraft': 'Rédiger à nouveau à partir de la réunion…',
  'report.redraftWarning':
    'Une nouvelle rédaction remplace le texte actuel par un projet établi à partir de la réunion telle qu’elle est maintenant. Le texte actuel est d’abord conservé comme version, que vous pouvez comparer et restaurer ci-dessous.',
  'report.redraftConfirm': 'Remplacer par un nouveau projet',
  'report.redraftCancel': 'Garder le projet actuel',
  'report.redrafted': 'Le rapport a été rédigé à nouveau ; le texte précédent est conservé comme version « {label} ».',
  'report.keptVersion': 'Avant nouvelle rédaction ({date})',
  'report.publish': 'Publier comme document numéroté',
  'report.published': 'Le rapport a été publié sous le numéro {number}.',
  'report.alreadyPublished':
    'Le rapport est déjà publié sous le numéro {number} : il n’est publié qu’une fois. Rien n’a été modifié.',
  'report.publishedHint':
    'Le rapport est publié ; les modifications ultérieures de ce texte ne font pas partie du document publié.',
  'report.state.draft': 'Projet',
  'report.state.published': 'Publié',
  'report.noAccess': 'Le projet de rapport est ouvert aux membres du groupe de la réunion.',
  'report.noScheme':
    'Cette réunion n’a pas de schéma de numérotation pour les rapports (ni pour les TD, les documents de sortie ou les documents JCA, que les rapports peuvent utiliser à la place). Le secrétariat en ajoute un sur la page des schémas de numérotation du groupe ; rien n’a été publié.',
  'report.outputs.report': 'Rapport de réunion',
  'report.outputs.reportDraft': 'Le rapport est en cours de rédaction.',
  'report.outputs.statements': 'Déclarations de liaison envoyées',
  'report.outputs.deliverables': 'Livrables approuvés',
  'report.outputs.others': 'Autres résultats',
  'fate.title': 'Ce qu’il est devenu',
  'fate.decision': 'Décision : {decision}',
  'fate.pending': 'Aucune décision n’a encore été enregistrée.',
  'fate.revisedBy': 'Révisé par {number}',
  'fate.answeredBy': 'Réponse : {number}',
  'fate.replyDrafting': 'Une réponse est en cours de rédaction.',
  'fate.inReport': 'Consigné dans le rapport de réunion {number}',
};
