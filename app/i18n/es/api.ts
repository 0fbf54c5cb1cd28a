import type { api as english } from '../en/api';
import type { Translation } from '../types';

/** Spanish messages of the JSON API (problem documents) and of the profile's access tokens. */
export const api: Translation<typeof english> = {
  'api.unauthenticated':
    'Esta llamada requiere un token de acceso personal, enviado como "Authorization: Bearer plenary_…". Cree uno en la página de su perfil.',
  'api.cookieNotAccepted':
    'La API no actúa sobre una sesión iniciada en un navegador. Envíe un token de acceso personal como "Authorization: Bearer plenary_…".',
  'api.tokenUnknown': 'Este token de acceso no se reconoce. Compruebe que se ha copiado entero o cree uno nuevo.',
  'api.tokenRevoked': 'Este token de acceso ha sido revocado. Cree uno nuevo en la página de su perfil.',
  'api.tokenExpired': 'Este token de acceso ha caducado. Cree uno nuevo en la página de su perfil.',
  'api.scope': 'Este token de acceso no tiene el ámbito "{scope}" que requiere esta llamada.',
  'api.rateLimited': 'Demasiadas llamadas con este token de acceso. Vuelva a intentarlo dentro de {wait}.',
  'api.routeNotFound':
    'No existe esta dirección de la API. La lista de direcciones se encuentra en /api/v1/openapi.json.',
  'api.methodNotAllowed': 'Esta dirección no admite {method}. Admite: {allowed}.',
  'api.jsonRequired': 'Envíe el cuerpo en JSON, con "Content-Type: application/json".',
  'api.badJson': 'El cuerpo no es un JSON válido: {reason}.',
  'api.bodyTooLarge': 'El cuerpo JSON es demasiado grande ({max} KB como máximo).',
  'api.multipartRequired': 'Envíe el cuerpo como multipart/form-data, con el archivo en una parte denominada "file".',
  'api.badMetadata': 'La parte "metadata" no es un JSON válido: {reason}.',
  'api.metadataObject': 'La parte "metadata" debe ser un objeto JSON.',
  'api.fileRequired': 'Envíe el archivo que debe leerse en una parte denominada "file".',
  'api.limit': 'limit debe ser un número entero de 1 a {max}.',
  'api.cursor': 'Este cursor no procede de esta lista (o los filtros han cambiado). Vuelva a empezar sin cursor.',
  'api.field.type': 'Este valor no es del tipo correcto; véase la referencia de la API.',
  'api.field.unknown': 'Este campo no se reconoce aquí.',
  'api.problem': 'La solicitud presenta problemas; véase "errors".',

  'api.token.nameTooLong': 'Dé al token un nombre más corto (100 caracteres como máximo).',
  'api.token.scopeUnknown': 'Los ámbitos son read, submit y manage.',
  'api.token.scopesRequired': 'Elija al menos un ámbito.',
  'api.token.days': 'Un token caduca al cabo de 1 a 366 días.',

  'tokens.title': 'Tokens de acceso personal',
  'tokens.intro':
    'Un token permite que un programa utilice la API (/api) en su nombre, con sus permisos, limitado a los ámbitos que usted elija. Manténgalo en secreto como una contraseña.',
  'tokens.reference': 'Referencia de la API',
  'tokens.name': 'Nombre',
  'tokens.nameHint': 'Para qué sirve, p. ej. "Bot de la reunión".',
  'tokens.scopes': 'Ámbitos',
  'tokens.scope.read': 'read: reuniones, documentos y archivos que usted puede ver',
  'tokens.scope.submit': 'submit: presentar contribuciones y revisiones, leer portadas',
  'tokens.scope.manage':
    'manage: registrar, asignar, decidir y publicar, en la medida en que lo permitan sus funciones',
  'tokens.days': 'Caduca al cabo de (días)',
  'tokens.create': 'Crear el token',
  'tokens.created': 'Su nuevo token "{name}". Cópielo ahora: no volverá a mostrarse.',
  'tokens.none': 'No tiene ningún token de acceso.',
  'tokens.created.at': 'Creado',
  'tokens.lastUsed': 'Último uso',
  'tokens.expires': 'Caduca',
  'tokens.never': 'nunca',
  'tokens.notUsed': 'todavía no',
  'tokens.revoked': 'revocado',
  'tokens.expired': 'caducado',
  'tokens.revoke': 'Revocar',
  'tokens.revokedDone': 'El token ha sido revocado.',
  'tokens.list': 'Sus tokens',
} as const;
