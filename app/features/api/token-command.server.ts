/** The operator command `create-token` (`npm run token`): a personal access token for an account named by e-mail. */
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { OperatorError, type OperatorCommand } from '../../platform/operator.server';
import { createToken } from './tokens.server';

export const createTokenCommand: OperatorCommand = {
  async run({ db }, args) {
    const email = typeof args.user === 'string' ? args.user.trim().toLowerCase() : '';
    if (!email) throw new OperatorError('The e-mail address of the account (user) is missing.');
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) throw new OperatorError(`No account has the e-mail address ${String(args.user)}.`);
    const { token, record } = await createToken(
      db,
      user.id,
      { name: args.name, scopes: args.scopes, days: args.days },
      { allowNoExpiry: true, via: 'operator' },
    );
    return { token, id: record.id, expiresAt: record.expiresAt };
  },
};
