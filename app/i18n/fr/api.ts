import type { api as english } from '../en/api';
import type { Translation } from '../types';

/** French messages of the JSON API (problem documents) and of the profile's access tokens. */
export const api: Translation<typeof english> = {
  'api.unauthenticated':
    'Cet appel nécessite un jeton d’accès personnel, envoyé sous la forme « Authorization: Bearer plenary_… ». Créez-en un sur la page de votre profil.',
  'api.cookieNotAccepted':
    'L’API n’agit pas sur la session d’un navigateur connecté. Envoyez un jeton d’accès personnel sous la forme « Authorization: Bearer plenary_… ».',
  'api.tokenUnknown': 'Ce jeton d’accès est inconnu. Vérifiez qu’il a été copié en entier, ou créez-en un nouveau.',
  'api.tokenRevoked': 'Ce jeton d’accès a été révoqué. Créez-en un nouveau sur la page de votre profil.',
  'api.tokenExpired': 'Ce jeton d’accès a expiré. Créez-en un nouveau sur la page de votre profil.',
  'api.scope': 'Ce jeton d’accès n’a pas la portée « {scope} » nécessaire à cet appel.',
  'api.rateLimited': 'Trop d’appels avec ce jeton d’accès. Réessayez dans {wait}.',
  'api.routeNotFound': 'Cette adresse de l’API n’existe pas. La liste des adresses se trouve à /api/v1/openapi.json.',
  'api.methodNotAllowed': 'Cette adresse n’accepte pas {method}. Elle accepte : {allowed}.',
  'api.jsonRequired': 'Envoyez le corps en JSON, avec « Content-Type: application/json ».',
  'api.badJson': 'Le corps n’est pas du JSON valide : {reason}.',
  'api.bodyTooLarge': 'Le corps JSON est trop volumineux ({max} Ko au maximum).',
  'api.multipartRequired': 'Envoyez le corps en multipart/form-data, avec le fichier dans une partie nommée « file ».',
  'api.badMetadata': 'La partie « metadata » n’est pas du JSON valide : {reason}.',
  'api.metadataObject': 'La partie « metadata » doit être un objet JSON.',
  'api.fileRequired': 'Envoyez le fichier à lire dans une partie nommée « file ».',
  'api.limit': 'limit doit être un nombre entier compris entre 1 et {max}.',
  'api.cursor': 'Ce curseur n’a pas été fourni par cette liste (ou les filtres ont changé). Recommencez sans curseur.',
  'api.field.type': 'Cette valeur n’a pas le bon type ; voir la documentation de référence de l’API.',
  'api.field.unknown': 'Ce champ n’est pas reconnu ici.',
  'api.problem': 'La requête présente des problèmes ; voir « errors ».',

  'api.token.nameTooLong': 'Donnez au jeton un nom plus court (100 caractères au maximum).',
  'api.token.scopeUnknown': 'Les portées sont read, submit et manage.',
  'api.token.scopesRequired': 'Choisissez au moins une portée.',
  'api.token.days': 'Un jeton expire après 1 à 366 jours.',

  'tokens.title': 'Jetons d’accès personnels',
  'tokens.intro':
    'Un jeton permet à un programme d’utiliser l’API (/api) en votre nom, avec vos autorisations, dans la limite des portées que vous choisissez. Gardez-le secret comme un mot de passe.',
  'tokens.reference': 'Référence de l’API',
  'tokens.name': 'Nom',
  'tokens.nameHint': 'Son usage, par exemple « Robot de réunion ».',
  'tokens.scopes': 'Portées',
  'tokens.scope.read': 'read : réunions, documents et fichiers que vous pouvez voir',
  'tokens.scope.submit': 'submit : soumettre des contributions et des révisions, lire les pages de couverture',
  'tokens.scope.manage':
    'manage : enregistrer, attribuer, décider et publier, dans la mesure où vos rôles le permettent',
  'tokens.days': 'Expire après (jours)',
  'tokens.create': 'Créer le jeton',
  'tokens.created': 'Votre nouveau jeton « {name} ». Copiez-le maintenant : il ne sera plus affiché.',
  'tokens.none': 'Vous n’avez aucun jeton d’accès.',
  'tokens.created.at': 'Créé le',
  'tokens.lastUsed': 'Dernière utilisation',
  'tokens.expires': 'Expiration',
  'tokens.never': 'jamais',
  'tokens.notUsed': 'pas encore',
  'tokens.revoked': 'révoqué',
  'tokens.expired': 'expiré',
  'tokens.revoke': 'Révoquer',
  'tokens.revokedDone': 'Le jeton a été révoqué.',
  'tokens.list': 'Vos jetons',
};
