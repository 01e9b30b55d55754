import type { AppContext } from '../context.js';
import { accounts, apiKeys, users } from '../db/schema.js';
import { AppError } from '../errors.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { newId } from '../ids.js';
import { hashPassword, hashSecret, newSecret } from './secrets.js';
import { createSession } from './sessions.js';

export interface SignUpInput {
  accountName: string;
  email: string;
  password: string;
}

/** Creates an account, its owner and a first API key; returns the key once (only its hash is stored). */
export async function signUp(ctx: AppContext, input: SignUpInput) {
  const accountId = newId('acc');
  const userId = newId('usr');
  const apiKey = newSecret('rt_');
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(accounts).values({ id: accountId, name: input.accountName.trim(), email });
      await tx.insert(users).values({ id: userId, accountId, email, passwordHash });
      await tx.insert(apiKeys).values({ id: newId('key'), accountId, userId, keyHash: hashSecret(apiKey) });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('email_taken', 'An account with this email already exists');
    throw err;
  }
  const session = await createSession(ctx, { userId, accountId });
  return { accountId, userId, apiKey, session };
}
