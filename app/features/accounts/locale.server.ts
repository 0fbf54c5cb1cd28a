import { eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../../../db/client.server';
import { users } from '../../../db/schema';
import { recordEvent } from '../../platform/audit.server';
import type { Locale } from '~/i18n';

/** Sets (or, with null, clears) the language an account reads the portal and its e-mails in. */
export async function setAccountLocale(db: Db, userId: string, locale: Locale | null): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
    if (!before || before.locale === locale) return;
    await tx.update(users).set({ locale }).where(eq(users.id, userId));
    await recordEvent(tx, {
      actorId: userId,
      action: 'account.locale',
      subjectType: 'user',
      subjectId: userId,
      before: { locale: before.locale },
      after: { locale },
    });
  });
}
