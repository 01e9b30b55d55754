import { and, eq, gt, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { apiKeys, sessions, users } from '../db/schema.js';
import { AppError } from '../errors.js';
import { hashSecret, newSecret, verifyPassword } from './secrets.js';

export const SESSION_DAYS = 30;
export interface Principal {
  accountId: string;
  userId: string;
}

export async function createSession(ctx: AppContext, principal: Principal): Promise<{ id: string; expiresAt: Date }> {
  const id = newSecret('');
  const expiresAt = new Date(ctx.now().getTime() + SESSION_DAYS * 86_400_000);
  await ctx.db.insert(sessions).values({ idHash: hashSecret(id), ...principal, expiresAt });
  return { id, expiresAt };
}

// Checked against a real hash when the email is unknown too, so timing does not tell which emails exist.
const DUMMY_HASH = 'scrypt$16384$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Signs in; the old session (if any) is dropped and a new one issued, so a planted session id is useless. */
export async function logIn(ctx: AppContext, input: { email: string; password: string; previousSessionId?: string }) {
  const [user] = await ctx.db
    .select({ id: users.id, accountId: users.accountId, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = ${input.email.trim().toLowerCase()}`);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) throw new AppError('invalid_credentials', 'Wrong email or password');
  if (input.previousSessionId) await logOut(ctx, input.previousSessionId);
  const principal = { accountId: user.accountId, userId: user.id };
  return { ...principal, session: await createSession(ctx, principal) };
}

export async function logOut(ctx: AppContext, sessionId: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.idHash, hashSecret(sessionId)));
}

export async function principalFromSession(ctx: AppContext, sessionId: string): Promise<Principal | null> {
  const [row] = await ctx.db
    .select({ accountId: sessions.accountId, userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.idHash, hashSecret(sessionId)), gt(sessions.expiresAt, ctx.now())));
  return row ?? null;
}

export async function principalFromApiKey(ctx: AppContext, apiKey: string): Promise<Principal | null> {
  const [row] = await ctx.db
    .select({ accountId: apiKeys.accountId, userId: apiKeys.userId })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashSecret(apiKey)));
  return row ?? null;
}
