import type { reservations as english } from '../en/reservations';
import type { Translation } from '../types';

/** Spanish messages of numbers members reserve before their document is written. */
export const reservations: Translation<typeof english> = {
  'reservations.link': 'Reservar un número',
  'reservations.title': 'Reservar un número — {meeting}',
  'reservations.intro':
    'Reserve el número de un documento que va a presentar, antes de redactarlo. El número es suyo: cargue su archivo antes del plazo de contribuciones, o se retirará como no presentado (el número nunca se asigna a otro documento).',
  'reservations.closes': 'Cierre de reservas',
  'reservations.filesDue': 'Plazo de los archivos',
  'reservations.noDeadline': 'Sin plazo',
  'reservations.cap': 'Sus reservas sin archivo',
  'reservations.capValue': '{open} de {cap} como máximo',
  'reservations.mine': 'Sus reservas en esta reunión',
  'reservations.none': 'No ha reservado ningún número en esta reunión.',
  'reservations.number': 'Número y título',
  'reservations.state': 'Estado',
  'reservations.upload': 'Carga',
  'reservations.waiting': 'reservado — a la espera de su archivo',
  'reservations.notSubmitted': 'retirado — no presentado',
  'reservations.uploadFor': 'Cargar el archivo de {number}',
  'reservations.new': 'Reservar un número nuevo',
  'reservations.formTitle': 'Título del documento',
  'reservations.source': 'Fuente',
  'reservations.sourceHint': 'Las organizaciones miembro (o el grupo) que lo presentarán.',
  'reservations.submit': 'Reservar el número',
  'reservations.reservedOk':
    '{number} queda reservado para usted. Cargue su archivo antes del plazo de contribuciones.',
  'reservations.deadlinePassed':
    'El plazo de reserva ha vencido: ya no se pueden reservar números para esta reunión. Aún puede presentar un documento hasta el plazo de contribuciones.',
  'reservations.capReached':
    'Ya tiene {cap, plural, one {# número reservado} other {# números reservados}} sin archivo, el máximo que permite esta reunión. Cargue primero el archivo de uno de ellos.',
  'reservations.expired':
    'La reserva de {number} ha caducado: su archivo debía cargarse antes del plazo de contribuciones. El número queda retirado como no presentado; presente el documento como uno nuevo si la reunión aún lo acepta.',
  'reservations.notYours': '{number} lo reservó otra persona: solo ella, o la secretaría, puede cargar su archivo.',
  'reservations.typeNotUsed': 'Esta reunión no recibe documentos de ese tipo.',
  'reservations.docxOnly': 'El archivo debe ser un documento de Word (.docx) hecho con la plantilla.',
  'reservations.capInvalid': 'Escriba un número entero de 0 a 100.',
  'reservations.settings': 'Reservas de los miembros',
  'reservations.capLabel': 'Números reservados sin archivo que puede tener un miembro',
  'reservations.capHint': 'Los miembros pueden reservar hasta el plazo de reserva; 0 impide que los miembros reserven.',
  'reservations.capSave': 'Guardar',
  'reservations.capSaved': 'Cada miembro puede tener ahora {cap} números reservados sin archivo.',
};
