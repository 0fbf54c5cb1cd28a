import type { accounts as english } from '../en/accounts';
import type { Translation } from '../types';

/** Spanish messages for accounts: signing up and in, e-mail confirmation, passwords, the profile. */
export const accounts: Translation<typeof english> = {
  'auth.signInTitle': 'Iniciar sesión',
  'auth.signUpTitle': 'Crear una cuenta',
  'auth.email': 'Correo electrónico',
  'auth.password': 'Contraseña',
  'auth.passwordHint':
    'Al menos 10 caracteres, difícil de adivinar y no basada en su nombre ni en su dirección de correo electrónico: unas cuantas palabras sin relación entre sí funcionan bien.',
  'auth.name': 'Nombre completo',
  'auth.organisation': 'Organización',
  'auth.country': 'País',
  'auth.submitSignIn': 'Iniciar sesión',
  'auth.submitSignUp': 'Crear cuenta',
  'auth.haveAccount': '¿Ya tiene una cuenta? Inicie sesión',
  'auth.noAccount': '¿Todavía no tiene cuenta? Cree una',
  'auth.invalidCredentials': 'La dirección de correo electrónico o la contraseña no son correctas.',
  'auth.rateLimited':
    'Demasiados intentos de inicio de sesión desde su conexión. Vuelva a intentarlo dentro de {wait}.',
  'auth.slowedDown':
    'Esta cuenta ha recibido muchas contraseñas erróneas desde varios lugares, por lo que los intentos se espacian. Vuelva a intentarlo dentro de {wait}.',
  'auth.requestsRateLimited': 'Demasiadas solicitudes desde su conexión. Vuelva a intentarlo dentro de {wait}.',
  'auth.mailRateLimited':
    'Hace poco se enviaron varios mensajes a esta dirección. Vuelva a intentarlo dentro de {wait}.',
  'auth.weakPassword': 'Elija una contraseña de al menos 10 caracteres que no sea de uso común.',
  'auth.passwordTooLong': 'La contraseña es demasiado larga (256 caracteres como máximo).',
  'auth.password.personal':
    'Esta contraseña se basa en su dirección de correo electrónico o en su nombre, que otros pueden adivinar. Elija otra.',
  'auth.password.pattern':
    'Esta contraseña es una secuencia o un patrón de teclado (como 0123456789 o qwertyuiop), lo primero que prueba quien intenta adivinarla. Elija otra.',
  'auth.password.common': 'Esta contraseña es, o se parece mucho a, una de las contraseñas más comunes. Elija otra.',
  'auth.password.dates': 'Las fechas y los años son fáciles de adivinar. Elija una contraseña sin ellos o alárguela.',
  'auth.password.guessable':
    'Esta contraseña es fácil de adivinar. Unas cuantas palabras sin relación entre sí forman una contraseña larga y fácil de recordar.',
  'auth.forgot': '¿Ha olvidado su contraseña?',

  'auth.signUp.sentTitle': 'Consulte su correo electrónico',
  'auth.signUp.sent':
    'Hemos enviado un mensaje a la dirección que ha indicado. Abra el enlace que contiene para confirmar su dirección; después podrá iniciar sesión y presentar documentos. Si no recibe ningún mensaje en unos minutos, consulte su carpeta de correo no deseado.',

  'auth.confirm.title': 'Confirme su dirección de correo electrónico',
  'auth.confirm.intro': 'Confirme que {email} es su dirección.',
  'auth.confirm.button': 'Confirmar mi dirección',
  'auth.confirm.done': 'Su dirección de correo electrónico ha quedado confirmada.',
  'auth.confirm.already': 'Su dirección de correo electrónico ya está confirmada.',
  'auth.confirm.badLink':
    'Este enlace de confirmación no es válido para su cuenta, ya se ha utilizado o ha caducado. Solicite uno nuevo a continuación.',
  'auth.confirm.needed':
    'Confirme su dirección de correo electrónico ({email}) antes de presentar documentos: abra el enlace que le hemos enviado.',
  'auth.confirm.beforeSubmitting':
    'Confirme su dirección de correo electrónico antes de presentar documentos: abra el enlace que le hemos enviado o solicite uno nuevo en la página de su perfil.',
  'auth.confirm.resend': 'Enviar de nuevo el enlace',
  'auth.confirm.resent': 'Se le está enviando un nuevo enlace; el anterior ya no es válido.',
  'auth.confirm.confirmed': 'confirmada',
  'auth.confirm.unconfirmed': 'sin confirmar',

  'auth.reset.requestTitle': '¿Ha olvidado su contraseña?',
  'auth.reset.requestIntro':
    'Indique la dirección de correo electrónico de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.',
  'auth.reset.requestButton': 'Enviar el enlace',
  'auth.reset.requested':
    'Si alguna cuenta tiene esta dirección, se le está enviando un enlace para elegir una nueva contraseña. Será válido durante una hora.',
  'auth.reset.title': 'Elija una nueva contraseña',
  'auth.reset.newPassword': 'Nueva contraseña',
  'auth.reset.button': 'Guardar la nueva contraseña',
  'auth.reset.badLink': 'Este enlace no es válido, ya se ha utilizado o ha caducado. Solicite uno nuevo.',
  'auth.reset.done':
    'Su nueva contraseña se ha guardado y ha iniciado sesión. Se han cerrado las demás sesiones de su cuenta.',
  'auth.signedOut': 'Ha cerrado la sesión.',
  'auth.required': 'Inicie sesión para continuar.',

  'profile.title': 'Su perfil',
  'profile.save': 'Guardar el perfil',
  'profile.saved': 'Su perfil se ha guardado.',
  'profile.roles': 'Sus funciones',
  'profile.noRoles': 'Todavía no tiene ninguna función en ningún grupo.',
} as const;
