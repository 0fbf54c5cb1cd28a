import type { submissions as english } from '../en/submissions';
import type { Translation } from '../types';

/** Spanish messages of submissions: meeting set-up, templates, the submission form, receipts, my documents, the document page. */
export const submissions: Translation<typeof english> = {
  'submissions.tooLong': 'El texto es demasiado largo; acórtelo.',
  'submissions.titleTooLong':
    'El título es demasiado largo (500 caracteres como máximo); acórtelo y ponga el resto en el resumen.',
  'submissions.purposeRequired': 'Elija la finalidad: discusión, propuesta, información, decisión o aprobación.',
  'submissions.contactRequired': 'Indique al menos un contacto con dirección de correo electrónico.',
  'submissions.abstractRequired': 'Redacte el resumen: unas frases que digan lo que propone o expone el documento.',
  'submissions.keywordsRequired': 'Indique al menos una palabra clave.',
  'submissions.proposedRequired': 'Marque al menos una Cuestión o un Grupo de Trabajo al que se destina el documento.',
  'submissions.tooManyContacts':
    'Un documento indica como máximo 20 contactos (cada uno recibe los acuses de recibo por correo electrónico). Conserve las personas a las que debe contactarse sobre él.',
  'submissions.fieldTooLarge': 'Un campo de texto es demasiado largo; acórtelo y vuelva a presentar.',
  'submissions.tooManyFiles':
    'Una presentación contiene como máximo {max, plural, one {# archivo} other {# archivos}} (el archivo principal y sus adjuntos). Ponga los demás archivos en un adjunto .zip.',
  'submissions.upload.unreadable':
    'La carga terminó antes de que llegara el formulario completo (puede que se haya cortado la conexión). Envíelo de nuevo desde la página.',
  'submissions.typeNotTaken': 'Esta reunión no admite este tipo de documento; elija uno de la lista.',
  'submissions.mainRequired': 'Elija el archivo principal (.docx) del documento.',
  'submissions.uploadGone':
    'Un archivo que cargó anteriormente ya no está disponible; vuelva a elegirlo y presente de nuevo.',
  'submissions.deadlinePassed':
    'El plazo de presentación de esta reunión ha vencido y no se aceptan documentos fuera de plazo. Póngase en contacto con la secretaría si su documento todavía debe examinarse.',
  'submissions.closed': 'Esta reunión no admite documentos.',
  'submissions.stale':
    'Alguien ha modificado este documento mientras usted lo consultaba; vuelva a cargar la página e inténtelo de nuevo.',
  'submissions.replaceRegistered':
    'Este documento ya está registrado: presente una revisión en lugar de sustituir su archivo.',
  'submissions.reviseUnregistered':
    'Solo se puede revisar un documento registrado; mientras esté pendiente de registro, sustituya su archivo.',
  'submissions.alreadyRevised': 'Este documento ya tiene una revisión más reciente; revise la última.',
  'submissions.alreadyWithdrawn': 'Este documento ya ha sido retirado.',
  'submissions.template.unknownType': 'Esta reunión no tiene plantilla para este tipo de documento.',
  'submissions.file.empty':
    '«{filename}» está vacío (0 bytes). Guarde de nuevo el documento en Word o LibreOffice y cargue el archivo guardado.',
  'submissions.file.program': '«{filename}» es un programa, no un documento. Cargue el archivo .docx que ha redactado.',
  'submissions.file.notDocx':
    '«{filename}» no es un documento Word (.docx), diga lo que diga su nombre. Ábralo en Word o LibreOffice, guárdelo como "Documento de Word (.docx)" y cárguelo de nuevo.',
  'submissions.file.mainNotDocx':
    'El archivo principal «{filename}» debe ser un documento Word (.docx). Guárdelo como .docx y cárguelo de nuevo; los PDF y las diapositivas pueden ir como adjuntos.',
  'submissions.file.legacy':
    '«{filename}» está en el antiguo formato de Word/Office (.doc, .xls, .ppt). Guárdelo como .docx (o .xlsx, .pptx) y cárguelo de nuevo.',
  'submissions.file.doc':
    '«{filename}» es un documento de Word 97–2003 (.doc). Ábralo en Word o LibreOffice, guárdelo como "Documento de Word (.docx)" y cargue el archivo guardado.',
  'submissions.file.xls':
    '«{filename}» es un libro de Excel 97–2003 (.xls). Ábralo en Excel o LibreOffice, guárdelo como "Libro de Excel (.xlsx)" y cargue el archivo guardado.',
  'submissions.file.ppt':
    '«{filename}» es una presentación de PowerPoint 97–2003 (.ppt). Ábrala en PowerPoint o LibreOffice, guárdela como "Presentación de PowerPoint (.pptx)" y cargue el archivo guardado.',
  'submissions.file.odt':
    '«{filename}» es un texto OpenDocument (.odt), el formato propio de LibreOffice. Ábralo en LibreOffice o Word, guárdelo como "Word 2007–365 (.docx)" y cargue el archivo guardado.',
  'submissions.file.ods':
    '«{filename}» es una hoja de cálculo OpenDocument (.ods). Ábrala en LibreOffice o Excel, guárdela como "Excel 2007–365 (.xlsx)" y cargue el archivo guardado.',
  'submissions.file.odp':
    '«{filename}» es una presentación OpenDocument (.odp). Ábrala en LibreOffice o PowerPoint, guárdela como "PowerPoint 2007–365 (.pptx)" y cargue el archivo guardado.',
  'submissions.file.encrypted':
    '«{filename}» está protegido con contraseña, por lo que nadie podría abrirlo. Quite la contraseña (en Word: Archivo > Información > Proteger documento > Cifrar con contraseña, y bórrela; en LibreOffice: guárdelo de nuevo sin "Guardar con contraseña") y cargue después el .docx guardado.',
  'submissions.file.corrupt':
    '«{filename}» está dañado o incompleto (quizá la carga o la copia se interrumpió). Ábralo en Word para comprobarlo, guárdelo de nuevo y cargue el archivo guardado.',
  'submissions.file.macro':
    '«{filename}» contiene macros. Guárdelo como "Documento de Word (.docx)" (no .docm) para eliminarlas y cárguelo de nuevo.',
  'submissions.file.bomb':
    '«{filename}» se descomprime en muchos más datos de los que contiene cualquier documento, por lo que no se ha leído. Guarde de nuevo el documento y cargue el archivo guardado.',
  'submissions.file.format':
    '«{filename}» está en un formato que esta reunión no admite como adjunto. Formatos admitidos: {formats}.',
  'submissions.file.tooLarge':
    '«{filename}» supera el tamaño de {max} que esta reunión admite por archivo. Redúzcalo (comprima las imágenes, separe los anexos) y cárguelo de nuevo.',

  'submissions.cover.tableCut':
    'El cuadro de la portada es muy largo: solo se ha leído {rows, plural, one {su primera fila} other {sus # primeras filas}}.',
  'submissions.cover.tooLong':
    'El campo «{field}» de la portada supera {max, plural, one {# carácter} other {# caracteres}}: solo se ha leído su principio.',
  'submissions.cover.duplicate': 'La portada indica dos veces el campo «{field}»: se ha leído el primero.',
  'submissions.cover.tooManyContacts':
    'La portada indica más de {max, plural, one {# contacto: se ha leído el primero} other {# contactos: se han leído los # primeros}}.',
  'submissions.cover.contactNoEmail':
    'El contacto «{name}» de la portada no tiene dirección de correo electrónico: añádala más abajo.',
  'submissions.cover.purposeUnknown':
    'La finalidad indicada en la portada («{text}») no es discusión, propuesta, información, decisión ni aprobación: elija una más abajo.',
  'submissions.cover.typeUnknown':
    'La portada indica el tipo de documento «{text}», que el portal no reconoce: elija el tipo más abajo.',
  'submissions.cover.unlabelled': 'Una fila del cuadro de la portada no tiene etiqueta («{text}»): no se ha leído.',
  'submissions.cover.unreadable': 'No se ha podido leer parte de la portada: compruebe todos los campos siguientes.',
  'submissions.cover.questionsAll':
    'La portada indica «{text}» para las Cuestiones o los GT: marque aquellos a los que se destina el documento.',
  'submissions.cover.questionsUnmatched':
    'La portada menciona {values}, que {group} no tiene: marque los que correspondan.',
  'submissions.cover.typeNotTaken':
    'La portada indica que se trata de un documento de tipo {type}, que esta reunión no admite: elija un tipo más abajo.',
  'submissions.cover.otherGroup':
    'La portada menciona {cover}, pero esta reunión es de {group}: compruebe que presenta el documento a la reunión correcta.',

  'submissions.meeting.newTitle': 'Nueva reunión de {group}',
  'submissions.meeting.editTitle': 'Editar {meeting}',
  'submissions.meeting.number': 'Indique un número entero o deje el campo vacío.',
  'submissions.meeting.date': 'Indique una fecha con el formato AAAA-MM-DD.',
  'submissions.meeting.time': 'Indique una hora con el formato HH:MM (24 horas).',
  'submissions.meeting.timeZone': 'Indique una zona horaria IANA, como Europe/Zurich o Asia/Shanghai.',
  'submissions.meeting.maxFileMb': 'Indique un tamaño en MB entre 1 y 2048.',
  'submissions.meeting.endBeforeStart': 'El último día no puede ser anterior al primero.',
  'submissions.meeting.f.title': 'Título',
  'submissions.meeting.f.number': 'Número (1.ª, 2.ª…)',
  'submissions.meeting.f.startsOn': 'Primer día',
  'submissions.meeting.f.endsOn': 'Último día',
  'submissions.meeting.f.startTime': 'Hora de inicio (reuniones breves)',
  'submissions.meeting.f.endTime': 'Hora de fin',
  'submissions.meeting.f.timeZone': 'Zona horaria (IANA)',
  'submissions.meeting.f.locationKind': 'Modalidad',
  'submissions.meeting.f.place': 'Lugar',
  'submissions.meeting.f.host': 'Anfitrión',
  'submissions.meeting.f.deadline': 'Plazo de presentación',
  'submissions.meeting.f.deadlineRule':
    'Regla del grupo: {days, plural, one {# día natural} other {# días naturales}} antes del primer día, a las {time}, hora de la reunión',
  'submissions.meeting.f.deadlineRuleNow': 'Regla del grupo (ahora: {when})',
  'submissions.meeting.f.deadlineCustom': 'Fijado manualmente (fecha y hora en la zona horaria de la reunión):',
  'submissions.meeting.f.deadlineNone': 'Sin documentos numerados (un evento)',
  'submissions.meeting.f.deadlineDate': 'Fecha límite',
  'submissions.meeting.f.deadlineTime': 'Hora límite',
  'submissions.meeting.f.acceptsLate': 'Aceptar documentos fuera de plazo (marcados como tales)',
  'submissions.meeting.f.documentTypes': 'Tipos de documento admitidos',
  'submissions.meeting.f.requiredFields': 'Una presentación debe indicar (además de su tipo y su título)',
  'submissions.meeting.f.attachmentFormats': 'Formatos de los adjuntos (el archivo principal siempre es .docx)',
  'submissions.meeting.f.maxFileMb': 'Tamaño máximo por archivo (MB)',
  'submissions.meeting.f.documentAccess': 'Los documentos son',
  'submissions.meeting.f.notes': 'Notas',
  'submissions.meeting.f.language': 'Idioma de trabajo',
  'submissions.meeting.f.languageHint':
    'Idioma de las etiquetas de las plantillas, el orden del día, las declaraciones de coordinación y el informe; el texto de los documentos nunca se traduce.',
  'submissions.meeting.physical': 'Presencial',
  'submissions.meeting.virtual': 'Virtual',
  'submissions.meeting.hybrid': 'Híbrida',
  'submissions.meeting.public': 'Públicos (abiertos a todos)',
  'submissions.meeting.members': 'Solo para los miembros',
  'submissions.meeting.save': 'Guardar la reunión',
  'submissions.meeting.create': 'Crear la reunión',
  'submissions.meeting.saved': 'La reunión se ha guardado.',
  'submissions.meeting.newLink': 'Nueva reunión',

  'submissions.type.contribution': 'Contribución',
  'submissions.type.td': 'Documento temporal (TD)',
  'submissions.type.input': 'Documento de entrada',
  'submissions.type.output': 'Documento de salida',
  'submissions.type.jca': 'Documento JCA',
  'submissions.type.ls_in': 'Declaración de coordinación recibida',
  'submissions.type.ls_out': 'Declaración de coordinación saliente',
  'submissions.type.agenda': 'Orden del día',
  'submissions.type.report': 'Informe',
  'submissions.purpose.discussion': 'Discusión',
  'submissions.purpose.proposal': 'Propuesta',
  'submissions.purpose.information': 'Información',
  'submissions.purpose.decision': 'Decisión',
  'submissions.purpose.approval': 'Aprobación',
  'submissions.state.submitted': 'Presentado, pendiente de registro',
  'submissions.state.reserved': 'Número reservado',
  'submissions.state.registered': 'Registrado',
  'submissions.state.withdrawn': 'Retirado',
  'submissions.role.main': 'Archivo principal',
  'submissions.role.attachment': 'Adjunto',
  'submissions.role.stamped': 'Copia sellada',
  'submissions.role.pdf': 'PDF',

  'submissions.submit.title': 'Presentar un documento a {meeting}',
  'submissions.submit.deadline': 'Plazo de presentación',
  'submissions.submit.deadlinePassed':
    'El plazo de presentación ha vencido. Esta reunión no acepta documentos fuera de plazo.',
  'submissions.submit.lateWarning':
    'El plazo de presentación ha vencido. Esta reunión acepta documentos fuera de plazo: el suyo se marcará como presentado fuera de plazo a la vista de todos.',
  'submissions.submit.secretariatLate':
    'El plazo ha vencido; como secretaría, todavía puede presentar (el documento se marca como presentado fuera de plazo).',
  'submissions.submit.templates': 'Plantillas',
  'submissions.submit.templatesHint':
    'Redacte su documento con la plantilla del grupo: el portal lee su portada para rellenar este formulario.',
  'submissions.submit.step1': '1. Su archivo',
  'submissions.submit.step2': '2. Revise los datos',
  'submissions.submit.main': 'Archivo principal (.docx)',
  'submissions.submit.mainHint': 'Hasta {max}. La portada se lee para rellenar el formulario siguiente.',
  'submissions.submit.mainStaged': 'Cargado: {filename} ({size}). Elija otro archivo para sustituirlo.',
  'submissions.submit.attachments': 'Adjuntos (opcionales)',
  'submissions.submit.attachmentsHint': 'Formatos admitidos: {formats}; hasta {max} cada uno.',
  'submissions.submit.noAttachments': 'Esta reunión no admite adjuntos.',
  'submissions.submit.keep': 'Conservar {filename} ({size})',
  'submissions.submit.read': 'Cargar y leer la portada',
  'submissions.submit.readDone':
    'Hemos leído la portada de {filename}. Compruebe todos los campos siguientes, corrija lo que no sea correcto y rellene lo que falte.',
  'submissions.submit.readNothing':
    'No se ha encontrado ningún campo de portada en {filename}; rellene el formulario siguiente.',
  'submissions.submit.missing': 'Falta en el archivo; rellénelo: {fields}',
  'submissions.submit.fromTemplate': 'Elaborado con la plantilla del portal.',
  'submissions.submit.type': 'Tipo de documento',
  'submissions.submit.choose': 'Elija…',
  'submissions.submit.f.title': 'Título',
  'submissions.submit.f.source': 'Origen (organizaciones miembros)',
  'submissions.submit.f.purpose': 'Finalidad',
  'submissions.submit.f.keywords': 'Palabras clave (separadas por comas)',
  'submissions.submit.f.abstract': 'Resumen',
  'submissions.submit.f.proposed': 'Cuestiones / Grupos de Trabajo propuestos',
  'submissions.submit.contacts': 'Contactos',
  'submissions.submit.contact': 'Contacto {n}',
  'submissions.submit.c.name': 'Nombre',
  'submissions.submit.c.organisation': 'Organización',
  'submissions.submit.c.country': 'País',
  'submissions.submit.c.email': 'Correo-e',
  'submissions.submit.c.phone': 'Teléfono',
  'submissions.submit.contactsHint':
    'Los coautores cuya dirección de correo electrónico coincide con una cuenta ven el documento en su página «Mis documentos».',
  'submissions.submit.submit': 'Presentar el documento',
  'submissions.submit.uploading': 'Cargando… {percent} %',
  'submissions.submit.processing': 'Carga terminada; comprobando los archivos…',
  'submissions.submit.networkError':
    'Se ha perdido la conexión durante la carga. No se ha presentado nada; vuelva a intentarlo.',
  'submissions.submit.progress': 'Progreso de la carga',

  'submissions.receipt.title': 'Acuse de recibo',
  'submissions.receipt.lead':
    'Su documento se ha recibido. Conserve esta página: indica exactamente lo que el portal ha almacenado.',
  'submissions.receipt.number': 'Número de documento',
  'submissions.receipt.numberPending':
    'Todavía sin atribuir: la secretaría atribuye el número cuando registra el documento. Aparecerá entonces aquí y en la página del documento.',
  'submissions.receipt.numberOnRegistration':
    '(se conserva el del original; esta revisión lo recibe cuando la secretaría la registra)',
  'submissions.receipt.numberNone': 'Ninguno: el documento se retiró antes de registrarse.',
  'submissions.receipt.status': 'Estado',
  'submissions.receipt.received': 'Recibido',
  'submissions.receipt.utc': '{time} UTC',
  'submissions.receipt.files': 'Archivos recibidos',
  'submissions.receipt.mail': 'Se ha enviado un acuse de recibo por correo electrónico a {to}.',
  'submissions.receipt.open': 'Abrir la página del documento',
  'submissions.late': 'Fuera de plazo',

  'submissions.my.title': 'Mis documentos',
  'submissions.my.lead': 'Documentos que usted ha presentado o en los que figura como contacto.',
  'submissions.my.none':
    'Todavía no tiene documentos. Abra una reunión que admita documentos y elija «Presentar un documento».',
  'submissions.my.document': 'Documento',
  'submissions.my.meeting': 'Reunión',
  'submissions.my.state': 'Estado',
  'submissions.my.submitted': 'Presentado',
  'submissions.my.coauthor': 'coautor',

  'submissions.doc.number': 'Número',
  'submissions.doc.notNumbered': 'Todavía sin número',
  'submissions.doc.type': 'Tipo',
  'submissions.doc.meeting': 'Reunión',
  'submissions.doc.state': 'Estado',
  'submissions.doc.source': 'Origen',
  'submissions.doc.purpose': 'Finalidad',
  'submissions.doc.keywords': 'Palabras clave',
  'submissions.doc.abstract': 'Resumen',
  'submissions.doc.contacts': 'Contactos',
  'submissions.doc.proposed': 'Propuesto para',
  'submissions.doc.submittedBy': 'Presentado por',
  'submissions.doc.submittedAt': 'Presentado',
  'submissions.doc.files': 'Archivos',
  'submissions.doc.file': 'Archivo',
  'submissions.doc.role': 'Función',
  'submissions.doc.version': 'Versión',
  'submissions.doc.size': 'Tamaño',
  'submissions.doc.sha256': 'SHA-256',
  'submissions.doc.superseded': 'sustituido',
  'submissions.doc.revisionOf': 'Esta es la Rev.{revision} de',
  'submissions.doc.original': 'el original',
  'submissions.doc.revisedBy': 'Revisado por',
  'submissions.doc.history': 'Historial',
  'submissions.doc.when': 'Cuándo',
  'submissions.doc.who': 'Quién',
  'submissions.doc.what': 'Qué',
  'submissions.doc.withdrawnBanner': 'Este documento se ha retirado. Se conserva a efectos de constancia.',
  'submissions.doc.lateBanner': 'Este documento llegó después del plazo de presentación y se aceptó fuera de plazo.',
  'submissions.doc.actions': 'Sus acciones',
  'submissions.doc.replace': 'Sustituir el archivo principal',
  'submissions.doc.replaceHint':
    'Hasta que la secretaría lo registre, puede sustituir el archivo; las versiones anteriores se conservan.',
  'submissions.doc.revise': 'Presentar una revisión',
  'submissions.doc.withdraw': 'Retirar este documento…',
  'submissions.doc.withdrawConfirm': 'Sí, retirarlo',
  'submissions.doc.withdrawHint':
    'Un documento retirado sigue figurando en la lista, marcado como retirado; nunca se suprime.',
  'submissions.doc.withdrawn': 'El documento ha sido retirado.',
  'submissions.doc.replaced': 'El archivo ha sido sustituido.',
  'submissions.revise.title': 'Revisión de «{title}»',
  'submissions.revise.lead': 'Una vez registrada, la revisión pasa a ser la Rev.{revision}, con el mismo número.',
  'submissions.event.document.submitted': 'Presentado',
  'submissions.event.document.file_replaced': 'Archivo principal sustituido',
  'submissions.event.document.revision_submitted': 'Revisión presentada',
  'submissions.event.document.revised_by': 'Se ha presentado una revisión',
  'submissions.event.document.withdrawn': 'Retirado',
  'submissions.event.document.reserved': 'Número reservado',
  'submissions.event.document.registered': 'Registrado',
  'submissions.event.document.filled': 'Archivo añadido al número reservado; registrado',
  'submissions.event.document.stamped': 'Copia sellada generada',
  'submissions.event.document.allocated': 'Asignación o punto del orden del día modificados',
  'submissions.event.document.handed_back': 'Devuelto a la secretaría',
  'submissions.event.document.decided': 'Decisión consignada',
  'submissions.event.document.linked_revision': 'Vinculado como revisión de otro documento',
  'submissions.event.document.published': 'Publicado',
  'submissions.event.document.unpublished': 'Retirado de la lista publicada',
  'submissions.event.document.access_changed': 'Acceso modificado',
  'submissions.event.agenda.publish': 'Publicado como orden del día de la reunión',
  'submissions.event.liaison.register_incoming': 'Registrado como declaración de coordinación recibida',
  'submissions.event.liaison.agreed': 'Declaración de coordinación acordada',
  'submissions.event.liaison.approved': 'Declaración de coordinación aprobada',
  'submissions.event.liaison.sent': 'Declaración de coordinación enviada',
  'submissions.event.liaison.reopen': 'Declaración de coordinación reabierta como proyecto',
  'submissions.event.other': 'Modificado ({action})',
  'submissions.event.detail.inheritedFrom': 'heredado de {number}',
  'submissions.event.detail.decision': '{decision}',
  'submissions.event.detail.decisionLink': '{decision}: {number}',

  'submissions.mail.title': 'Correo de desarrollo',
  'submissions.mail.lead':
    'Mensajes que el portal ha escrito en su carpeta de correo (modo integrado sin SMTP). No disponible en producción.',
  'submissions.mail.none': 'Todavía no hay mensajes.',
  'submissions.mail.to': 'Para',
} as const;
