/** English messages for accounts: signing up and in, e-mail confirmation, passwords, the profile. */
export const accounts = {
  'auth.signInTitle': 'Sign in',
  'auth.signUpTitle': 'Create an account',
  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.passwordHint':
    'At least 10 characters, hard to guess and not built on your name or e-mail address: a few unrelated words work well.',
  'auth.name': 'Full name',
  'auth.organisation': 'Organisation',
  'auth.country': 'Country',
  'auth.submitSignIn': 'Sign in',
  'auth.submitSignUp': 'Create account',
  'auth.haveAccount': 'Already have an account? Sign in',
  'auth.noAccount': 'No account yet? Create one',
  'auth.invalidCredentials': 'The e-mail or password is not right.',
  'auth.rateLimited': 'Too many sign-in attempts from your connection. Try again in {wait}.',
  'auth.slowedDown':
    'This account has had many wrong passwords from several places, so attempts are spaced out. Try again in {wait}.',
  'auth.requestsRateLimited': 'Too many requests from your connection. Try again in {wait}.',
  'auth.mailRateLimited': 'Several e-mails were sent to this address a short while ago. Try again in {wait}.',
  'auth.weakPassword': 'Choose a password of at least 10 characters that is not a common one.',
  'auth.passwordTooLong': 'The password is too long (256 characters at most).',
  'auth.password.personal':
    'This password is built on your e-mail address or name, which others can guess. Choose another.',
  'auth.password.pattern':
    'This password is a sequence or a keyboard pattern (such as 0123456789 or qwertyuiop), tried first by anyone guessing. Choose another.',
  'auth.password.common': 'This password is, or is close to, one of the most common passwords. Choose another.',
  'auth.password.dates': 'Dates and years are easy to guess. Choose a password without them, or add more to it.',
  'auth.password.guessable':
    'This password is easy to guess. A few unrelated words make a long one that is easy to remember.',
  'auth.forgot': 'Forgot your password?',

  'auth.signUp.sentTitle': 'Check your e-mail',
  'auth.signUp.sent':
    'We sent a message to the address you gave. Open the link in it to confirm your address; then you can sign in and submit documents. If no message arrives within a few minutes, look in your spam folder.',

  'auth.confirm.title': 'Confirm your e-mail address',
  'auth.confirm.intro': 'Confirm that {email} is your address.',
  'auth.confirm.button': 'Confirm my address',
  'auth.confirm.done': 'Your e-mail address is confirmed.',
  'auth.confirm.already': 'Your e-mail address is already confirmed.',
  'auth.confirm.badLink':
    'This confirmation link is not valid for your account, has been used or has expired. Ask for a new one below.',
  'auth.confirm.needed':
    'Confirm your e-mail address ({email}) before you submit documents: open the link we sent you.',
  'auth.confirm.beforeSubmitting':
    'Confirm your e-mail address before you submit documents: open the link we sent you, or ask for a new one on your profile page.',
  'auth.confirm.resend': 'Send the link again',
  'auth.confirm.resent': 'A new link is on its way; the earlier one no longer works.',
  'auth.confirm.confirmed': 'confirmed',
  'auth.confirm.unconfirmed': 'not yet confirmed',

  'auth.reset.requestTitle': 'Forgot your password?',
  'auth.reset.requestIntro':
    'Give the e-mail address of your account and we will send you a link to choose a new password.',
  'auth.reset.requestButton': 'Send the link',
  'auth.reset.requested':
    'If an account has this address, a link to choose a new password is on its way. It works for one hour.',
  'auth.reset.title': 'Choose a new password',
  'auth.reset.newPassword': 'New password',
  'auth.reset.button': 'Save the new password',
  'auth.reset.badLink': 'This link is not valid, has been used or has expired. Ask for a new one.',
  'auth.reset.done':
    'Your new password is saved, and you are signed in. Other sessions of your account were signed out.',
  'auth.signedOut': 'You are signed out.',
  'auth.required': 'Sign in to continue.',

  'profile.title': 'Your profile',
  'profile.save': 'Save profile',
  'profile.saved': 'Your profile is saved.',
  'profile.roles': 'Your roles',
  'profile.noRoles': 'You have no role in any group yet.',
} as const;
