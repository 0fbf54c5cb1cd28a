import type { importing as english } from '../en/import';
import type { Translation } from '../types';

/** French messages of importing a meeting's document list and of the mailbox bridge. */
export const importing: Translation<typeof english> = {
  'import.list.empty':
    'La liste est vide : elle doit comporter une ligne d’en-tête avec au moins les colonnes Number et Title, et une ligne par document.',
  'import.list.tooLarge':
    'Le fichier de la liste dépasse {max}. Scindez-le, ou retirez-en les fichiers (ils vont dans le ZIP).',
  'import.list.tooManyRows':
    'La liste compte {count} lignes ; {max} au maximum peuvent être importées en une fois. Scindez-la en plusieurs listes et importez-les l’une après l’autre.',
  'import.list.columnsMissing':
    'La liste doit comporter une ligne d’en-tête indiquant au moins les colonnes Number et Title (les colonnes de l’export CSV de la réunion sont comprises telles quelles).',
  'import.list.utf16NoBom':
    'La liste semble être un texte UTF-16 sans indicateur d’ordre des octets, qui ne peut pas être lu de manière sûre. Enregistrez-la à nouveau au format « CSV UTF-8 » (ou .xlsx).',
  'import.list.unknownEncoding':
    'La liste est dans un codage de texte que l’importation ne reconnaît pas ; elle lit {accepted}. Enregistrez-la de nouveau au format « CSV UTF-8 » (ou en .xlsx).',
  'import.list.badCsv':
    'La liste n’a pas pu être lue en tant que CSV : {reason}. Vérifiez les guillemets et enregistrez-la à nouveau au format « CSV UTF-8 ».',
  'import.list.badXlsx':
    'Le fichier .xlsx n’a pas pu être lu en tant que classeur. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau.',
  'import.list.ignoredColumn': 'La colonne « {column} » n’est pas reconnue par l’importation ; elle est ignorée.',
  'import.list.noRows': 'La liste ne contient aucune ligne de document.',
  'import.refused':
    'Rien n’a été importé : {count, plural, one {# ligne présente} other {# lignes présentent}} un problème. Corrigez la liste et réessayez.',
  'import.row.numberMissing': 'Pas de numéro.',
  'import.row.titleMissing': 'Pas de titre.',
  'import.row.unknownType':
    'Type de document « {type} » inconnu (utilisez contribution, td, input, output, jca, ls_in, ls_out, agenda ou report).',
  'import.row.typeUnknownFromNumber':
    'Aucun système de numérotation de cette réunion ne produit de numéros tels que {number} ; ajoutez une colonne Type.',
  'import.row.noScheme':
    'La réunion n’a pas de système de numérotation pour le type {type} ; ajoutez-en d’abord un sur la page de numérotation du groupe.',
  'import.row.numberFormat':
    'Le numéro {number} ne suit pas le format du système (les numéros se présentent ainsi : {example}).',
  'import.row.unknownGroup':
    'Groupe de travail ou Question « {code} » inconnu (ce n’est pas un sous-groupe du groupe de cette réunion).',
  'import.row.unknownAgenda':
    'Le point « {item} » ne figure pas à l’ordre du jour de cette réunion ; le document est importé sans point de l’ordre du jour.',
  'import.row.unknownDecision': 'Décision « {decision} » inconnue (utilisez {allowed}, ou laissez vide).',
  'import.row.unknownAccess': 'Accès « {access} » inconnu (utilisez public ou members, ou laissez vide).',
  'import.row.unknownPurpose': 'Objet « {purpose} » inconnu (utilisez {allowed}, ou laissez vide).',
  'import.row.badEmail': '« {value} » n’est pas une adresse électronique.',
  'import.row.badDate': '« {value} » n’est pas une date (utilisez AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ).',
  'import.row.duplicate': 'Le numéro {number} figure déjà à la ligne {line} de cette liste.',
  'import.row.numberTaken': 'Le numéro {number} appartient à un document d’une autre réunion.',
  'import.row.originalMissing':
    '{number} nécessite son original {original}, qui ne figure ni dans cette liste ni dans la réunion.',
  'import.row.noMainFile': 'Aucun .docx parmi ses fichiers : le document est importé sans fichier principal.',
  'import.zip.corrupt': 'Le fichier ZIP n’a pas pu être lu (endommagé ou pas un ZIP). Créez-le à nouveau et réessayez.',
  'import.zip.bomb':
    'Le fichier ZIP déclare plus d’entrées ou d’octets qu’une importation n’en accepte (20 000 fichiers et 16 Go décompressés au maximum).',
  'import.zip.unmatched':
    'L’entrée « {name} » du ZIP ne correspond à aucun numéro de la liste ; elle n’est pas importée.',
  'import.zip.notNeeded':
    'L’entrée « {name} » du ZIP appartient à un document que la réunion possède déjà ; elle n’est pas importée de nouveau.',
  'import.zip.entryUnreadable': 'L’entrée {filename} du ZIP n’a pas pu être lue.',
  'import.form.listRequired': 'Choisissez la liste des documents (.csv ou .xlsx).',
  'import.form.listType': 'La liste doit être un fichier .csv ou .xlsx.',
  'import.form.zipType': 'Les fichiers doivent être réunis dans un seul fichier .zip.',
  'import.page.title': 'Importer une liste de documents : {meeting}',
  'import.page.intro':
    'Importez dans le portail une liste de documents de réunion existante : chaque ligne devient un document enregistré avec le numéro qu’il porte déjà, et les compteurs de numérotation passent au-delà. Vérifiez d’abord la liste : rien n’est enregistré tant que toutes les lignes ne sont pas correctes. Importer de nouveau la même liste ne change rien. {max} lignes au maximum en une fois.',
  'import.page.link': 'Importer une liste de documents',
  'import.page.list': 'Liste des documents (.csv ou .xlsx)',
  'import.page.listHint':
    'Une ligne d’en-tête, puis une ligne par document. Colonnes : Number, Title, Source, Type, WG/Question, Agenda item, Decision, Access, Contact (l’export CSV de la réunion les contient). CSV en UTF-8, UTF-16 ou dans l’encodage où l’enregistre un tableur (Windows-1252, GB18030, Big5, Shift_JIS, EUC-KR, Windows-1251…) ; les cellules sont lues comme du texte, jamais comme des formules.',
  'import.page.zip': 'Fichiers (.zip, facultatif)',
  'import.page.zipHint':
    'Chaque fichier est nommé d’après le numéro de son document, par exemple FGMV-I-012.docx ou « FGMV-I-012 - Proposal.pdf » (comme dans l’archive « Tout télécharger »). Le .docx est le fichier principal ; les autres sont des pièces jointes.',
  'import.page.check': 'Vérifier la liste',
  'import.page.import': 'Importer',
  'import.page.dryRunTitle': 'Vérification de la liste (rien n’est enregistré)',
  'import.page.resultTitle': 'Importation',
  'import.page.imported':
    'Importation effectuée : {created, plural, one {# document créé} other {# documents créés}}, {unchanged} déjà présents, {files, plural, one {# fichier enregistré} other {# fichiers enregistrés}}.',
  'import.page.wouldImport':
    'La liste est prête : {created, plural, one {# document serait créé} other {# documents seraient créés}} ({files, plural, one {# fichier} other {# fichiers}}), {unchanged} déjà présents.',
  'import.page.nothingToDo': 'Rien à importer : la réunion possède déjà les {unchanged} documents de la liste.',
  'import.page.line': 'Ligne',
  'import.page.number': 'Numéro',
  'import.page.titleColumn': 'Titre',
  'import.page.action': 'Résultat',
  'import.page.files': 'Fichiers',
  'import.page.problems': 'Problèmes',
  'import.action.create': 'nouveau',
  'import.action.unchanged': 'déjà présent',
  'import.action.error': 'refusé',
  'mailbox.reply.noMeeting':
    'Plenary a reçu votre message, mais aucune réunion n’accepte de contributions par courrier électronique à l’adresse {address}. Soumettez plutôt votre contribution sur le portail, depuis la page de la réunion.',
  'mailbox.reply.closed':
    'Plenary a reçu votre message, mais la réunion concernée ({meeting}) n’accepte plus de contributions (la date limite est passée ou les soumissions sont closes). Rien n’a été enregistré. Demandez au secrétariat si une contribution tardive peut être acceptée : {url}',
  'mailbox.reply.noDocx':
    'Plenary a reçu votre message ({meeting}), mais il ne contient aucun document Word (.docx). Envoyez de nouveau la contribution sous la forme d’une seule pièce jointe .docx établie à partir du modèle du groupe, ou soumettez-la sur le portail.',
  'mailbox.reply.severalDocx':
    'Plenary a reçu votre message contenant {count} documents Word ; un message ne peut contenir qu’une seule contribution. Rien n’a été enregistré. Envoyez chaque contribution dans un message distinct.',
  'mailbox.reply.badFile':
    'Plenary a reçu votre message, mais son document ne peut pas être accepté : {reason} Rien n’a été enregistré ; envoyez-le de nouveau une fois corrigé.',
  'mailbox.reply.confirm':
    'Plenary a reçu votre contribution {filename} ({meeting}). Elle est réputée reçue à l’heure d’arrivée de votre message, mais elle n’est soumise qu’une fois que vous l’avez confirmée : vérifiez les champs lus sur sa page de couverture et confirmez ici : {link}',
  'mailbox.reply.signUp':
    'Plenary a reçu votre contribution {filename} ({meeting}). Aucun compte n’a encore cette adresse : créez-en un avec cette adresse ({signup}), confirmez l’adresse, puis ouvrez {link} pour vérifier et confirmer la soumission. Elle est réputée reçue à l’heure d’arrivée de votre message.',
  'mailbox.page.title': 'Contribution envoyée par courrier électronique : {meeting}',
  'mailbox.page.received': 'Message de {from} (« {subject} »), reçu le',
  'mailbox.page.intro':
    'Les champs ci-dessous ont été lus sur la page de couverture du document envoyé. Vérifiez-les et confirmez : la soumission est faite au nom de {sender} ({email}), à l’heure d’arrivée du message.',
  'mailbox.page.confirm': 'Confirmer la soumission',
  'mailbox.page.submitted': 'Cette contribution envoyée par courrier électronique a été soumise.',
  'mailbox.page.alreadyConfirmed':
    'Cette contribution envoyée par courrier électronique a déjà été confirmée ; elle a été soumise une seule fois.',
  'mailbox.page.expired':
    'Cette contribution envoyée par courrier électronique n’a pas été confirmée dans les {days} jours suivant son arrivée ; elle a expiré et son fichier a été supprimé.',
  'mailbox.page.submitInstead': 'La soumettre sur le portail',
  'mailbox.page.open': 'Ouvrir le document',
  'mailbox.page.noAccount':
    'L’expéditeur n’a pas encore de compte ; dès qu’il se sera inscrit avec l’adresse d’où provient le message, il pourra la confirmer ici.',
  'mailbox.queue.title': 'Reçues par courrier électronique, en attente de confirmation',
  'mailbox.queue.review': 'Vérifier et confirmer au nom de l’expéditeur',
  'mailbox.queue.byEmail': 'par courrier électronique',
  'mailbox.meeting.intakeAddress': 'Adresse de réception des contributions par courrier électronique (facultatif)',
  'mailbox.meeting.intakeAddressHint':
    'Les messages envoyés à cette adresse (réacheminés vers le portail) deviennent des soumissions à cette réunion, en attente de confirmation par l’expéditeur. Si elle est vide, les messages envoyés à l’adresse du groupe vont à sa prochaine réunion ouverte aux contributions.',
};
