import type { submissions as english } from '../en/submissions';
import type { Translation } from '../types';

/** French messages of submissions: meeting set-up, templates, the submission form, receipts, my documents, the document page. */
export const submissions: Translation<typeof english> = {
  'submissions.tooLong': 'Ce texte est trop long ; raccourcissez-le.',
  'submissions.titleTooLong':
    'Le titre est trop long (500 caractères au maximum) ; raccourcissez-le et placez le reste dans le résumé.',
  'submissions.purposeRequired': 'Choisissez l’objet : discussion, proposition, information, décision ou approbation.',
  'submissions.contactRequired': 'Indiquez au moins un contact avec une adresse électronique.',
  'submissions.abstractRequired':
    'Rédigez le résumé : quelques phrases indiquant ce que le document propose ou rapporte.',
  'submissions.keywordsRequired': 'Indiquez au moins un mot clé.',
  'submissions.proposedRequired':
    'Cochez au moins une Question ou un groupe de travail auquel le document est destiné.',
  'submissions.tooManyContacts':
    'Un document indique au maximum 20 contacts (chacun reçoit les accusés de réception par courrier électronique). Ne gardez que les personnes à contacter à son sujet.',
  'submissions.fieldTooLarge': 'Un champ de texte est beaucoup trop long ; raccourcissez-le et soumettez à nouveau.',
  'submissions.tooManyFiles':
    'Une soumission comporte au maximum {max, plural, one {# fichier} other {# fichiers}} (le fichier principal et ses pièces jointes). Placez les autres fichiers dans une pièce jointe .zip.',
  'submissions.upload.unreadable':
    'L’envoi s’est interrompu avant la réception complète du formulaire (la connexion a peut-être été coupée). Envoyez-le à nouveau depuis la page.',
  'submissions.typeNotTaken': 'Cette réunion n’accepte pas ce type de document ; choisissez-en un dans la liste.',
  'submissions.mainRequired': 'Choisissez le fichier principal (.docx) du document.',
  'submissions.uploadGone':
    'Un fichier que vous avez déposé précédemment n’est plus en attente ; choisissez-le à nouveau et soumettez.',
  'submissions.deadlinePassed':
    'La date limite de soumission des contributions de cette réunion est passée et les documents tardifs n’y sont pas acceptés. Contactez le secrétariat si votre document doit encore être examiné.',
  'submissions.closed': 'Cette réunion n’accepte pas de documents.',
  'submissions.stale':
    'Quelqu’un a modifié ce document pendant que vous le consultiez ; rechargez la page et réessayez.',
  'submissions.replaceRegistered':
    'Ce document est déjà enregistré : soumettez une révision au lieu de remplacer son fichier.',
  'submissions.reviseUnregistered':
    'Seul un document enregistré peut être révisé ; tant qu’il est en attente d’enregistrement, remplacez plutôt son fichier.',
  'submissions.alreadyRevised': 'Ce document a déjà une révision plus récente ; révisez la dernière.',
  'submissions.alreadyWithdrawn': 'Ce document est déjà retiré.',
  'submissions.template.unknownType': 'Cette réunion n’a pas de modèle pour ce type de document.',
  'submissions.file.empty':
    '« {filename} » est vide (0 octet). Enregistrez à nouveau le document dans Word ou LibreOffice et déposez le fichier enregistré.',
  'submissions.file.program':
    '« {filename} » est un programme, pas un document. Déposez le fichier .docx que vous avez rédigé.',
  'submissions.file.notDocx':
    '« {filename} » n’est pas un document Word (.docx), quel que soit son nom. Ouvrez-le dans Word ou LibreOffice, enregistrez-le au format « Document Word (.docx) » et déposez-le à nouveau.',
  'submissions.file.mainNotDocx':
    'Le fichier principal « {filename} » doit être un document Word (.docx). Enregistrez-le au format .docx et déposez-le à nouveau ; les PDF et les présentations peuvent être joints.',
  'submissions.file.legacy':
    '« {filename} » est dans l’ancien format Word/Office (.doc, .xls, .ppt). Enregistrez-le au format .docx (ou .xlsx, .pptx) et déposez-le à nouveau.',
  'submissions.file.doc':
    '« {filename} » est un document Word 97–2003 (.doc). Ouvrez-le dans Word ou LibreOffice, enregistrez-le au format « Document Word (.docx) » et déposez le fichier enregistré.',
  'submissions.file.xls':
    '« {filename} » est un classeur Excel 97–2003 (.xls). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format « Classeur Excel (.xlsx) » et déposez le fichier enregistré.',
  'submissions.file.ppt':
    '« {filename} » est une présentation PowerPoint 97–2003 (.ppt). Ouvrez-la dans PowerPoint ou LibreOffice, enregistrez-la au format « Présentation PowerPoint (.pptx) » et déposez le fichier enregistré.',
  'submissions.file.odt':
    '« {filename} » est un texte OpenDocument (.odt), le format propre à LibreOffice. Ouvrez-le dans LibreOffice ou Word, enregistrez-le au format « Word 2007–365 (.docx) » et déposez le fichier enregistré.',
  'submissions.file.ods':
    '« {filename} » est un classeur OpenDocument (.ods). Ouvrez-le dans LibreOffice ou Excel, enregistrez-le au format « Excel 2007–365 (.xlsx) » et déposez le fichier enregistré.',
  'submissions.file.odp':
    '« {filename} » est une présentation OpenDocument (.odp). Ouvrez-la dans LibreOffice ou PowerPoint, enregistrez-la au format « PowerPoint 2007–365 (.pptx) » et déposez le fichier enregistré.',
  'submissions.file.encrypted':
    '« {filename} » est protégé par un mot de passe, personne ne pourrait donc l’ouvrir. Supprimez le mot de passe (dans Word : Fichier > Informations > Protéger le document > Chiffrer avec mot de passe, puis effacez-le ; dans LibreOffice : enregistrez-le à nouveau sans « Enregistrer avec mot de passe »), puis déposez le .docx enregistré.',
  'submissions.file.corrupt':
    '« {filename} » est endommagé ou incomplet (l’envoi ou la copie a peut-être été interrompu). Ouvrez-le dans Word pour le vérifier, enregistrez-le à nouveau et déposez le fichier enregistré.',
  'submissions.file.macro':
    '« {filename} » contient des macros. Enregistrez-le au format « Document Word (.docx) » (et non .docm) pour les supprimer et déposez-le à nouveau.',
  'submissions.file.bomb':
    '« {filename} » se décompresse en bien plus de données qu’aucun document n’en contient ; il n’a donc pas été lu. Enregistrez à nouveau le document et déposez le fichier enregistré.',
  'submissions.file.format':
    '« {filename} » est dans un format que cette réunion n’accepte pas en pièce jointe. Formats acceptés : {formats}.',
  'submissions.file.tooLarge':
    '« {filename} » dépasse la taille de {max} autorisée par fichier pour cette réunion. Réduisez-le (compressez les images, séparez les annexes) et déposez-le à nouveau.',

  'submissions.cover.tableCut':
    'Le tableau de la page de couverture est très long : {rows, plural, one {seule la première ligne a été lue} other {seules les # premières lignes ont été lues}}.',
  'submissions.cover.tooLong':
    'Le champ {field} de la page de couverture dépasse {max, plural, one {# caractère} other {# caractères}} : seul son début a été lu.',
  'submissions.cover.duplicate': 'La page de couverture indique deux fois le champ {field} : le premier a été lu.',
  'submissions.cover.tooManyContacts':
    'La page de couverture indique plus de {max, plural, one {# contact : le premier a été lu} other {# contacts : les # premiers ont été lus}}.',
  'submissions.cover.contactNoEmail':
    'Le contact « {name} » de la page de couverture n’a pas d’adresse électronique : ajoutez-la ci-dessous.',
  'submissions.cover.purposeUnknown':
    'L’objet indiqué sur la page de couverture (« {text} ») n’est ni discussion, ni proposition, ni information, ni décision, ni approbation : choisissez-en un ci-dessous.',
  'submissions.cover.typeUnknown':
    'La page de couverture indique le type de document « {text} », que le portail ne connaît pas : choisissez le type ci-dessous.',
  'submissions.cover.unlabelled':
    'Une ligne du tableau de la page de couverture n’a pas d’intitulé (« {text} ») : elle n’a pas été lue.',
  'submissions.cover.unreadable':
    'Une partie de la page de couverture n’a pas pu être lue : vérifiez chaque champ ci-dessous.',
  'submissions.cover.questionsAll':
    'La page de couverture indique « {text} » pour les Questions ou groupes de travail : cochez ceux auxquels le document est destiné.',
  'submissions.cover.questionsUnmatched':
    'La page de couverture mentionne {values}, qui n’existe pas dans {group} : cochez les bons éléments.',
  'submissions.cover.typeNotTaken':
    'Selon la page de couverture, il s’agit d’un document de type {type}, que cette réunion n’accepte pas : choisissez un type ci-dessous.',
  'submissions.cover.otherGroup':
    'La page de couverture mentionne {cover}, mais cette réunion relève du groupe {group} : vérifiez que vous soumettez à la bonne réunion.',

  'submissions.meeting.newTitle': 'Nouvelle réunion du groupe {group}',
  'submissions.meeting.editTitle': 'Modifier {meeting}',
  'submissions.meeting.number': 'Indiquez un nombre entier, ou laissez vide.',
  'submissions.meeting.date': 'Indiquez une date au format AAAA-MM-JJ.',
  'submissions.meeting.time': 'Indiquez une heure au format HH:MM (sur 24 heures).',
  'submissions.meeting.timeZone': 'Indiquez un fuseau horaire IANA, par exemple Europe/Zurich ou Asia/Shanghai.',
  'submissions.meeting.maxFileMb': 'Indiquez une taille en Mo comprise entre 1 et 2048.',
  'submissions.meeting.endBeforeStart': 'Le dernier jour ne peut pas précéder le premier jour.',
  'submissions.meeting.f.title': 'Titre',
  'submissions.meeting.f.number': 'Numéro (1re, 2e…)',
  'submissions.meeting.f.startsOn': 'Premier jour',
  'submissions.meeting.f.endsOn': 'Dernier jour',
  'submissions.meeting.f.startTime': 'Heure de début (réunions courtes)',
  'submissions.meeting.f.endTime': 'Heure de fin',
  'submissions.meeting.f.timeZone': 'Fuseau horaire (IANA)',
  'submissions.meeting.f.locationKind': 'Lieu',
  'submissions.meeting.f.place': 'Lieu',
  'submissions.meeting.f.host': 'Hôte',
  'submissions.meeting.f.deadline': 'Date limite des contributions',
  'submissions.meeting.f.deadlineRule':
    'Règle du groupe : {days, plural, one {# jour civil} other {# jours civils}} avant le premier jour, {time}, heure de la réunion',
  'submissions.meeting.f.deadlineRuleNow': 'Règle du groupe (actuellement : {when})',
  'submissions.meeting.f.deadlineCustom': 'Fixée manuellement (date et heure dans le fuseau horaire de la réunion) :',
  'submissions.meeting.f.deadlineNone': 'Pas de documents numérotés (manifestation)',
  'submissions.meeting.f.deadlineDate': 'Date limite',
  'submissions.meeting.f.deadlineTime': 'Heure limite',
  'submissions.meeting.f.acceptsLate': 'Accepter les documents tardifs (signalés comme tels)',
  'submissions.meeting.f.documentTypes': 'Types de document acceptés',
  'submissions.meeting.f.requiredFields': 'Une soumission doit indiquer (outre son type et son titre)',
  'submissions.meeting.f.attachmentFormats': 'Formats des pièces jointes (le fichier principal est toujours un .docx)',
  'submissions.meeting.f.maxFileMb': 'Taille maximale par fichier (Mo)',
  'submissions.meeting.f.documentAccess': 'Les documents sont',
  'submissions.meeting.f.notes': 'Notes',
  'submissions.meeting.f.language': 'Langue de travail',
  'submissions.meeting.f.languageHint':
    'Langue des libellés des modèles, de l’ordre du jour, des déclarations de liaison et du rapport ; le texte des documents n’est jamais traduit.',
  'submissions.meeting.physical': 'En présentiel',
  'submissions.meeting.virtual': 'Virtuelle',
  'submissions.meeting.hybrid': 'Hybride',
  'submissions.meeting.public': 'Publics (ouverts à tous)',
  'submissions.meeting.members': 'Réservés aux membres',
  'submissions.meeting.save': 'Enregistrer la réunion',
  'submissions.meeting.create': 'Créer la réunion',
  'submissions.meeting.saved': 'La réunion est enregistrée.',
  'submissions.meeting.newLink': 'Nouvelle réunion',

  'submissions.type.contribution': 'Contribution',
  'submissions.type.td': 'Document temporaire (TD)',
  'submissions.type.input': 'Document d’entrée',
  'submissions.type.output': 'Document de sortie',
  'submissions.type.jca': 'Document de la JCA',
  'submissions.type.ls_in': 'Déclaration de liaison entrante',
  'submissions.type.ls_out': 'Déclaration de liaison sortante',
  'submissions.type.agenda': 'Ordre du jour',
  'submissions.type.report': 'Rapport',
  'submissions.purpose.discussion': 'Discussion',
  'submissions.purpose.proposal': 'Proposition',
  'submissions.purpose.information': 'Information',
  'submissions.purpose.decision': 'Décision',
  'submissions.purpose.approval': 'Approbation',
  'submissions.state.submitted': 'Soumis, en attente d’enregistrement',
  'submissions.state.reserved': 'Numéro réservé',
  'submissions.state.registered': 'Enregistré',
  'submissions.state.withdrawn': 'Retiré',
  'submissions.role.main': 'Fichier principal',
  'submissions.role.attachment': 'Pièce jointe',
  'submissions.role.stamped': 'Copie estampillée',
  'submissions.role.pdf': 'PDF',

  'submissions.submit.title': 'Soumettre un document : {meeting}',
  'submissions.submit.deadline': 'Date limite des contributions',
  'submissions.submit.deadlinePassed':
    'La date limite de soumission des contributions est passée. Cette réunion n’accepte pas de documents tardifs.',
  'submissions.submit.lateWarning':
    'La date limite de soumission des contributions est passée. Cette réunion accepte les documents tardifs : le vôtre sera signalé à tous comme tardif.',
  'submissions.submit.secretariatLate':
    'La date limite est passée ; en tant que secrétariat, vous pouvez encore soumettre (le document est signalé comme tardif).',
  'submissions.submit.templates': 'Modèles',
  'submissions.submit.templatesHint':
    'Rédigez votre document dans le modèle du groupe : le portail lit sa page de couverture pour remplir ce formulaire.',
  'submissions.submit.step1': '1. Votre fichier',
  'submissions.submit.step2': '2. Vérifiez les informations',
  'submissions.submit.main': 'Fichier principal (.docx)',
  'submissions.submit.mainHint': 'Jusqu’à {max}. La page de couverture est lue pour remplir le formulaire ci-dessous.',
  'submissions.submit.mainStaged': 'Déposé : {filename} ({size}). Choisissez un autre fichier pour le remplacer.',
  'submissions.submit.attachments': 'Pièces jointes (facultatif)',
  'submissions.submit.attachmentsHint': 'Formats acceptés : {formats} ; jusqu’à {max} chacune.',
  'submissions.submit.noAttachments': 'Cette réunion n’accepte pas de pièces jointes.',
  'submissions.submit.keep': 'Conserver {filename} ({size})',
  'submissions.submit.read': 'Déposer et lire la page de couverture',
  'submissions.submit.readDone':
    'Nous avons lu la page de couverture de {filename}. Vérifiez chaque champ ci-dessous, corrigez ce qui est inexact et complétez ce qui manque.',
  'submissions.submit.readNothing':
    'Aucun champ de page de couverture n’a été trouvé dans {filename} ; remplissez le formulaire ci-dessous.',
  'submissions.submit.missing': 'Absent du fichier, veuillez compléter : {fields}',
  'submissions.submit.fromTemplate': 'Établi à partir du modèle du portail.',
  'submissions.submit.type': 'Type de document',
  'submissions.submit.choose': 'Choisir…',
  'submissions.submit.f.title': 'Titre',
  'submissions.submit.f.source': 'Source (organisations membres)',
  'submissions.submit.f.purpose': 'Objet',
  'submissions.submit.f.keywords': 'Mots clés (séparés par des virgules)',
  'submissions.submit.f.abstract': 'Résumé',
  'submissions.submit.f.proposed': 'Questions / groupes de travail proposés',
  'submissions.submit.contacts': 'Contacts',
  'submissions.submit.contact': 'Contact {n}',
  'submissions.submit.c.name': 'Nom',
  'submissions.submit.c.organisation': 'Organisation',
  'submissions.submit.c.country': 'Pays',
  'submissions.submit.c.email': 'Courriel',
  'submissions.submit.c.phone': 'Téléphone',
  'submissions.submit.contactsHint':
    'Les coauteurs dont l’adresse électronique correspond à un compte voient le document dans « Mes documents ».',
  'submissions.submit.submit': 'Soumettre le document',
  'submissions.submit.uploading': 'Envoi en cours… {percent} %',
  'submissions.submit.processing': 'Envoi terminé ; vérification des fichiers…',
  'submissions.submit.networkError': 'La connexion a été perdue pendant l’envoi. Rien n’a été soumis ; réessayez.',
  'submissions.submit.progress': 'Progression de l’envoi',

  'submissions.receipt.title': 'Accusé de réception',
  'submissions.receipt.lead':
    'Votre document a été reçu. Conservez cette page : elle indique exactement ce que le portail a enregistré.',
  'submissions.receipt.number': 'Numéro du document',
  'submissions.receipt.numberPending':
    'Pas encore attribué : le secrétariat attribue le numéro lorsqu’il enregistre le document. Il apparaîtra alors ici et sur la page du document.',
  'submissions.receipt.numberOnRegistration':
    '(repris de l’original ; cette révision le reçoit lorsque le secrétariat l’enregistre)',
  'submissions.receipt.numberNone': 'Aucun : le document a été retiré avant d’être enregistré.',
  'submissions.receipt.status': 'Statut',
  'submissions.receipt.received': 'Reçu',
  'submissions.receipt.utc': '{time} UTC',
  'submissions.receipt.files': 'Fichiers reçus',
  'submissions.receipt.mail': 'Un accusé de réception a été envoyé par courrier électronique à {to}.',
  'submissions.receipt.open': 'Ouvrir la page du document',
  'submissions.late': 'Tardif',

  'submissions.my.title': 'Mes documents',
  'submissions.my.lead': 'Documents que vous avez soumis ou dans lesquels vous figurez comme contact.',
  'submissions.my.none':
    'Vous n’avez encore aucun document. Ouvrez une réunion qui accepte des documents et choisissez « Soumettre un document ».',
  'submissions.my.document': 'Document',
  'submissions.my.meeting': 'Réunion',
  'submissions.my.state': 'État',
  'submissions.my.submitted': 'Soumis le',
  'submissions.my.coauthor': 'coauteur',

  'submissions.doc.number': 'Numéro',
  'submissions.doc.notNumbered': 'Pas encore numéroté',
  'submissions.doc.type': 'Type',
  'submissions.doc.meeting': 'Réunion',
  'submissions.doc.state': 'État',
  'submissions.doc.source': 'Source',
  'submissions.doc.purpose': 'Objet',
  'submissions.doc.keywords': 'Mots clés',
  'submissions.doc.abstract': 'Résumé',
  'submissions.doc.contacts': 'Contacts',
  'submissions.doc.proposed': 'Proposé pour',
  'submissions.doc.submittedBy': 'Soumis par',
  'submissions.doc.submittedAt': 'Soumis le',
  'submissions.doc.files': 'Fichiers',
  'submissions.doc.file': 'Fichier',
  'submissions.doc.role': 'Rôle',
  'submissions.doc.version': 'Version',
  'submissions.doc.size': 'Taille',
  'submissions.doc.sha256': 'SHA-256',
  'submissions.doc.superseded': 'remplacé',
  'submissions.doc.revisionOf': 'Ce document est la Rev.{revision} de',
  'submissions.doc.original': 'l’original',
  'submissions.doc.revisedBy': 'Révisé par',
  'submissions.doc.history': 'Historique',
  'submissions.doc.when': 'Date',
  'submissions.doc.who': 'Par',
  'submissions.doc.what': 'Opération',
  'submissions.doc.withdrawnBanner': 'Ce document a été retiré. Il est conservé pour mémoire.',
  'submissions.doc.lateBanner':
    'Ce document est parvenu après la date limite de soumission des contributions et a été accepté tardivement.',
  'submissions.doc.actions': 'Vos actions',
  'submissions.doc.replace': 'Remplacer le fichier principal',
  'submissions.doc.replaceHint':
    'Tant que le secrétariat ne l’a pas enregistré, vous pouvez remplacer le fichier ; les versions précédentes sont conservées.',
  'submissions.doc.revise': 'Soumettre une révision',
  'submissions.doc.withdraw': 'Retirer ce document…',
  'submissions.doc.withdrawConfirm': 'Oui, le retirer',
  'submissions.doc.withdrawHint':
    'Un document retiré reste dans la liste, signalé comme retiré ; il n’est jamais supprimé.',
  'submissions.doc.withdrawn': 'Le document est retiré.',
  'submissions.doc.replaced': 'Le fichier a été remplacé.',
  'submissions.revise.title': 'Révision de « {title} »',
  'submissions.revise.lead': 'Une fois enregistrée, la révision devient la Rev.{revision}, avec le même numéro.',
  'submissions.event.document.submitted': 'Soumis',
  'submissions.event.document.file_replaced': 'Fichier principal remplacé',
  'submissions.event.document.revision_submitted': 'Révision soumise',
  'submissions.event.document.revised_by': 'Une révision a été soumise',
  'submissions.event.document.withdrawn': 'Retiré',
  'submissions.event.document.reserved': 'Numéro réservé',
  'submissions.event.document.registered': 'Enregistré',
  'submissions.event.document.filled': 'Fichier ajouté au numéro réservé ; enregistré',
  'submissions.event.document.stamped': 'Copie estampillée établie',
  'submissions.event.document.allocated': 'Attribution ou point de l’ordre du jour modifié',
  'submissions.event.document.handed_back': 'Renvoyé au secrétariat',
  'submissions.event.document.decided': 'Décision enregistrée',
  'submissions.event.document.linked_revision': 'Lié en tant que révision d’un autre document',
  'submissions.event.document.published': 'Publié',
  'submissions.event.document.unpublished': 'Retiré de la liste publiée',
  'submissions.event.document.access_changed': 'Accès modifié',
  'submissions.event.agenda.publish': 'Publié en tant qu’ordre du jour de la réunion',
  'submissions.event.liaison.register_incoming': 'Enregistré en tant que déclaration de liaison entrante',
  'submissions.event.liaison.agreed': 'Déclaration de liaison adoptée',
  'submissions.event.liaison.approved': 'Déclaration de liaison approuvée',
  'submissions.event.liaison.sent': 'Déclaration de liaison sortante',
  'submissions.event.liaison.reopen': 'Déclaration de liaison rouverte en tant que projet',
  'submissions.event.other': 'Modifié ({action})',
  'submissions.event.detail.inheritedFrom': 'hérité de {number}',
  'submissions.event.detail.decision': '{decision}',
  'submissions.event.detail.decisionLink': '{decision} : {number}',

  'submissions.mail.title': 'Courrier de développement',
  'submissions.mail.lead':
    'Messages que le portail a écrits dans son dossier de courrier (mode intégré sans SMTP). Non disponible en production.',
  'submissions.mail.none': 'Aucun message pour le moment.',
  'submissions.mail.to': 'Destinataire',
};
