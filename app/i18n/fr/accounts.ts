import type { accounts as english } from '../en/accounts';
import type { Translation } from '../types';

/** French messages for accounts: signing up and in, e-mail confirmation, passwords, the profile. */
export const accounts: Translation<typeof english> = {
  'auth.signInTitle': 'Connexion',
  'auth.signUpTitle': 'Créer un compte',
  'auth.email': 'Adresse électronique',
  'auth.password': 'Mot de passe',
  'auth.passwordHint':
    'Au moins 10 caractères, difficile à deviner et sans rapport avec votre nom ou votre adresse électronique : quelques mots sans lien entre eux conviennent bien.',
  'auth.name': 'Nom complet',
  'auth.organisation': 'Organisation',
  'auth.country': 'Pays',
  'auth.submitSignIn': 'Se connecter',
  'auth.submitSignUp': 'Créer le compte',
  'auth.haveAccount': 'Vous avez déjà un compte ? Connectez-vous',
  'auth.noAccount': 'Pas encore de compte ? Créez-en un',
  'auth.invalidCredentials': 'L’adresse électronique ou le mot de passe est incorrect.',
  'auth.rateLimited': 'Trop de tentatives de connexion depuis votre connexion. Réessayez dans {wait}.',
  'auth.slowedDown':
    'Ce compte a reçu de nombreux mots de passe erronés depuis plusieurs endroits ; les tentatives sont donc espacées. Réessayez dans {wait}.',
  'auth.requestsRateLimited': 'Trop de requêtes depuis votre connexion. Réessayez dans {wait}.',
  'auth.mailRateLimited': 'Plusieurs messages ont été envoyés à cette adresse il y a peu. Réessayez dans {wait}.',
  'auth.weakPassword': 'Choisissez un mot de passe d’au moins 10 caractères qui ne soit pas un mot de passe courant.',
  'auth.passwordTooLong': 'Le mot de passe est trop long (256 caractères au maximum).',
  'auth.password.personal':
    'Ce mot de passe est construit à partir de votre adresse électronique ou de votre nom, que d’autres peuvent deviner. Choisissez-en un autre.',
  'auth.password.pattern':
    'Ce mot de passe est une suite ou un motif de clavier (tel que 0123456789 ou azertyuiop), essayé en premier par quiconque cherche à le deviner. Choisissez-en un autre.',
  'auth.password.common': 'Ce mot de passe est l’un des plus courants, ou en est proche. Choisissez-en un autre.',
  'auth.password.dates':
    'Les dates et les années sont faciles à deviner. Choisissez un mot de passe qui n’en contient pas, ou allongez-le.',
  'auth.password.guessable':
    'Ce mot de passe est facile à deviner. Quelques mots sans lien entre eux forment un mot de passe long et facile à retenir.',
  'auth.forgot': 'Mot de passe oublié ?',

  'auth.signUp.sentTitle': 'Consultez votre messagerie',
  'auth.signUp.sent':
    'Nous avons envoyé un message à l’adresse indiquée. Ouvrez le lien qu’il contient pour confirmer votre adresse ; vous pourrez ensuite vous connecter et soumettre des documents. Si aucun message n’arrive dans les minutes qui suivent, vérifiez votre dossier de courrier indésirable.',

  'auth.confirm.title': 'Confirmer votre adresse électronique',
  'auth.confirm.intro': 'Confirmez que {email} est bien votre adresse.',
  'auth.confirm.button': 'Confirmer mon adresse',
  'auth.confirm.done': 'Votre adresse électronique est confirmée.',
  'auth.confirm.already': 'Votre adresse électronique est déjà confirmée.',
  'auth.confirm.badLink':
    'Ce lien de confirmation n’est pas valable pour votre compte, a déjà été utilisé ou a expiré. Demandez-en un nouveau ci-dessous.',
  'auth.confirm.needed':
    'Confirmez votre adresse électronique ({email}) avant de soumettre des documents : ouvrez le lien que nous vous avons envoyé.',
  'auth.confirm.beforeSubmitting':
    'Confirmez votre adresse électronique avant de soumettre des documents : ouvrez le lien que nous vous avons envoyé, ou demandez-en un nouveau sur la page de votre profil.',
  'auth.confirm.resend': 'Renvoyer le lien',
  'auth.confirm.resent': 'Un nouveau lien vous a été envoyé ; le précédent n’est plus valable.',
  'auth.confirm.confirmed': 'confirmée',
  'auth.confirm.unconfirmed': 'pas encore confirmée',

  'auth.reset.requestTitle': 'Mot de passe oublié ?',
  'auth.reset.requestIntro':
    'Indiquez l’adresse électronique de votre compte ; nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'auth.reset.requestButton': 'Envoyer le lien',
  'auth.reset.requested':
    'Si un compte correspond à cette adresse, un lien pour choisir un nouveau mot de passe lui a été envoyé. Il est valable une heure.',
  'auth.reset.title': 'Choisir un nouveau mot de passe',
  'auth.reset.newPassword': 'Nouveau mot de passe',
  'auth.reset.button': 'Enregistrer le nouveau mot de passe',
  'auth.reset.badLink': 'Ce lien n’est pas valable, a déjà été utilisé ou a expiré. Demandez-en un nouveau.',
  'auth.reset.done':
    'Votre nouveau mot de passe est enregistré et vous êtes connecté. Les autres sessions de votre compte ont été fermées.',
  'auth.signedOut': 'Vous êtes déconnecté.',
  'auth.required': 'Connectez-vous pour continuer.',

  'profile.title': 'Votre profil',
  'profile.save': 'Enregistrer le profil',
  'profile.saved': 'Votre profil est enregistré.',
  'profile.roles': 'Vos rôles',
  'profile.noRoles': 'Vous n’avez encore de rôle dans aucun groupe.',
};
