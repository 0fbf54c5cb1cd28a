import type { importing as english } from '../en/import';
import type { Translation } from '../types';

/** Spanish messages of importing a meeting's document list and of the mailbox bridge. */
export const importing: Translation<typeof english> = {
  'import.list.empty':
    'La lista está vacía: necesita una fila de encabezado con al menos Number y Title, y una fila por documento.',
  'import.list.tooLarge': 'El archivo de la lista supera {max}. Divídalo o deje fuera los archivos (van en el ZIP).',
  'import.list.tooManyRows':
    'La lista tiene {count} filas; se pueden importar {max} como máximo a la vez. Divídala en varias listas e impórtelas una tras otra.',
  'import.list.columnsMissing':
    'La lista necesita una fila de encabezado que nombre al menos las columnas Number y Title (las columnas de la exportación CSV de la reunión se entienden tal cual).',
  'import.list.utf16NoBom':
    'La lista parece un texto UTF-16 sin marca de orden de bytes, que no puede leerse con seguridad. Guárdela de nuevo como "CSV UTF-8" (o como .xlsx).',
  'import.list.unknownEncoding':
    'La lista está en una codificación de texto que la importación no reconoce; lee {accepted}. Guárdela de nuevo como «CSV UTF-8» (o como .xlsx).',
  'import.list.badCsv':
    'No se ha podido leer la lista como CSV: {reason}. Compruebe las comillas y guárdela de nuevo como "CSV UTF-8".',
  'import.list.badXlsx':
    'No se ha podido leer el archivo .xlsx como hoja de cálculo. Ábralo en Excel o LibreOffice y guárdelo de nuevo.',
  'import.list.ignoredColumn': 'La importación no reconoce la columna «{column}»; se deja fuera.',
  'import.list.noRows': 'La lista no tiene filas de documentos.',
  'import.refused':
    'No se ha importado nada: {count, plural, one {# fila presenta} other {# filas presentan}} un problema. Corrija la lista y vuelva a intentarlo.',
  'import.row.numberMissing': 'Sin número.',
  'import.row.titleMissing': 'Sin título.',
  'import.row.unknownType':
    'Tipo de documento desconocido «{type}» (utilice contribution, td, input, output, jca, ls_in, ls_out, agenda o report).',
  'import.row.typeUnknownFromNumber':
    'Ningún esquema de numeración de esta reunión genera números como {number}; añada una columna Type.',
  'import.row.noScheme':
    'La reunión no tiene esquema de numeración para el tipo {type}; añada uno primero en la página de numeración del grupo.',
  'import.row.numberFormat': 'El número {number} no sigue el formato del esquema (los números son del tipo {example}).',
  'import.row.unknownGroup': 'GT o Cuestión desconocidos «{code}» (no es un subgrupo del grupo de esta reunión).',
  'import.row.unknownAgenda':
    'El punto «{item}» no figura en el orden del día de esta reunión; el documento se importa sin punto del orden del día.',
  'import.row.unknownDecision': 'Decisión desconocida «{decision}» (utilice {allowed} o deje la celda vacía).',
  'import.row.unknownAccess': 'Acceso desconocido «{access}» (utilice public o members, o deje la celda vacía).',
  'import.row.unknownPurpose': 'Finalidad desconocida «{purpose}» (utilice {allowed} o deje la celda vacía).',
  'import.row.badEmail': '«{value}» no es una dirección de correo electrónico.',
  'import.row.badDate': '«{value}» no es una fecha (utilice AAAA-MM-DD o AAAA-MM-DDTHH:MM:SSZ).',
  'import.row.duplicate': 'El número {number} ya figura en la línea {line} de esta lista.',
  'import.row.numberTaken': 'El número {number} pertenece a un documento de otra reunión.',
  'import.row.originalMissing':
    '{number} necesita su original {original}, que no figura ni en esta lista ni en la reunión.',
  'import.row.noMainFile': 'No hay ningún .docx entre sus archivos: el documento se importa sin archivo principal.',
  'import.zip.corrupt':
    'No se ha podido leer el ZIP (está dañado o no es un ZIP). Vuelva a crearlo e inténtelo de nuevo.',
  'import.zip.bomb':
    'El ZIP declara más entradas o más bytes de los que admite una importación (20 000 archivos y 16 GB descomprimidos como máximo).',
  'import.zip.unmatched': 'La entrada «{name}» del ZIP no corresponde a ningún número de la lista; no se importa.',
  'import.zip.notNeeded':
    'La entrada «{name}» del ZIP pertenece a un documento que la reunión ya tiene; no se vuelve a importar.',
  'import.zip.entryUnreadable': 'No se ha podido leer la entrada {filename} del ZIP.',
  'import.form.listRequired': 'Elija la lista de documentos (.csv o .xlsx).',
  'import.form.listType': 'La lista debe ser un archivo .csv o .xlsx.',
  'import.form.zipType': 'Los archivos deben ir juntos en un único archivo .zip.',
  'import.page.title': 'Importar una lista de documentos a {meeting}',
  'import.page.intro':
    'Incorpore al portal una lista de documentos de reunión ya existente: cada fila se convierte en un documento registrado con el número que ya tiene, y los contadores de numeración avanzan más allá de esos números. Compruebe primero la lista: no se almacena nada hasta que todas las filas son correctas. Importar de nuevo la misma lista no cambia nada. Como máximo {max} filas a la vez.',
  'import.page.link': 'Importar una lista de documentos',
  'import.page.list': 'Lista de documentos (.csv o .xlsx)',
  'import.page.listHint':
    'Una fila de encabezado y luego una fila por documento. Columnas: Number, Title, Source, Type, WG/Question, Agenda item, Decision, Access, Contact (la exportación CSV de la reunión las contiene). CSV en UTF-8, UTF-16 o en la codificación con la que lo guarda una hoja de cálculo (Windows-1252, GB18030, Big5, Shift_JIS, EUC-KR, Windows-1251…); las celdas se toman como texto, nunca como fórmulas.',
  'import.page.zip': 'Archivos (.zip, opcional)',
  'import.page.zipHint':
    'Cada archivo con el número de su documento como nombre, p. ej. FGMV-I-012.docx o "FGMV-I-012 - Proposal.pdf" (como los nombra el archivo de descarga completa). El .docx es el archivo principal; los demás son adjuntos.',
  'import.page.check': 'Comprobar la lista',
  'import.page.import': 'Importar',
  'import.page.dryRunTitle': 'Comprobación de la lista (no se almacena nada)',
  'import.page.resultTitle': 'Importación',
  'import.page.imported':
    'Importación efectuada: {created, plural, one {# documento creado} other {# documentos creados}}, {unchanged, plural, one {# ya existente} other {# ya existentes}}, {files, plural, one {# archivo almacenado} other {# archivos almacenados}}.',
  'import.page.wouldImport':
    'La lista está preparada: se {created, plural, one {crearía # documento} other {crearían # documentos}} ({files, plural, one {# archivo} other {# archivos}}); {unchanged, plural, one {# ya existente} other {# ya existentes}}.',
  'import.page.nothingToDo':
    'Nada que importar: la reunión ya tiene {unchanged, plural, one {el único documento} other {los # documentos}} de la lista.',
  'import.page.line': 'Línea',
  'import.page.number': 'Número',
  'import.page.titleColumn': 'Título',
  'import.page.action': 'Resultado',
  'import.page.files': 'Archivos',
  'import.page.problems': 'Problemas',
  'import.action.create': 'nuevo',
  'import.action.unchanged': 'ya existente',
  'import.action.error': 'rechazado',
  'mailbox.reply.noMeeting':
    'Plenary ha recibido su mensaje, pero ninguna reunión acepta contribuciones por correo electrónico en {address}. Preséntela en el portal, desde la página de la reunión.',
  'mailbox.reply.closed':
    'Plenary ha recibido su mensaje, pero {meeting} ya no acepta contribuciones (el plazo ha vencido o la presentación está cerrada). No se ha almacenado nada. Pregunte a la secretaría si puede aceptarse una contribución fuera de plazo: {url}',
  'mailbox.reply.noDocx':
    'Plenary ha recibido su mensaje para {meeting}, pero no contiene ningún documento Word (.docx). Envíe de nuevo la contribución como un único adjunto .docx elaborado con la plantilla del grupo, o preséntela en el portal.',
  'mailbox.reply.severalDocx':
    'Plenary ha recibido su mensaje con {count} documentos Word; cada mensaje solo puede contener una contribución. No se ha almacenado nada. Envíe cada contribución en un mensaje distinto.',
  'mailbox.reply.badFile':
    'Plenary ha recibido su mensaje, pero su documento no puede aceptarse: {reason} No se ha almacenado nada; envíelo de nuevo una vez corregido.',
  'mailbox.reply.confirm':
    'Plenary ha recibido su contribución {filename} para {meeting}. Se considera recibida en el momento en que llegó su mensaje, pero solo queda presentada cuando usted la confirme: revise los campos leídos en su portada y confirme aquí: {link}',
  'mailbox.reply.signUp':
    'Plenary ha recibido su contribución {filename} para {meeting}. Ninguna cuenta tiene todavía esta dirección: cree una con esta dirección ({signup}), confirme la dirección y abra después {link} para revisar y confirmar la presentación. Se considera recibida en el momento en que llegó su mensaje.',
  'mailbox.page.title': 'Contribución enviada por correo electrónico para {meeting}',
  'mailbox.page.received': 'Mensaje de {from} («{subject}»), recibido',
  'mailbox.page.intro':
    'Los campos siguientes se han leído en la portada del documento enviado por correo electrónico. Compruébelos y confirme: la presentación se hace en nombre de {sender} ({email}), con la hora de llegada del mensaje.',
  'mailbox.page.confirm': 'Confirmar la presentación',
  'mailbox.page.submitted': 'Esta contribución enviada por correo electrónico ha sido presentada.',
  'mailbox.page.alreadyConfirmed':
    'Esta contribución enviada por correo electrónico ya se confirmó; se presentó una sola vez.',
  'mailbox.page.expired':
    'Esta contribución enviada por correo electrónico no se confirmó {days, plural, one {en el día siguiente a su llegada} other {en los # días siguientes a su llegada}}; ha caducado y su archivo se ha eliminado.',
  'mailbox.page.submitInstead': 'Presentarla en el portal',
  'mailbox.page.open': 'Abrir el documento',
  'mailbox.page.noAccount':
    'El remitente todavía no tiene cuenta; cuando se registre con la dirección desde la que se envió el mensaje, podrá confirmarla aquí.',
  'mailbox.queue.title': 'Recibidas por correo electrónico, pendientes de confirmación',
  'mailbox.queue.review': 'Revisar y confirmar en nombre del remitente',
  'mailbox.queue.byEmail': 'por correo electrónico',
  'mailbox.meeting.intakeAddress': 'Dirección de recepción de contribuciones por correo electrónico (opcional)',
  'mailbox.meeting.intakeAddressHint':
    'Los mensajes enviados a esta dirección (reenviados al portal) se convierten en presentaciones a esta reunión, pendientes de confirmación por el remitente. Vacía: los mensajes enviados al buzón del grupo van a su próxima reunión abierta a contribuciones.',
} as const;
